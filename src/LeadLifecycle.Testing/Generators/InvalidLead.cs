using LeadLifecycle.Leads;

namespace LeadLifecycle.Testing;

/// <summary>A lead that breaks exactly one rule of a process, and which: <see cref="LeadWorkflow.Create"/> refuses it.</summary>
/// <remarks>Generate them with <see cref="LifecycleArbitraries.InvalidLeads"/>, to check that a pipeline refuses bad
/// input with a clear error and stores nothing.</remarks>
/// <param name="Lead">The lead.</param>
/// <param name="Field">The field that is wrong, e.g. <c>LastName</c> or <c>Status</c>.</param>
/// <param name="Problem">What is wrong with it, e.g. "LastName is empty".</param>
public sealed record InvalidLead(Lead Lead, string Field, string Problem)
{
    /// <summary>Gets the problem, which is what FsCheck prints for a counterexample.</summary>
    /// <returns><see cref="Problem"/>.</returns>
    public override string ToString() => Problem;
}
