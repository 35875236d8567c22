using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Testing;

/// <summary>A sales process in plain data, so FsCheck can generate, shrink and print it; <see cref="Build"/> makes the
/// process.</summary>
/// <remarks>Generate them with <see cref="LifecycleArbitraries.SalesProcessSpecs"/>: 1 to 12 stages of every kind
/// (open, won, lost, inactive) with sort orders that may tie, every policy combination, and fields required from
/// random stages; only specs that build are generated, and shrinking keeps them so.</remarks>
/// <param name="Name">The process name.</param>
/// <param name="Stages">The stages, in the order they are added.</param>
/// <param name="Policy">The policy.</param>
/// <param name="Requirements">The fields required from given stages on.</param>
public sealed record SalesProcessSpec(
    string Name,
    IReadOnlyList<OpportunityStage> Stages,
    SalesProcessPolicy Policy,
    IReadOnlyList<StageRequirement> Requirements)
{
    /// <summary>Creates a builder configured with the spec, to add more before building.</summary>
    /// <returns>A builder.</returns>
    public SalesProcessBuilder ToBuilder()
    {
        var builder = new SalesProcessBuilder(Name).AddStages(Stages).WithPolicy(Policy);
        foreach (var requirement in Requirements)
        {
            builder.RequireFields(requirement.Stage, [.. requirement.Fields]);
        }

        return builder;
    }

    /// <summary>Builds the process, or reports why the spec is not a valid definition.</summary>
    /// <returns>The process, or the definition errors.</returns>
    public Result<SalesProcess> TryBuild() => ToBuilder().TryBuild();

    /// <summary>Builds the process.</summary>
    /// <returns>The sales process.</returns>
    /// <exception cref="InvalidDefinitionException">The spec is not a valid definition (generated specs always are).</exception>
    public SalesProcess Build() => ToBuilder().Build();

    /// <summary>Gets the spec in one line.</summary>
    /// <returns>The stages with their flags, the policy and the requirements.</returns>
    public override string ToString() =>
        $"{Name}: [{string.Join(", ", Stages.Select(Describe))}] {Policy} [{string.Join("; ", Requirements)}]";

    /// <summary>Simpler specs that still build, for shrinking: one stage fewer, one requirement fewer, one policy off.</summary>
    internal IEnumerable<SalesProcessSpec> Shrink()
    {
        var candidates = new List<SalesProcessSpec>();
        foreach (var stages in Shrinking.DropOne(Stages, keep: 1))
        {
            var names = stages.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            candidates.Add(this with { Stages = stages, Requirements = [.. Requirements.Where(r => names.Contains(r.Stage))] });
        }

        candidates.AddRange(Shrinking.DropOne(Requirements, keep: 0).Select(r => this with { Requirements = r }));
        if (Policy.ForwardOnly)
        {
            candidates.Add(this with { Policy = Policy with { ForwardOnly = false } });
        }

        if (Policy.NoSkipping)
        {
            candidates.Add(this with { Policy = Policy with { NoSkipping = false } });
        }

        if (Policy.LockClosed)
        {
            candidates.Add(this with { Policy = Policy with { LockClosed = false } });
        }

        if (Policy.RequireLossReason)
        {
            candidates.Add(this with { Policy = Policy with { RequireLossReason = false } });
        }

        return candidates.Where(c => c.TryBuild().IsSuccess);
    }

    private static string Describe(OpportunityStage stage) =>
        $"{stage.Name}({(stage.IsWon ? "won" : stage.IsClosed ? "lost" : "open")} {stage.Probability}%{(stage.IsActive ? string.Empty : " inactive")} #{stage.SortOrder})";
}
