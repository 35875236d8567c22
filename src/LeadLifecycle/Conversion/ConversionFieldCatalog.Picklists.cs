using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <content>Default picklist values for blank standard lead picklists (convertLead(), "Picklist Values").</content>
internal static partial class ConversionFieldCatalog
{
    /// <summary>The standard lead picklists whose blank value gives the target its default.</summary>
    private static readonly string[] StandardPicklists =
        [nameof(Lead.Salutation), nameof(Lead.Industry), nameof(Lead.Rating), nameof(Lead.LeadSource)];

    private static ArgumentException InvalidOption(string property, string message) => new(message, property);

    /// <summary>Compiles a picklist default into a step that fills the target field with the default when the lead
    /// picklist mapped to it is blank (and the field is still empty: the merge rule holds).</summary>
    /// <exception cref="ArgumentException">No rule of the mapping feeds the field from a standard lead picklist.</exception>
    public static MappingStep PicklistDefaultStep(LeadFieldMapping mapping, PicklistDefault picklistDefault)
    {
        const string Property = nameof(LeadConverterOptions.PicklistDefaults);
        ArgumentNullException.ThrowIfNull(picklistDefault, Property);
        var rule = mapping.Rules.FirstOrDefault(r => r.Target == picklistDefault.Target
            && string.Equals(r.TargetField, picklistDefault.Field, StringComparison.Ordinal)
            && StandardPicklists.Contains(r.LeadField, StringComparer.Ordinal));
        if (rule is null || string.IsNullOrWhiteSpace(picklistDefault.Value)
            || FindSource(rule.LeadField) is not SourceField<string?> source || FindTarget(rule.Target, rule.TargetField) is not TargetField<string?> target)
        {
            throw InvalidOption(
                Property,
                $"The picklist default {picklistDefault.Target}.{picklistDefault.Field} = '{picklistDefault.Value}' needs a value and a mapping rule from a standard lead picklist ({string.Join(", ", StandardPicklists)}) to that field.");
        }

        var read = source.Read;
        var write = target.Write;
        var value = picklistDefault.Value;
        return (Lead lead, OwnerId? owner, ref ConversionDraft draft) =>
        {
            if (string.IsNullOrEmpty(read(lead, owner)))
            {
                write(ref draft, value);
            }
        };
    }
}
