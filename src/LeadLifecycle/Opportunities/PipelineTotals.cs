namespace LeadLifecycle.Opportunities;

/// <summary>The totals of a group of opportunities in a pipeline summary.</summary>
/// <param name="Count">How many opportunities.</param>
/// <param name="Amount">The sum of their amounts; opportunities without one add nothing.</param>
/// <param name="ExpectedRevenue">The sum of their expected revenues (amount times probability).</param>
public readonly record struct PipelineTotals(int Count, decimal Amount, decimal ExpectedRevenue);
