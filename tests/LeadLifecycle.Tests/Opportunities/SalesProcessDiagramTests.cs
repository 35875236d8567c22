using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.Opportunities;

public class SalesProcessDiagramTests
{
    private static SalesProcess Small(SalesProcessPolicy policy) => new SalesProcessBuilder("Small")
        .AddOpenStage("Discovery", 10)
        .AddOpenStage("Proposal", 50)
        .AddWonStage("Won")
        .AddLostStage("Lost")
        .WithPolicy(policy)
        .RequireFields("Proposal", OpportunityField.Amount)
        .Build();

    [Fact]
    public void ToMermaidGraph_ShowsEveryStageAndVerb_WithUnixLineEndings()
    {
        var mermaid = Small(SalesProcessPolicy.FreeMovement).ToMermaidGraph();
        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", mermaid, StringComparison.Ordinal);
        foreach (var text in new[] { "Discovery", "Proposal", "Won", "Lost", "MoveTo", "Advance", "CloseAsWon", "CloseAsLost", "Reopen", "Amount is required in 'Proposal'" })
        {
            Assert.Contains(text, mermaid, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToDotGraph_FollowsThePolicy()
    {
        var free = Small(SalesProcessPolicy.FreeMovement).ToDotGraph();
        var locked = Small(new SalesProcessPolicy { LockClosed = true }).ToDotGraph();
        Assert.StartsWith("digraph", free, StringComparison.Ordinal);
        Assert.Contains("Reopen", free, StringComparison.Ordinal);
        Assert.DoesNotContain("Reopen", locked, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_HasOneEdgePerPermittedStageTransition()
    {
        var process = Small(new SalesProcessPolicy { ForwardOnly = true });
        var permitted = process.Stages.Sum(s => process.GetPermittedStageTransitions(s.Name).Count);
        var edges = process.ToMermaidGraph().Split('\n').Count(line => line.Contains(" --> ", StringComparison.Ordinal) && !line.Contains("[*]", StringComparison.Ordinal));
        Assert.Equal(permitted, edges);
    }
}
