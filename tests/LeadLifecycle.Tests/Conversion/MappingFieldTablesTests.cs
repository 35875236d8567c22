using System.Reflection;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Conversion;

/// <summary>The switch tables the mapping reads and writes text through name the fields they reach: a new row
/// that reads or writes the wrong field fails here, not in a conversion.</summary>
public class MappingFieldTablesTests
{
    [Fact]
    public void EveryLeadText_ReadsTheLeadPropertyOfItsName()
    {
        foreach (var field in Enum.GetValues<LeadText>())
        {
            var property = typeof(Lead).GetProperty(field.ToString());
            Assert.True(property is not null && property.PropertyType == typeof(string), $"{field} is no string property of Lead.");
            var lead = new Lead { LastName = "L", Company = "C" };
            lead = (Lead)WithProperty(lead, property!, "marker");

            Assert.Equal("marker", LeadTexts.Read(lead, field));
            foreach (var other in Enum.GetValues<LeadText>().Where(o => o != field))
            {
                Assert.NotEqual("marker", LeadTexts.Read(lead, other));
            }
        }
    }

    [Fact]
    public void EveryLeadStringProperty_TheMappingKnows_IsALeadText()
    {
        var texts = Enum.GetValues<LeadText>().Select(f => f.ToString()).ToHashSet(StringComparer.Ordinal);
        var mappable = LeadFieldMapping.LeadFieldNames.Where(n => typeof(Lead).GetProperty(n)?.PropertyType == typeof(string));

        Assert.All(mappable, name => Assert.Contains(name, texts));
    }

    [Fact]
    public void EveryDraftText_ReachesTheDraftFieldOfItsName_AndNoOther()
    {
        foreach (var field in Enum.GetValues<DraftText>())
        {
            var draft = default(ConversionDraft);
            DraftTexts.Field(ref draft, field) = "marker";

            var set = TextFields(draft).Where(f => f.Value == "marker").Select(f => f.Name).ToList();
            Assert.Equal([ExpectedName(field)], set);
        }
    }

    /// <summary>Every text field but the contact's lead source, which has its own merge rule (it overwrites on
    /// request) and so its own writer.</summary>
    [Fact]
    public void EveryTextFieldOfTheDraft_IsADraftText()
    {
        var names = Enum.GetValues<DraftText>().Select(ExpectedName).Append("Contact.LeadSource").ToHashSet(StringComparer.Ordinal);
        var unreachable = TextFields(default).Select(f => f.Name).Where(n => !names.Contains(n)).ToList();

        Assert.Empty(unreachable);
    }

    /// <summary>"AccountName" is Account.Name; "AccountSource" is Account.AccountSource (the field's own name).</summary>
    private static string ExpectedName(DraftText field)
    {
        var name = field.ToString();
        foreach (var record in new[] { nameof(ConversionDraft.Account), nameof(ConversionDraft.Contact), nameof(ConversionDraft.Opportunity) })
        {
            if (name.StartsWith(record, StringComparison.Ordinal))
            {
                var part = typeof(ConversionDraft).GetField(record)!.FieldType;
                var rest = name[record.Length..];
                return part.GetField(rest) is not null ? $"{record}.{rest}" : $"{record}.{name}";
            }
        }

        throw new InvalidOperationException($"{name} names no record.");
    }

    private static IEnumerable<(string Name, string? Value)> TextFields(ConversionDraft draft)
    {
        foreach (var record in typeof(ConversionDraft).GetFields().Where(f => f.FieldType.IsValueType && !f.FieldType.IsPrimitive))
        {
            var part = record.GetValue(draft)!;
            foreach (var text in record.FieldType.GetFields().Where(f => f.FieldType == typeof(string)))
            {
                yield return ($"{record.Name}.{text.Name}", (string?)text.GetValue(part));
            }
        }
    }

    private static object WithProperty(Lead lead, PropertyInfo property, string value)
    {
        var copy = lead with { };
        property.SetValue(copy, value);
        return copy;
    }
}
