namespace LeadLifecycle.Leads;

/// <summary>A condition a lead must meet for a transition, with the description shown when it is not met.</summary>
/// <remarks>The predicate must be pure and thread-safe: it runs on every check and transition.</remarks>
public sealed class LeadTransitionGuard
{
    private readonly Func<Lead, bool> _predicate;

    /// <summary>Initializes a new instance of the <see cref="LeadTransitionGuard"/> class.</summary>
    /// <param name="description">What the guard requires, e.g. "lead has an email address".</param>
    /// <param name="predicate">Returns true when the lead meets the guard.</param>
    public LeadTransitionGuard(string description, Func<Lead, bool> predicate)
    {
        Description = Preconditions.NotBlank(description);
        _predicate = Preconditions.NotNull(predicate);
    }

    /// <summary>Gets what the guard requires.</summary>
    public string Description { get; }

    /// <summary>Tells whether a lead meets the guard.</summary>
    /// <param name="lead">The lead.</param>
    /// <returns>True when the lead meets it.</returns>
    public bool IsMet(Lead lead) => _predicate(lead);
}
