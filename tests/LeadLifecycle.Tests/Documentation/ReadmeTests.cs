using System.Reflection;
using System.Text.RegularExpressions;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Tests.Support;
using ReadmeExamples;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The readmes' C# blocks, extracted verbatim at build time by <c>ReadmeExamples.targets</c> (one file per
/// block, with the block's own <c>using</c> lines only), compiled into this assembly and run here: each must run without
/// an exception and print what its comments say. Also: every error code is documented, and the diagrams are the
/// library's own output.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    private static readonly string SalesforceReadme = File.ReadAllText(Path.Combine(Repository.Root, "src", "LeadLifecycle.Salesforce", "README.md"));

    private static readonly string TestingReadme = File.ReadAllText(Path.Combine(Repository.Root, "src", "LeadLifecycle.Testing", "README.md"));

    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExampleCatalog.All)
        {
            data.Add(Key(example));
        }

        return data;
    }

    [Fact]
    public void EveryCsharpBlockOfThePackageReadmes_IsCompiledHere_AsItStandsInTheReadme()
    {
        var inMarkdown = CodeBlock().Matches(Readme).Select(m => ("README.md", m.Groups["code"].Value))
            .Concat(CodeBlock().Matches(SalesforceReadme).Select(m => ("LeadLifecycle.Salesforce/README.md", m.Groups["code"].Value)))
            .Concat(CodeBlock().Matches(TestingReadme).Select(m => ("LeadLifecycle.Testing/README.md", m.Groups["code"].Value)))
            .ToList();
        var compiled = ReadmeExampleCatalog.All.Select(e => (e.File, e.Code + "\n")).ToList();

        Assert.True(inMarkdown.Count >= 7, $"only {inMarkdown.Count} csharp blocks found");
        Assert.Equal(inMarkdown, compiled);
    }

    [Fact]
    public void EveryBlock_StartsWithItsUsingLines()
    {
        // A block that uses the library names its namespaces, as a new console app needs them.
        foreach (var example in ReadmeExampleCatalog.All)
        {
            Assert.True(example.Usings.Length > 0, $"{Key(example)} has no using lines");
            Assert.StartsWith("using ", example.Code, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void EveryBlock_RunsAsPasted(string key)
    {
        var example = ReadmeExampleCatalog.All.Single(e => Key(e) == key);

        var output = Run(example);

        Assert.NotEmpty(output);
    }

    [Fact]
    public void Quickstart_PrintsWhatItsCommentsSay()
    {
        Assert.Equal(
            ["Open - Not Contacted -> Working - Contacted", "True", "Analytical Engines, Ada Lovelace, Prospecting", "75% Pipeline", "Closed Won, won: True, 100%"],
            Run(Block("## Quickstart")));
    }

    [Fact]
    public void LeadProcessExample_PrintsItsStatuses()
    {
        Assert.Equal(["New, Working, Nurturing, Qualified, Qualified - Partner, Unqualified"], Run(Block("### Your own lead process")));
    }

    [Fact]
    public void SalesProcessExample_PrintsWhatItsCommentsSay()
    {
        var lines = Run(Block("### Your own sales process"));

        Assert.Contains("Amount", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("OpportunityWon { ", lines[1], StringComparison.Ordinal);
        Assert.Contains("FromStage = Prospecting", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("OpportunityLost { ", lines[2], StringComparison.Ordinal);
        Assert.Contains("Competitor = Honda", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ConversionExample_PrintsWhatItsCommentsSay()
    {
        Assert.Equal(["True", "Farmers Coop. of Florida (130 locations), Bertha Boxer, Prospecting"], Run(Block("### Your own conversion")));
    }

    [Fact]
    public void SerializationExample_PrintsWhatItsCommentsSay()
    {
        var lines = Run(Block("## Serialization"));

        Assert.Equal(["True", "True"], lines[..2]);
        Assert.StartsWith("Invalid JSON at $.customFields", lines[2], StringComparison.Ordinal);
        Assert.Equal(["True", """{"id":"00Q5e00000AbCdE","note":"yours"}"""], lines[3..]);
    }

    [Fact]
    public void ErrorMetadataExample_PrintsWhatItsCommentsSay()
    {
        Assert.Equal(["DISQUALIFICATION_REASON_REQUIRED", "Code, LeadId", "True"], Run(Block("## Error codes")));
    }

    [Fact]
    public void CheckingAProcessExample_PrintsWhatItsCommentsSay()
    {
        Assert.Equal(
            ["False", "LINT_GUARD_BYPASS Qualified: New --MoveTo--> Nurturing, Nurturing --Convert--> Qualified", "True"],
            Run(Block("### Checking a process")));
    }

    [Fact]
    public void EveryLintCode_IsDocumentedInTheReadme()
    {
        var codes = typeof(Linting.ProcessLintCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        var undocumented = codes.Where(code => !Readme.Contains($"`{code}`", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "undocumented lint codes: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void TestingExample_PrintsWhatItsCommentsSay()
    {
        Assert.Equal(["00Q000001", "has an email", "Ok, passed 100 tests."], Run(Block("## Testing your pipeline"))[..3]);
    }

    [Fact]
    public void TestingReadmeExample_RunsItsProperty()
    {
        Assert.Equal(["Ok, passed 100 tests."], Run(Block("# LeadLifecycle.Testing")));
    }

    [Fact]
    public void BrokenPipelineExample_PrintsAShrunkCounterexampleItsTrace_AndTheLintFindingOfTheSamePath()
    {
        var lines = Run(ReadmeExampleCatalog.All.Where(e => e.Heading == "## Testing your pipeline").ElementAt(1));

        Assert.Equal("True", lines[0]);
        Assert.EndsWith("MoveTo(\"Marketing Qualified Lead\")", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Invariant broken in a run of ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("'no lead enters Marketing Qualified Lead without email' broken by step #", lines[^2], StringComparison.Ordinal);
        Assert.Equal("Marketing Qualified Lead: Subscriber --MoveTo--> Marketing Qualified Lead", lines[^1]);
    }

    [Fact]
    public void SalesforceReadmeExample_LoadsAnOrgAndItsLeads()
    {
        var lines = Run(Block("# LeadLifecycle.Salesforce"));

        Assert.Equal("Master: 4 statuses", lines[0]);
        Assert.Matches(@"^\d+ leads, 0 problems, 0 warnings$", lines[^1]);
    }

    [Fact]
    public void ClassicLeadProcessDiagram_IsTheLibrarysOwnOutput()
    {
        Assert.Equal(Normalize(LeadProcess.SalesforceClassic.ToMermaidGraph()), Normalize(MermaidBlocks()[0]));
    }

    [Fact]
    public void HubSpotDiagram_IsThePresetWithTheRulesItsCaptionNames()
    {
        var withRules = new SalesProcessBuilder("HubSpot").AddStages(SalesProcess.HubSpotDefault.Stages)
            .WithPolicy(new SalesProcessPolicy { ForwardOnly = true, NoSkipping = true }).Build();

        Assert.Equal(Normalize(withRules.ToMermaidGraph()), Normalize(MermaidBlocks()[1]));
        Assert.NotEqual(Normalize(SalesProcess.HubSpotDefault.ToMermaidGraph()), Normalize(MermaidBlocks()[1]));
    }

    [Fact]
    public void EveryErrorCode_IsDocumentedInTheReadme()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        var undocumented = codes.Where(code => !Readme.Contains($"`{code}`", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "undocumented error codes: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void PackageReadmes_LinkAbsolutely_AndNameNoRepositoryOnlyCommand()
    {
        // The root readme names the repository's two commands once, in "Building from source", after saying they
        // need a clone; nowhere else may a package readme send its reader to repository files.
        var fromSource = Readme.IndexOf("## Building from source", StringComparison.Ordinal);
        var nextSection = Readme.IndexOf("\n## ", fromSource + 1, StringComparison.Ordinal);
        Assert.True(fromSource > 0 && nextSection > fromSource, "README.md needs a 'Building from source' section");
        Assert.Contains("In a clone of", Readme[fromSource..nextSection], StringComparison.Ordinal);
        Assert.Contains("dotnet run --project samples/LeadLifecycle.Samples", Readme[fromSource..nextSection], StringComparison.Ordinal);
        foreach (var text in new[] { Readme[..fromSource] + Readme[nextSection..], SalesforceReadme, TestingReadme })
        {
            var relative = RelativeLink().Matches(text).Select(m => m.Value).ToList();
            Assert.True(relative.Count == 0, "relative links: " + string.Join(", ", relative));
            Assert.DoesNotContain("dotnet run --project", text, StringComparison.Ordinal);
            Assert.DoesNotContain("bash .ci/run", text, StringComparison.Ordinal);
        }
    }

    private static string Key(ReadmeExample example) => $"{example.File}:{example.Line}";

    private static ReadmeExample Block(string heading) => ReadmeExampleCatalog.All.First(e => e.Heading == heading);

    private static string[] MermaidBlocks() =>
        [.. MermaidBlock().Matches(Readme).Select(m => m.Groups["code"].Value)];

    /// <summary>Runs a block in a fresh folder holding what the Salesforce readme's block reads, and returns its
    /// output lines.</summary>
    private static string[] Run(ReadmeExample example)
    {
        var folder = Path.Combine(Path.GetTempPath(), "readme-" + Guid.NewGuid().ToString("N"));
        var metadata = Path.Combine(folder, "force-app", "main", "default", "standardValueSets");
        Directory.CreateDirectory(metadata);
        File.WriteAllText(Path.Combine(metadata, "LeadStatus.standardValueSet-meta.xml"), ClassicLeadStatusValueSet);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "readme-org")))
        {
            File.Copy(file, Path.Combine(metadata, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "earthfink1982-salesforce-in-powerbi", "Lead.csv"), Path.Combine(folder, "Lead.csv"));

        var output = new StringWriter();
        var (previousOut, previousDirectory) = (Console.Out, Environment.CurrentDirectory);
        try
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = folder;
            example.Run();
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            Directory.Delete(folder, recursive: true);
        }

        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private const string ClassicLeadStatusValueSet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">
            <sorted>false</sorted>
            <standardValue><fullName>Open - Not Contacted</fullName><default>true</default><label>Open - Not Contacted</label></standardValue>
            <standardValue><fullName>Working - Contacted</fullName><default>false</default><label>Working - Contacted</label></standardValue>
            <standardValue><fullName>Closed - Converted</fullName><default>false</default><label>Closed - Converted</label><converted>true</converted></standardValue>
            <standardValue><fullName>Closed - Not Converted</fullName><default>false</default><label>Closed - Not Converted</label></standardValue>
        </StandardValueSet>
        """;

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"```mermaid\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"\]\((?!https?://|#)[^)]*\)")]
    private static partial Regex RelativeLink();
}

/// <summary>Tests that redirect <see cref="Console.Out"/> or change the current folder run one at a time.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public const string Collection = "Console output";
}
