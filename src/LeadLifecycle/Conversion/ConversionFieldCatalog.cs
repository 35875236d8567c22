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
internal class SourceField<T>(string name, LeadReader<T> read, Func<T, string?> format, Func<ParameterExpression, ParameterExpression, Expression>? inline = null) : SourceField(name)
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

/// <summary>A standard text field of the lead, read by <see cref="LeadTexts.Read"/>.</summary>
internal sealed class LeadTextSource(LeadText text) : SourceField<string?>(text.ToString(), (lead, _) => LeadTexts.Read(lead, text), static v => v)
{
    public LeadText Field => text;
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
/// <param name="from">Makes the step that reads a lead field and writes it by the same merge rule in one call (no
/// delegate call between reading and writing: a mapping runs one step per rule on every conversion); null composes
/// the source's reader with <paramref name="write"/>.</param>
/// <param name="inline">The merge rule as an expression over the draft and a value; null for none.</param>
internal class TargetField<T>(
    ConversionTarget target, string name, bool isCustom, DraftWriter<T> write, Func<SourceField<T>, MappingStep>? from = null, Func<Expression, Expression, Expression>? inline = null)
    : TargetField(target, name, isCustom)
{
    public DraftWriter<T> Write { get; } = write;

    public override string TypeName => typeof(T).Name;

    /// <summary>Writes a value into this field by its merge rule, as an expression; null when the field has none.</summary>
    public Expression? Inline(Expression draft, Expression value) => inline?.Invoke(draft, value);

    /// <summary>The step that copies a lead field into this field.</summary>
    public MappingStep From(SourceField<T> source)
    {
        if (from is not null)
        {
            return from(source);
        }

        var read = source.Read;
        var write = Write;
        return (Lead lead, OwnerId? owner, ref ConversionDraft draft) => write(ref draft, read(lead, owner));
    }
}

/// <summary>A standard text field of an account, contact or opportunity: a rule from a standard lead text field
/// into one compiles to a <see cref="TextMappingStep"/>, run without a delegate call.</summary>
internal sealed class TextTargetField(ConversionTarget target, string name, DraftText slot)
    : TargetField<string?>(target, name, isCustom: false, (ref ConversionDraft d, string? value) => ConversionFieldCatalog.FillText(ref d, target, slot, value))
{
    public DraftText Slot => slot;
}

/// <summary>A compiled rule from a standard lead text field into a standard text field: the most common rule (two
/// thirds of the standard mapping), so it is data read by one loop instead of a delegate per rule.</summary>
internal readonly record struct TextMappingStep(LeadText Source, DraftText Slot, ConversionTarget Target)
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Apply(Lead lead, ref ConversionDraft draft) => ConversionFieldCatalog.FillText(ref draft, Target, Slot, LeadTexts.Read(lead, Source));
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
            new SourceField<decimal?>(nameof(Lead.AnnualRevenue), (l, _) => l.AnnualRevenue, v => v?.ToString(CultureInfo.InvariantCulture), LeadProperty(nameof(Lead.AnnualRevenue))),
            new SourceField<int?>(nameof(Lead.NumberOfEmployees), (l, _) => l.NumberOfEmployees, v => v?.ToString(CultureInfo.InvariantCulture), LeadProperty(nameof(Lead.NumberOfEmployees))),
            new SourceField<Address?>(nameof(Lead.Address), (l, _) => l.Address, _ => null, LeadProperty(nameof(Lead.Address))),
            new SourceField<OwnerId?>(nameof(Lead.OwnerId), (_, owner) => owner, v => v?.Value, static (_, owner) => owner),
            // The primary campaign: the most recent membership, else the lead's CampaignId.
            new SourceField<CampaignId?>(nameof(Lead.CampaignId), (l, _) => l.PrimaryCampaignId, v => v?.Value, LeadProperty(nameof(Lead.PrimaryCampaignId))),
            new SourceField<AccountId?>(nameof(Lead.PartnerAccountId), (l, _) => l.PartnerAccountId, v => v?.Value, LeadProperty(nameof(Lead.PartnerAccountId))),
            Flag(nameof(Lead.DoNotCall), (l, _) => l.DoNotCall),
            Flag(nameof(Lead.HasOptedOutOfEmail), (l, _) => l.HasOptedOutOfEmail),
            Flag(nameof(Lead.HasOptedOutOfFax), (l, _) => l.HasOptedOutOfFax),
        };
        return Enum.GetValues<LeadText>().Select(f => (SourceField)new LeadTextSource(f)).Concat(fields).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static SourceField<bool> Flag(string name, LeadReader<bool> read) => new(name, read, static v => v ? "true" : null, LeadProperty(name));

    /// <summary>Reads a lead property, as an expression.</summary>
    private static Func<ParameterExpression, ParameterExpression, Expression> LeadProperty(string property)
    {
        var info = typeof(Lead).GetProperty(property) ?? throw new InvalidOperationException($"Lead has no property {property}.");
        return (lead, _) => Expression.Property(lead, info);
    }
}
