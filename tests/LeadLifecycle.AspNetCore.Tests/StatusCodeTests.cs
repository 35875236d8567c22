using System.Reflection;
using System.Text.RegularExpressions;
using LeadLifecycle.Errors;
using LeadLifecycle.Salesforce;

namespace LeadLifecycle.AspNetCore.Tests;

public partial class StatusCodeTests
{
    [GeneratedRegex(@"^\| `(?<code>[A-Z_*]+)` \|.*\| (?<http>[^|]+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex CatalogueRow();

    private static (string Code, string Http)[] ReadmeRows()
    {
        var readme = File.ReadAllText(Path.Combine(TestHost.RepositoryRoot, "README.md"));
        var catalogue = readme[readme.IndexOf("## Error codes", StringComparison.Ordinal)..];
        return [.. CatalogueRow().Matches(catalogue).Select(m => (m.Groups["code"].Value, m.Groups["http"].Value.Trim()))];
    }

    [Fact]
    public void EveryCodeOfTheReadmeCatalogue_AnswersTheStatusOfItsHttpColumn()
    {
        var rows = ReadmeRows().Where(r => !r.Code.Contains('*', StringComparison.Ordinal)).ToArray();

        Assert.True(rows.Length > 40, $"only {rows.Length} rows found");
        foreach (var (code, http) in rows)
        {
            if (http == "—")
            {
                Assert.False(LeadLifecycleStatusCodes.All.ContainsKey(code), $"{code} is a warning in the README but has a status");
                continue;
            }

            // Definition errors: "500 / 422" (a host's own definition fails startup; one sent with a request is 422).
            var statuses = http.Split('/', StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
            Assert.True(statuses.Contains(LeadLifecycleStatusCodes.For(code)), $"{code}: README says {http}, the code says {LeadLifecycleStatusCodes.For(code)}");
            Assert.True(LeadLifecycleStatusCodes.All.ContainsKey(code), $"{code} is not listed");
        }
    }

    [Fact]
    public void EveryErrorCodeOfBothPackages_IsListedWithAStatus()
    {
        var warnings = new[] { SalesforceErrorCodes.ValueResolvedByLabel, SalesforceErrorCodes.DuplicateFieldMapping, SalesforceErrorCodes.EncodingFallback };
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(SalesforceErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(warnings);

        Assert.All(codes, code => Assert.True(LeadLifecycleStatusCodes.All.ContainsKey(code), $"{code} has no HTTP status"));
    }

    [Fact]
    public void EveryListedCode_IsACodeOfOneOfThePackages()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(SalesforceErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        // CONCURRENCY_CONFLICT belongs to the EntityFrameworkCore package.
        Assert.All(LeadLifecycleStatusCodes.All.Keys.Where(c => c != "CONCURRENCY_CONFLICT"), code => Assert.Contains(code, codes));
    }

    [Fact]
    public void For_AnUnknownCode_Is422()
    {
        Assert.Equal(422, LeadLifecycleStatusCodes.For("SOMETHING_NEW"));
    }
}
