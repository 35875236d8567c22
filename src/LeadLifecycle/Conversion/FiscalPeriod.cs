namespace LeadLifecycle.Conversion;

/// <summary>One period of a custom fiscal year, first and last day included.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
public sealed record FiscalPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>Tells whether the period holds a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <paramref name="date"/> is between <see cref="Start"/> and <see cref="End"/>, both included.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
