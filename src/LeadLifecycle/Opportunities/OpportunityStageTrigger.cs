namespace LeadLifecycle.Opportunities;

/// <summary>The verbs that move an opportunity along its sales process's stages: the triggers of its stage transitions (and of the Stateless model drawn for the diagrams).</summary>
public enum OpportunityStageTrigger
{
    /// <summary>Moves an open opportunity to another open stage.</summary>
    MoveTo = 1,

    /// <summary>Moves an open opportunity to the next open stage of its sales process.</summary>
    Advance = 2,

    /// <summary>Closes an open opportunity as won, in a won stage.</summary>
    CloseAsWon = 3,

    /// <summary>Closes an open opportunity as lost, in a closed stage that is not won.</summary>
    CloseAsLost = 4,

    /// <summary>Brings a closed opportunity back to an open stage.</summary>
    Reopen = 5,

    /// <summary>Moves a closed opportunity straight to another closed stage (e.g. Closed Lost to Closed Won), as
    /// setting Salesforce's StageName can; <see cref="OpportunityWorkflow.ChangeStage"/> uses it for closed-to-closed
    /// changes.</summary>
    ChangeClosedStage = 6,
}
