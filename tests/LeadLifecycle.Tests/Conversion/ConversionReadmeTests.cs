using System.Text.RegularExpressions;
using LeadLifecycle.Tests.Documentation;

namespace LeadLifecycle.Tests.Conversion;

public sealed partial class ConversionReadmeTests
{
    [Fact]
    public void Readme_ConversionExampleIsTheCodeCompiledHere()
    {
        var root = RepositoryRoot();
        var readme = ReadmeBlock().Match(File.ReadAllText(Path.Combine(root, "README.md")));
        var source = SourceRegion().Match(File.ReadAllText(Path.Combine(root, "tests", "LeadLifecycle.Tests", "Documentation", "ConversionExample.cs")));

        Assert.True(readme.Success, "README.md has no ### Lead conversion section with a csharp block");
        Assert.True(source.Success, "ConversionExample.cs has no #region README");
        Assert.Equal(Normalize(source.Groups["code"].Value), Normalize(readme.Groups["code"].Value));
    }

    [Fact]
    public void ConversionExample_Runs()
    {
        var output = new StringWriter();

        ConversionExample.Run(output);

        Assert.Equal(["True", "Farmers Coop. of Florida (130 locations), Bertha Boxer, Prospecting"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LeadLifecycle.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LeadLifecycle.sln not found.");
    }

    [GeneratedRegex(@"### Lead conversion.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"#region README\n(?<code>.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex SourceRegion();
}
