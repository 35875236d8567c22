using System.Globalization;
using System.Text.Json;

namespace LeadLifecycle.Salesforce;

/// <summary>Reads one field value of a Salesforce export into a <see cref="RecordDraft"/>, in every form real exports
/// use: booleans as true/false, TRUE/FALSE, 1/0 or empty; ISO and US dates; numbers as text; a JSON compound address.</summary>
internal static partial class FieldValueParser
{
    public const string BooleanExpected = "a boolean (true, false, 1, 0, yes, no or empty)";
    public const string DecimalExpected = "a number";
    public const string IntegerExpected = "a whole number";
    public const string AddressExpected = "a JSON compound address ({\"street\":...,\"city\":...})";

    /// <summary>Ids Salesforce's Weekly Data Export writes for an empty lookup: they mean "no id".</summary>
    public static bool IsEmptyId(ReadOnlySpan<char> text) => text is "000000000000000AAA" or "000000000000000";

    /// <summary>Sets a field from its text; returns what was expected when the text cannot be read, else null.</summary>
    public static string? Apply(RecordDraft draft, int field, FieldKind kind, ReadOnlySpan<char> text, ValueFormats formats)
    {
        switch (kind)
        {
            case FieldKind.Decimal:
                if (!TryDecimal(text, out var number))
                {
                    return DecimalExpected;
                }

                draft.SetNumber(field, number);
                return null;
            case FieldKind.Integer:
                if (!TryInteger(text, out var whole))
                {
                    return IntegerExpected;
                }

                draft.SetInteger(field, whole);
                return null;
            case FieldKind.Boolean:
                if (!TryBoolean(text, out var flag))
                {
                    return BooleanExpected;
                }

                draft.SetFlag(field, flag);
                return null;
            case FieldKind.Date:
                if (!TryDate(text, formats, out var date))
                {
                    return formats.DateExpected;
                }

                draft.SetDate(field, date);
                return null;
            case FieldKind.DateTime:
                if (!TryDateTime(text, formats, out var instant))
                {
                    return formats.DateTimeExpected;
                }

                draft.SetInstant(field, instant);
                return null;
            case FieldKind.Address:
                if (!TryAddress(text, out var address))
                {
                    return AddressExpected;
                }

                draft.CompoundAddress = address;
                return null;
            case FieldKind.Id:
                draft.SetText(field, text.IsEmpty || IsEmptyId(text.Trim()) ? null : text.ToString());
                return null;
            case FieldKind.Text:
                draft.SetText(field, text.IsEmpty ? null : text.ToString());
                return null;
            default:
                return null;
        }
    }

    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();

        // One comparison, chosen by the length: "1", "0", "no", "yes", "true", "false" in any case, or empty (false).
        value = text.Length switch
        {
            1 => text[0] == '1',
            3 => text.Equals("yes", StringComparison.OrdinalIgnoreCase),
            4 => text.Equals("true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return value || text.Length switch
        {
            0 => true,
            1 => text[0] == '0',
            2 => text.Equals("no", StringComparison.OrdinalIgnoreCase),
            5 => text.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
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
        // Percent fields (Probability) come as "10" or "10%".
        text = text.Trim();
        if (text.EndsWith('%'))
        {
            text = text[..^1].TrimEnd();
        }

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
