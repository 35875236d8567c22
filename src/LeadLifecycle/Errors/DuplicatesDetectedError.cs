namespace LeadLifecycle.Errors;

/// <summary>The new account or contact of a conversion matches existing records (<see cref="ErrorCodes.DuplicatesDetected"/>).</summary>
public sealed class DuplicatesDetectedError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="DuplicatesDetectedError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    /// <param name="matchingAccounts">The existing accounts the new account would duplicate.</param>
    /// <param name="matchingContacts">The existing contacts the new contact would duplicate.</param>
    public DuplicatesDetectedError(LeadId leadId, IReadOnlyList<AccountId> matchingAccounts, IReadOnlyList<ContactId> matchingContacts)
        : base(ErrorCodes.DuplicatesDetected, $"Converting lead {leadId} would duplicate {matchingAccounts.Count} account(s) and {matchingContacts.Count} contact(s): link them or allow duplicates.")
    {
        LeadId = leadId;
        MatchingAccounts = matchingAccounts;
        MatchingContacts = matchingContacts;
        AddMetadata((nameof(LeadId), LeadId), (nameof(MatchingAccounts), MatchingAccounts), (nameof(MatchingContacts), MatchingContacts));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the existing accounts the new account would duplicate.</summary>
    public IReadOnlyList<AccountId> MatchingAccounts { get; }

    /// <summary>Gets the existing contacts the new contact would duplicate.</summary>
    public IReadOnlyList<ContactId> MatchingContacts { get; }
}
