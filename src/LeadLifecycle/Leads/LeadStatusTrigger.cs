namespace LeadLifecycle.Leads;

/// <summary>The verbs that change a lead's status.</summary>
public enum LeadStatusTrigger
{
    /// <summary>Sales got in touch: moves the lead to the process's contacted status (e.g. "Working - Contacted").</summary>
    MarkContacted = 1,

    /// <summary>Moves the lead to another open status that the process allows (e.g. "Nurturing").</summary>
    MoveTo = 2,

    /// <summary>Closes the lead without converting it, with a reason (e.g. "Closed - Not Converted").</summary>
    Disqualify = 3,

    /// <summary>Brings a disqualified lead back to an open status.</summary>
    Recycle = 4,

    /// <summary>Converts the lead; only lead conversion fires it, never a status change.</summary>
    Convert = 5,
}
