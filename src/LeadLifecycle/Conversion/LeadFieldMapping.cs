using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>Which lead field goes to which field of the account, contact and opportunity on conversion.</summary>
/// <remarks>
/// <para>The mapping is data: <see cref="Rules"/> lists it, and <see cref="With"/> and <see cref="Without(string)"/>
/// return changed copies. <see cref="SalesforceStandard"/> is Salesforce's standard mapping; custom-field mappings
/// (Salesforce <c>LeadConvertSettings</c>) are rules whose field names end in <c>__c</c>, and one lead field may
/// feed several targets.</para>
/// <para>Structural links are not rules: the account's id goes to the contact and opportunity, the opportunity's
/// name is the request's or the lead's company, its stage and close date come from the sales process.</para>
/// <para>Validated when built (unknown fields, a target fed twice, types that do not fit), immutable and safe to
/// share between threads; applying it allocates nothing. After a few dozen conversions the mapping is compiled into
/// one method (a few milliseconds, once per mapping), which reads and writes the standard fields directly; before
/// that, and under native AOT, where the runtime compiles no code, its rules run one by one as typed delegates, with
/// the same results. Keep one mapping for many conversions rather than building one per conversion.</para>
/// </remarks>
public sealed partial class LeadFieldMapping
{
    private const string DefinitionName = "Lead field mapping";

    private LeadFieldMapping(IReadOnlyList<FieldMappingRule> rules, CompiledRule[] steps)
    {
        Rules = rules;
        Steps = steps;
    }

    /// <summary>Gets the rules, in the order they apply.</summary>
    public IReadOnlyList<FieldMappingRule> Rules { get; }

    /// <summary>Gets the names of the standard lead fields a rule can read; any name ending in <c>__c</c> reads a custom field.</summary>
    public static IReadOnlyList<string> LeadFieldNames { get; } = [.. ConversionFieldCatalog.SourceNames];

    /// <summary>Gets the compiled rules, one step each.</summary>
    internal CompiledRule[] Steps { get; }

    /// <summary>How many conversions a mapping runs rule by rule before it is compiled.</summary>
    internal const int UsesBeforeCompiling = 32;

    private MappingStep? _compiled;
    private int _uses;

    /// <summary>Lists the names of the standard fields of a target record a rule can write; any name ending in
    /// <c>__c</c> writes a custom field.</summary>
    /// <param name="target">The target record.</param>
    /// <returns>The field names.</returns>
    public static IReadOnlyList<string> TargetFieldNames(ConversionTarget target) => [.. ConversionFieldCatalog.TargetNames(target)];

    /// <summary>Creates a mapping from rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="InvalidDefinitionException">A rule names an unknown field, a target field is fed twice, or
    /// the types of a rule's fields do not fit.</exception>
    public static LeadFieldMapping Create(IEnumerable<FieldMappingRule> rules)
    {
        var result = TryCreate(rules);
        return result.IsSuccess ? result.Value : throw new InvalidDefinitionException([.. result.Errors.OfType<DefinitionError>()]);
    }

    /// <summary>Creates a mapping from rules, or returns every problem as <see cref="DefinitionError"/>s.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The mapping, or the problems.</returns>
    public static Result<LeadFieldMapping> TryCreate(IEnumerable<FieldMappingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        var errors = new List<IError>();
        var steps = new List<CompiledRule>(list.Length);
        var fed = new HashSet<(ConversionTarget, string)>();
        foreach (var rule in list)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            var source = string.IsNullOrWhiteSpace(rule.LeadField) ? null : ConversionFieldCatalog.FindSource(rule.LeadField);
            var target = string.IsNullOrWhiteSpace(rule.TargetField) ? null : ConversionFieldCatalog.FindTarget(rule.Target, rule.TargetField);
            if (source is null)
            {
                errors.Add(new UnknownValueError(DefinitionName, rule.LeadField ?? string.Empty, "is not a lead field; custom fields end in __c.", DefinitionValueKind.FieldMapping));
            }

            if (target is null)
            {
                errors.Add(new UnknownValueError(DefinitionName, $"{rule.Target}.{rule.TargetField}", "is not a field conversion can fill; custom fields end in __c.", DefinitionValueKind.FieldMapping));
            }

            if (source is null || target is null)
            {
                continue;
            }

            if (!fed.Add((target.Target, target.IsCustom ? target.Name.ToUpperInvariant() : target.Name)))
            {
                errors.Add(new DuplicateValueError(DefinitionName, $"{rule.Target}.{rule.TargetField}", "is fed by more than one lead field.", DefinitionValueKind.FieldMapping));
                continue;
            }

            if (source.ComposeWith(target) is { } step)
            {
                steps.Add(new CompiledRule(source, target, step));
            }
            else
            {
                errors.Add(new InconsistentDefinitionValueError(DefinitionName, rule.ToString(), $"a {source.TypeName} lead field cannot fill a {target.TypeName} field.", DefinitionValueKind.FieldMapping));
            }
        }

        return errors.Count > 0
            ? Result.Fail<LeadFieldMapping>(errors)
            : Result.Ok(new LeadFieldMapping(Array.AsReadOnly(list), [.. steps]));
    }

    /// <summary>Returns a copy with one more rule, e.g. a custom field to a field of the account.</summary>
    /// <param name="leadField">The lead field.</param>
    /// <param name="target">The target record.</param>
    /// <param name="targetField">The target field.</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="InvalidDefinitionException">The rule does not fit.</exception>
    public LeadFieldMapping With(string leadField, ConversionTarget target, string targetField) =>
        Create([.. Rules, new FieldMappingRule(leadField, target, targetField)]);

    /// <summary>Returns a copy without the rules that read a lead field.</summary>
    /// <param name="leadField">The lead field.</param>
    /// <returns>The changed mapping.</returns>
    public LeadFieldMapping Without(string leadField) =>
        Create(Rules.Where(r => !string.Equals(r.LeadField, leadField, StringComparison.Ordinal)));

    /// <summary>Returns a copy without the rules that fill a target field.</summary>
    /// <param name="target">The target record.</param>
    /// <param name="targetField">The target field.</param>
    /// <returns>The changed mapping.</returns>
    public LeadFieldMapping Without(ConversionTarget target, string targetField) =>
        Create(Rules.Where(r => r.Target != target || !string.Equals(r.TargetField, targetField, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Lists the rules that read a lead field: where its value goes.</summary>
    /// <param name="leadField">The lead field.</param>
    /// <returns>The rules.</returns>
    public IReadOnlyList<FieldMappingRule> TargetsOf(string leadField) =>
        [.. Rules.Where(r => string.Equals(r.LeadField, leadField, StringComparison.Ordinal))];

    /// <summary>Gets the mapping compiled into one method (made on first use; two threads may both make it, and either
    /// result is the same).</summary>
    internal MappingStep Compiled => _compiled ??= MappingCompiler.Compile(this);

    /// <summary>Gets a value indicating whether the mapping has been compiled.</summary>
    internal bool IsCompiled => _compiled is not null;

    /// <summary>Fills a draft from a lead by every rule: one step after the other for the mapping's first
    /// <see cref="UsesBeforeCompiling"/> conversions, then the compiled mapping. A mapping made for a handful of
    /// conversions (one per request, say) never pays the compilation's milliseconds; one kept for many pays them once.</summary>
    internal void Apply(Lead lead, OwnerId? owner, ref ConversionDraft draft)
    {
        if (_compiled is { } compiled)
        {
            compiled(lead, owner, ref draft);
        }
        else if (++_uses > UsesBeforeCompiling)
        {
            Compiled(lead, owner, ref draft);
        }
        else
        {
            // A racy count: at worst another thread compiles a little earlier or later.
            ApplySteps(lead, owner, ref draft);
        }
    }

    /// <summary>Fills a draft from a lead by every rule, one step after the other.</summary>
    internal void ApplySteps(Lead lead, OwnerId? owner, ref ConversionDraft draft)
    {
        foreach (var rule in Steps)
        {
            rule.Step(lead, owner, ref draft);
        }
    }
}
