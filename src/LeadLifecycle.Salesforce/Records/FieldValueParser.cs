using System.Globalization;
using System.Text.Json;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads one field value of a Salesforce export into a <see cref="LeadDraft"/>, in every form real exports
/// use: booleans as true/false, TRUE/FALSE, 1/0 or empty; ISO and US dates; numbers as text; a JSON compound address.</summary>
internal static partial class FieldValueParser
{
    public const string BooleanExpected = "a boolean (true, false, 1, 0, yes, no or empty)";
    public const string DecimalExpected = "a number";
    public const string IntegerExpected = "a whole number";
    public const string DateExpected = "a date (yyyy-MM-dd, M/d/yyyy or M/d/yy)";
    public const string DateTimeExpected = "a date and time (ISO 8601, or M/d/yyyy h:mm tt)";
    public const string AddressExpected = "a JSON compound address ({\"street\":...,\"city\":...})";

    /// <summary>Whether a field holds plain text (no parsing).</summary>
    public static bool IsText(LeadField field) =>
        field is not (LeadField.Custom or LeadField.Ignored or LeadField.AnnualRevenue or LeadField.NumberOfEmployees
            or LeadField.DoNotCall or LeadField.HasOptedOutOfEmail or LeadField.HasOptedOutOfFax or LeadField.IsConverted
            or LeadField.ConvertedDate or LeadField.CreatedDate or LeadField.InterestShownAt or LeadField.MeetingAgreedAt
            or LeadField.PricingAgreedAt or LeadField.Address);

    /// <summary>Sets a field from its text; returns what was expected when the text cannot be read, else null.</summary>
    public static string? Apply(LeadDraft draft, LeadField field, ReadOnlySpan<char> text, TimeSpan unzonedOffset)
    {
        switch (field)
        {
            case LeadField.AnnualRevenue:
                if (!TryDecimal(text, out var revenue))
                {
                    return DecimalExpected;
                }

                draft.AnnualRevenue = revenue;
                return null;
            case LeadField.NumberOfEmployees:
                if (!TryInteger(text, out var employees))
                {
                    return IntegerExpected;
                }

                draft.NumberOfEmployees = employees;
                return null;
            case LeadField.DoNotCall or LeadField.HasOptedOutOfEmail or LeadField.HasOptedOutOfFax or LeadField.IsConverted:
                if (!TryBoolean(text, out var flag))
                {
                    return BooleanExpected;
                }

                draft.SetFlag(field, flag);
                return null;
            case LeadField.ConvertedDate:
                if (!TryDate(text, unzonedOffset, out var date))
                {
                    return DateExpected;
                }

                draft.ConvertedDate = date;
                return null;
            case LeadField.CreatedDate or LeadField.InterestShownAt or LeadField.MeetingAgreedAt or LeadField.PricingAgreedAt:
                if (!TryDateTime(text, unzonedOffset, out var instant))
                {
                    return DateTimeExpected;
                }

                draft.SetInstant(field, instant);
                return null;
            case LeadField.Address:
                if (!TryAddress(text, out var address))
                {
                    return AddressExpected;
                }

                draft.CompoundAddress = address;
                return null;
            case LeadField.Ignored or LeadField.Custom:
                return null;
            default:
                draft.SetText(field, text.IsEmpty ? null : text.ToString());
                return null;
        }
    }

    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        if (text.IsEmpty || text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        value = text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase);
        return value;
    }

    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }

        // Most exports write whole amounts as plain digits: read them without the general parser.
        if (text.Length <= 18 && TryDigits(text, out var whole))
        {
            value = whole;
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        foreach (var character in text)
        {
            var digit = character - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    public static bool TryInteger(ReadOnlySpan<char> text, out int? value)
    {
        if (text.Length is > 0 and <= 9 && TryDigits(text, out var digits))
        {
            value = (int)digits;
            return true;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            value = whole;
            return true;
        }

        value = null;
        if (!TryDecimal(text, out var number))
        {
            return false;
        }

        if (number is null)
        {
            return true;
        }

        if (number.Value != decimal.Truncate(number.Value) || number.Value < int.MinValue || number.Value > int.MaxValue)
        {
            return false;
        }

        value = (int)number.Value;
        return true;
    }

    public static bool TryAddress(ReadOnlySpan<char> text, out Address? value)
    {
        value = null;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text.ToString());
            return TryAddress(document.RootElement, out value);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static bool TryAddress(JsonElement element, out Address? value)
    {
        value = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        string? Part(string name)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                }
            }

            return null;
        }

        var address = new Address
        {
            Street = Empty(Part("street")),
            City = Empty(Part("city")),
            State = Empty(Part("state") ?? Part("stateCode")),
            PostalCode = Empty(Part("postalCode")),
            Country = Empty(Part("country") ?? Part("countryCode")),
        };
        value = address.IsEmpty ? null : address;
        return true;
    }

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
