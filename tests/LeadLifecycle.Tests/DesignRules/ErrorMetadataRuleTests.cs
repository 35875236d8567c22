using System.Reflection;
using System.Text.Json;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Salesforce;

namespace LeadLifecycle.Tests.DesignRules;

/// <summary>CONTRIBUTING.md rule 4 as tests: every detail an error carries as a property is also an entry of its
/// <c>Metadata</c>, keyed by the property's name (a key of <see cref="ErrorMetadataKeys"/>), with a JSON-friendly value,
/// so a host can copy the metadata into a response without a type switch. Covers every error type of both packages,
/// including the ones added later.</summary>
public sealed class ErrorMetadataRuleTests
{
    private static readonly Assembly[] Packages = [typeof(LeadLifecycleError).Assembly, typeof(MalformedFileError).Assembly];

    public static TheoryData<Type> ErrorTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in AllErrorTypes())
        {
            data.Add(type);
        }

        return data;
    }

    private static List<Type> AllErrorTypes() =>
        [.. Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(LeadLifecycleError).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Fact]
    public void TheScan_FindsTheErrorsOfBothPackages()
    {
        var types = AllErrorTypes();

        Assert.Contains(typeof(StageSkipError), types);
        Assert.Contains(typeof(RecordFieldError), types);
        Assert.True(types.Count >= 40, $"only {types.Count} error types found");
    }

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void EveryErrorProperty_IsInMetadataUnderItsName_WithAJsonFriendlyValue(Type type)
    {
        var error = ErrorSamples.Create(type);

        var problems = MetadataProblems(error);

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void TheRule_CatchesAnErrorThatLeavesADetailOut()
    {
        var problems = MetadataProblems(new ForgetfulError("x", 3));

        Assert.Equal(["ForgetfulError.Metadata lacks 'Limit'"], problems);
    }

    private static List<string> MetadataProblems(LeadLifecycleError error)
    {
        var type = error.GetType();
        var problems = new List<string>();
        foreach (var property in ErrorSamples.DetailProperties(type))
        {
            var value = property.GetValue(error);
            if (value is LeadLifecycleError inner)
            {
                // A wrapped error's details are the wrapper's details too.
                problems.AddRange(inner.Metadata
                    .Where(p => !error.Metadata.TryGetValue(p.Key, out var outer) || !Equals(ExpectedMetadata(p.Value), ExpectedMetadata(outer)))
                    .Select(p => $"{type.Name}.Metadata lacks the wrapped error's '{p.Key}'"));
                continue;
            }

            if (!error.Metadata.TryGetValue(property.Name, out var stored))
            {
                problems.Add($"{type.Name}.Metadata lacks '{property.Name}'");
            }
            else if (!IsJsonFriendly(stored))
            {
                problems.Add($"{type.Name}.Metadata['{property.Name}'] is a {stored?.GetType().Name}, not string, number, bool, string[] or null");
            }
            else if (!MetadataEquals(ExpectedMetadata(value), stored))
            {
                problems.Add($"{type.Name}.Metadata['{property.Name}'] does not hold the property's value");
            }
        }

        return problems;
    }

    private static bool MetadataEquals(object? expected, object? actual) =>
        expected is string?[] left && actual is string?[] right ? left.SequenceEqual(right) : Equals(expected, actual);

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void EveryMetadataKey_IsDocumentedInErrorMetadataKeys(Type type)
    {
        var documented = typeof(ErrorMetadataKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var error = ErrorSamples.Create(type);

        var undocumented = error.Metadata.Keys.Where(key => !documented.Contains(key)).ToList();

        Assert.True(undocumented.Count == 0, $"{type.Name} uses metadata keys missing from ErrorMetadataKeys: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void ErrorMetadataKeys_EachConstantIsItsOwnName()
    {
        foreach (var field in typeof(ErrorMetadataKeys).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.Equal(field.Name, field.GetRawConstantValue());
        }
    }

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void Metadata_SerializesWithSystemTextJson_AndReadsBackTheSameValues(Type type)
    {
        var error = ErrorSamples.Create(type);

        var json = JsonSerializer.Serialize(error.Metadata, JsonSerializerOptions.Web);

        using var document = JsonDocument.Parse(json);
        foreach (var (key, value) in error.Metadata)
        {
            Assert.True(document.RootElement.TryGetProperty(key, out var element), $"{type.Name}: '{key}' missing from {json}");
            Assert.Equal(ExpectedMetadata(value), FromJson(element));
        }

        Assert.Equal(error.Code, document.RootElement.GetProperty("Code").GetString());
    }

    [Fact]
    public void Metadata_OfARefusedMove_CarriesTheListsAsStringArrays()
    {
        var error = new StageSkipError("Prospecting", OpportunityStageTrigger.MoveTo, "Value Proposition", ["Qualification", "Needs Analysis"], ["Qualification"]);

        Assert.Equal(new[] { "Qualification", "Needs Analysis" }, error.Metadata[ErrorMetadataKeys.SkippedStages]);
        Assert.Equal(new[] { "Qualification" }, error.Metadata[ErrorMetadataKeys.PermittedStages]);
        Assert.Equal("MoveTo", error.Metadata[ErrorMetadataKeys.Trigger]);
        Assert.Equal("STAGE_SKIP_NOT_ALLOWED", error.Metadata[ErrorMetadataKeys.Code]);
    }

    [Fact]
    public void Metadata_OfDuplicates_CarriesTheIdsAsText()
    {
        var error = new DuplicatesDetectedError(new LeadId("00Q1"), [new AccountId("001A"), new AccountId("001B")], []);

        Assert.Equal("00Q1", error.Metadata[ErrorMetadataKeys.LeadId]);
        Assert.Equal(new[] { "001A", "001B" }, error.Metadata[ErrorMetadataKeys.MatchingAccounts]);
        Assert.Equal(Array.Empty<string>(), error.Metadata[ErrorMetadataKeys.MatchingContacts]);
    }

    [Fact]
    public void Metadata_OfAnAbsentOptionalDetail_IsNull()
    {
        var error = new LeadAlreadyConvertedError(new LeadId("00Q1"), new AccountId("001A"), null, null);

        Assert.Equal("001A", error.Metadata[ErrorMetadataKeys.AccountId]);
        Assert.True(error.Metadata.ContainsKey(ErrorMetadataKeys.OpportunityId));
        Assert.Null(error.Metadata[ErrorMetadataKeys.OpportunityId]);
    }

    private static bool IsJsonFriendly(object? value) =>
        value is null or string or bool or int or long or decimal or double or string?[];

    /// <summary>What the metadata must hold for a property value: written out here, independently of the library.</summary>
    private static object? ExpectedMetadata(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double => value,
        Enum member => member.ToString(),
        string?[] texts => texts,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).ToArray(),
        _ => value.ToString(),
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var whole) ? (object)whole : element.GetDecimal(),
        JsonValueKind.Array => element.EnumerateArray().Select(e => e.GetString()).ToArray(),
        _ => throw new InvalidOperationException($"unexpected {element.ValueKind}"),
    };

    /// <summary>An error that breaks the rule: <see cref="Limit"/> is not in its metadata.</summary>
    private sealed class ForgetfulError : LeadLifecycleError
    {
        public ForgetfulError(string field, int limit)
            : base(ErrorCodes.StringTooLong, "forgetful")
        {
            Field = field;
            Limit = limit;
            AddMetadata((nameof(Field), Field));
        }

        public string Field { get; }

        public int Limit { get; }
    }
}
