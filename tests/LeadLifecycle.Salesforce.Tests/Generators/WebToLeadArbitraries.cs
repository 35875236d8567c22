using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>A generated valid Web-to-Lead form: text fields with values inside their limits, and mapped custom fields.</summary>
public sealed record GeneratedForm((string Name, string Value)[] Fields, (string Id, string ApiName, string Value)[] Custom)
{
    public IEnumerable<KeyValuePair<string, string?>> Pairs =>
        Fields.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))
            .Concat(Custom.Select(c => new KeyValuePair<string, string?>(c.Id, c.Value)));

    public override string ToString() => string.Join("&", Pairs.Select(p => p.Key + "=" + p.Value));
}

/// <summary>A bad field added to a valid form, and the problem it must be reported as.</summary>
public sealed record BadField(string Name, string?[] Values, WebToLeadProblem Problem)
{
    public override string ToString() => $"{Problem}: {Name}={string.Join("|", Values.Select(v => v is { Length: > 30 } ? v[..30] + "..." : v))}";
}

/// <summary>A valid form with bad fields added, each a different field.</summary>
public sealed record FormWithBadFields(GeneratedForm Form, BadField[] Bad)
{
    public override string ToString() => Form + " + " + string.Join(", ", Bad.Select(b => b.ToString()));
}

/// <summary>Generators of Web-to-Lead forms.</summary>
public static class WebToLeadArbitraries
{
    /// <summary>The limit the bad-field property reads forms with: small, so oversized values stay cheap.</summary>
    public const int MaxValueLength = 50;

    /// <summary>Free-text fields and their lead limits (all at least 20, so short values always fit).</summary>
    public static readonly (string Name, int Limit)[] TextFields =
    [
        ("salutation", 40), ("first_name", 40), ("title", 128), ("phone", 40), ("mobile", 40), ("fax", 40), ("URL", 255),
        ("street", 255), ("city", 40), ("state", 80), ("zip", 20), ("country", 80), ("description", 32000),
        ("lead_source", 40), ("industry", 40), ("rating", 40),
    ];

    private static Gen<string> Word(int maxLength) =>
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-'&éü".ToCharArray())
            .ArrayOf().Select(c => new string(c).Trim()).Where(s => s.Length > 0).Select(s => s.Length > maxLength ? s[..maxLength].Trim() : s)
            .Where(s => s.Length > 0);

    private static Gen<string> CustomId { get; } =
        Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".ToCharArray()).ArrayOf(12).Select(c => "00N" + new string(c));

    public static Gen<GeneratedForm> Forms { get; } =
        from last in Word(20)
        from company in Word(20)
        from optional in Gen.SubListOf(TextFields).SelectMany(fields => Gen.CollectToSequence(fields, f => Word(20).Select(v => (f.Name, v))).Select(v => v.ToArray()))
        from custom in Gen.Choose(0, 3).SelectMany(n => Gen.Zip(CustomId, Word(20)).ArrayOf(n))
        let distinctCustom = custom.DistinctBy(c => c.Item1).Select((c, i) => (c.Item1, $"Field{i}__c", c.Item2)).ToArray()
        select new GeneratedForm([("last_name", last), ("company", company), .. optional], distinctCustom);

    private static Gen<BadField> BadFields(int index) => Gen.OneOf(
        Word(10).Select(w => new BadField($"unknown_{index}_{w.Replace(' ', '_')}", [w], WebToLeadProblem.UnknownField)),
        Gen.Elements(TextFields).Select(f => new BadField(f.Name, [new string('x', MaxValueLength + 1)], WebToLeadProblem.ValueTooLong)),
        Gen.Elements(TextFields).SelectMany(f => Gen.Zip(Word(10), Word(10)).Where(p => p.Item1 != p.Item2).Select(p => new BadField(f.Name, [p.Item1, p.Item2], WebToLeadProblem.DuplicateField))),
        Gen.Elements("revenue", "employees", "emailOptOut", "faxOptOut", "doNotCall").Select(n => new BadField(n, ["not a value"], WebToLeadProblem.InvalidValue)),
        Word(10).Select(w => new BadField("email", [w + "@"], WebToLeadProblem.LeadValidation)));

    public static Gen<FormWithBadFields> FormsWithBadFields { get; } =
        from form in Forms
        from count in Gen.Choose(1, 4)
        from bad in Gen.CollectToSequence(Enumerable.Range(0, count), BadFields).Select(v => v.ToArray())
        let distinct = bad.DistinctBy(b => b.Name).ToArray()
        select new FormWithBadFields(form with { Fields = [.. form.Fields.Where(f => !distinct.Any(b => b.Name == f.Name))] }, distinct);

    public static Arbitrary<GeneratedForm> GeneratedForm() => Forms.ToArbitrary();

    public static Arbitrary<FormWithBadFields> FormWithBadFields() => FormsWithBadFields.ToArbitrary();
}
