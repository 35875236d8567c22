namespace LeadLifecycle.Opportunities;

/// <summary>The verbs that change an opportunity's stage.</summary>
public enum OpportunityStageTrigger
{
    /// <summary>Moves an open opportunity to another open stage.</summary>
    MoveTo = 1,

    /// <summary>Moves an open opportunity to the next open stage of its sales process.</summary>
    Advance = 2,

    /// <summary>Closes an open opportunity as won, in a won stage.</summary>
    CloseAsWon = 3,

    /// <summary>Closes an open opportunity as lost, in a closed stage that is not won, with a reason.</summary>
    CloseAsLost = 4,

    /// <summary>Brings a closed opportunity back to an open stage.</summary>
    Reopen = 5,
}
