using System.Reflection;
using System.Text.RegularExpressions;
using LeadLifecycle.Errors;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's examples are compiled in this folder (a <c>#region README</c> each); these tests check that the
/// README shows exactly that code and that it does what its comments say, and that every error code is documented.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Theory]
    [InlineData("## Quickstart", "Quickstart.cs")]
    [InlineData("### Your own sales process", "OpportunityExample.cs")]
    [InlineData("### Your own conversion", "ConversionExample.cs")]
    public void ReadmeExample_IsTheCodeCompiledHere(string heading, string file)
    {
        var start = Readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading}' section");
        var block = CodeBlock().Match(Readme, start);
        var region = SourceRegion().Match(File.ReadAllText(Path.Combine(Repository.Root, "tests", "LeadLifecycle.Tests", "Documentation", file)));

        Assert.True(block.Success, $"'{heading}' has no csharp block");
        Assert.True(region.Success, $"{file} has no #region README");
        Assert.Equal(Normalize(region.Groups["code"].Value), Normalize(block.Groups["code"].Value));
    }

    [Fact]
    public void Quickstart_PrintsWhatItsCommentsSay()
    {
        var output = new StringWriter();

        Quickstart.Run(output);

        Assert.Equal(
            ["Open - Not Contacted -> Working - Contacted", "True", "Analytical Engines, Ada Lovelace, Prospecting", "75% Pipeline", "Closed Won, won: True, 100%"],
            Lines(output));
    }

    [Fact]
    public void OpportunityExample_PrintsWhatItsCommentsSay()
    {
        var output = new StringWriter();

        OpportunityExample.Run(output);

        var lines = Lines(output);
        Assert.Contains("Amount", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("OpportunityWon { ", lines[1], StringComparison.Ordinal);
        Assert.Contains("FromStage = Prospecting", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("OpportunityLost { ", lines[2], StringComparison.Ordinal);
        Assert.Contains("Competitor = Honda", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ConversionExample_PrintsWhatItsCommentsSay()
    {
        var output = new StringWriter();

        ConversionExample.Run(output);

        Assert.Equal(["True", "Farmers Coop. of Florida (130 locations), Bertha Boxer, Prospecting"], Lines(output));
    }

    [Fact]
    public void EveryErrorCode_IsDocumentedInTheReadme()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        var undocumented = codes.Where(code => !Readme.Contains($"`{code}`", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "undocumented error codes: " + string.Join(", ", undocumented));
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Normalize(string code) =>
        string.Join('\n', code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));

    [GeneratedRegex(@"\G.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"#region README\n(?<code>.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex SourceRegion();
}
