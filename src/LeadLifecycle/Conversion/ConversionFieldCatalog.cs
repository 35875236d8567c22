using System.Globalization;
using System.Linq.Expressions;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Conversion;

/// <summary>Reads one field of the lead being converted; the owner is the owner of the new records.</summary>
internal delegate T LeadReader<out T>(Lead lead, OwnerId? owner);

/// <summary>Writes one field of a record under construction, by the merge rule.</summary>
internal delegate void DraftWriter<in T>(ref ConversionDraft draft, T value);

/// <summary>One compiled mapping rule: copies a lead field into a draft.</summary>
internal delegate void MappingStep(Lead lead, OwnerId? owner, ref ConversionDraft draft);

/// <summary>A mapping rule, validated: its lead field, its target field and the step that copies one into the other
/// (the compiled mapping inlines the two fields where both have an expression, and calls the step otherwise).</summary>
internal readonly record struct CompiledRule(SourceField Source, TargetField Target, MappingStep Step);

/// <summary>A reference to a field of a draft.</summary>
internal delegate ref T DraftSlot<T>(ref ConversionDraft draft);

/// <summary>A lead field the mapping can read.</summary>
internal abstract class SourceField(string name)
{
    public string Name { get; } = name;

    public abstract string TypeName { get; }

    /// <summary>Composes a step with a target, or null when the types do not fit.</summary>
    public abstract MappingStep? ComposeWith(TargetField target);

    /// <summary>The step with a target as an expression over the step's parameters, for <see cref="MappingCompiler"/>;
    /// null when either side has no expression (custom fields, formatted values).</summary>
    public abstract Expression? InlineInto(TargetField target, ParameterExpression lead, ParameterExpression owner, ParameterExpression draft);
}

/// <summary>A lead field of type <typeparamref name="T"/>.</summary>
/// <param name="name">The lead field's name.</param>
/// <param name="read">Reads the field.</param>
/// <param name="format">The field as text, for a custom target.</param>
/// <param name="inline">The same read as an expression over the lead and the owner; null for none.</param>
internal sealed class SourceField<T>(string name, LeadReader<T> read, Func<T, string?> format, Func<ParameterExpression, ParameterExpression, Expression>? inline = null) : SourceField(name)
{
    public LeadReader<T> Read => read;

    public override string TypeName => typeof(T).Name;

    public override MappingStep? ComposeWith(TargetField target)
    {
        if (target is TargetField<T> typed)
        {
            return typed.From(this);
        }

        if (target.IsCustom && target is TargetField<string?> text)
        {
            var write = text.Write;
            return (Lead lead, OwnerId? owner, ref ConversionDraft draft) => write(ref draft, format(read(lead, owner)));
        }

        return null;
    }

    public override Expression? InlineInto(TargetField target, ParameterExpression lead, ParameterExpression owner, ParameterExpression draft) =>
        inline is not null && target is TargetField<T> typed ? typed.Inline(draft, inline(lead, owner)) : null;
}

/// <summary>A field of an account, contact or opportunity that the mapping can write.</summary>
internal abstract class TargetField(ConversionTarget target, string name, bool isCustom)
{
    public ConversionTarget Target { get; } = target;

    public string Name { get; } = name;

    public bool IsCustom { get; } = isCustom;

    public abstract string TypeName { get; }
}

/// <summary>A target field of type <typeparamref name="T"/>.</summary>
/// <param name="target">The record.</param>
/// <param name="name">The field's name.</param>
/// <param name="isCustom">Whether it is a custom field.</param>
/// <param name="write">Writes a value by the field's merge rule.</param>
/// <param name="inline">The merge rule as an expression over the draft and a value; null for none.</param>
internal sealed class TargetField<T>(
    ConversionTarget target, string name, bool isCustom, DraftWriter<T> write, Func<Expression, Expression, Expression>? inline = null)
    : TargetField(target, name, isCustom)
{
    public DraftWriter<T> Write { get; } = write;

    public override string TypeName => typeof(T).Name;

    /// <summary>Writes a value into this field by its merge rule, as an expression; null when the field has none.</summary>
    public Expression? Inline(Expression draft, Expression value) => inline?.Invoke(draft, value);

    /// <summary>The step that copies a lead field into this field, one rule of a mapping run rule by rule.</summary>
    public MappingStep From(SourceField<T> source)
    {
        var read = source.Read;
        var write = Write;
        return (Lead lead, OwnerId? owner, ref ConversionDraft draft) => write(ref draft, read(lead, owner));
    }
}

/// <summary>The lead fields and target fields lead conversion knows, by name, and the merge rule for each.</summary>
/// <remarks>Names are the record property names. A name ending in <c>__c</c> is a custom field, kept as text in
/// <see cref="CustomFields"/>; any other unknown name is a mistake.</remarks>
internal static partial class ConversionFieldCatalog
{
    public const string CustomSuffix = "__c";

    private static readonly Dictionary<string, SourceField> Sources = BuildSources();

    private static readonly Dictionary<(ConversionTarget, string), TargetField> Targets = BuildTargets();

    public static IEnumerable<string> SourceNames => Sources.Keys;

    public static bool IsCustomName(string name) => name.EndsWith(CustomSuffix, StringComparison.OrdinalIgnoreCase) && name.Length > CustomSuffix.Length;

    public static SourceField? FindSource(string name)
    {
        if (Sources.TryGetValue(name, out var field))
        {
            return field;
        }

        return IsCustomName(name)
            ? new SourceField<string?>(name, (lead, _) => lead.CustomFields.Get(name), static v => v)
            : null;
    }

    public static IEnumerable<string> TargetNames(ConversionTarget target) =>
        Targets.Keys.Where(k => k.Item1 == target).Select(k => k.Item2);

    public static TargetField? FindTarget(ConversionTarget target, string name)
    {
        if (Targets.TryGetValue((target, name), out var field))
        {
            return field;
        }

        return IsCustomName(name) && Enum.IsDefined(target) ? Custom(target, name) : null;
    }

    private static Dictionary<string, SourceField> BuildSources()
    {
        var fields = new SourceField[]
        {
            Text(nameof(Lead.Salutation), (l, _) => l.Salutation),
            Text(nameof(Lead.FirstName), (l, _) => l.FirstName),
            Text(nameof(Lead.MiddleName), (l, _) => l.MiddleName),
            Text(nameof(Lead.LastName), (l, _) => l.LastName),
            Text(nameof(Lead.Suffix), (l, _) => l.Suffix),
            Text(nameof(Lead.Title), (l, _) => l.Title),
            Text(nameof(Lead.Company), (l, _) => l.Company),
            Text(nameof(Lead.Email), (l, _) => l.Email),
            Text(nameof(Lead.Phone), (l, _) => l.Phone),
            Text(nameof(Lead.MobilePhone), (l, _) => l.MobilePhone),
            Text(nameof(Lead.Fax), (l, _) => l.Fax),
            Text(nameof(Lead.Website), (l, _) => l.Website),
            Text(nameof(Lead.Industry), (l, _) => l.Industry),
            Text(nameof(Lead.Rating), (l, _) => l.Rating),
            Text(nameof(Lead.LeadSource), (l, _) => l.LeadSource),
            Text(nameof(Lead.Description), (l, _) => l.Description),
            new SourceField<decimal?>(nameof(Lead.AnnualRevenue), (l, _) => l.AnnualRevenue, v => v?.ToString(CultureInfo.InvariantCulture), LeadProperty(nameof(Lead.AnnualRevenue))),
            new SourceField<int?>(nameof(Lead.NumberOfEmployees), (l, _) => l.NumberOfEmployees, v => v?.ToString(CultureInfo.InvariantCulture), LeadProperty(nameof(Lead.NumberOfEmployees))),
            new SourceField<Address?>(nameof(Lead.Address), (l, _) => l.Address, _ => null, LeadProperty(nameof(Lead.Address))),
            new SourceField<OwnerId?>(nameof(Lead.OwnerId), (_, owner) => owner, v => v?.Value, static (_, owner) => owner),
            // The primary campaign: the most recent membership, else the lead's CampaignId.
            new SourceField<CampaignId?>(nameof(Lead.CampaignId), (l, _) => l.PrimaryCampaignId, v => v?.Value, LeadProperty(nameof(Lead.PrimaryCampaignId))),
            new SourceField<AccountId?>(nameof(Lead.PartnerAccountId), (l, _) => l.PartnerAccountId, v => v?.Value, LeadProperty(nameof(Lead.PartnerAccountId))),
            Text(nameof(Lead.CompanyLocal), (l, _) => l.CompanyLocal),
            Text(nameof(Lead.FirstNameLocal), (l, _) => l.FirstNameLocal),
            Text(nameof(Lead.LastNameLocal), (l, _) => l.LastNameLocal),
            Flag(nameof(Lead.DoNotCall), (l, _) => l.DoNotCall),
            Flag(nameof(Lead.HasOptedOutOfEmail), (l, _) => l.HasOptedOutOfEmail),
            Flag(nameof(Lead.HasOptedOutOfFax), (l, _) => l.HasOptedOutOfFax),
        };
        return fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static SourceField<string?> Text(string name, LeadReader<string?> read) => new(name, read, static v => v, LeadProperty(name));

    private static SourceField<bool> Flag(string name, LeadReader<bool> read) => new(name, read, static v => v ? "true" : null, LeadProperty(name));

    /// <summary>Reads a lead property, as an expression.</summary>
    private static Func<ParameterExpression, ParameterExpression, Expression> LeadProperty(string property)
    {
        var info = typeof(Lead).GetProperty(property) ?? throw new InvalidOperationException($"Lead has no property {property}.");
        return (lead, _) => Expression.Property(lead, info);
    }
}
