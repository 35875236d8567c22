using System.Text.RegularExpressions;

namespace LeadLifecycle.Tests.Documentation;

/// <summary>The README's quickstart is compiled here: <see cref="Quickstart"/> holds the same code, and a test checks that
/// the README shows exactly that code, so the documented example always builds and runs.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Readme_QuickstartIsTheCodeCompiledHere()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var quickstart = QuickstartBlock().Match(readme);
        Assert.True(quickstart.Success, "README.md has no ## Quickstart section with a csharp block");
        var source = File.ReadAllText(Path.Combine(root, "tests", "LeadLifecycle.Tests", "Documentation", "Quickstart.cs"));
        var region = QuickstartRegion().Match(source);
        Assert.True(region.Success, "Quickstart.cs has no #region README");

        Assert.Equal(Normalize(region.Groups["code"].Value), Normalize(quickstart.Groups["code"].Value));
    }

    [Fact]
    public void Quickstart_Runs()
    {
        var output = new StringWriter();
        Quickstart.Run(output);

        Assert.Contains("Working - Contacted", output.ToString(), StringComparison.Ordinal);
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

    [GeneratedRegex(@"## Quickstart.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickstartBlock();

    [GeneratedRegex(@"#region README\n(?<code>.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex QuickstartRegion();
}
