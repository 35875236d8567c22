namespace LeadLifecycle.Leads;

/// <summary>The standard reasons Dynamics 365 gives for disqualifying a lead; any text is accepted.</summary>
public static class DisqualificationReasons
{
    /// <summary>The deal was lost.</summary>
    public const string Lost = "Lost";

    /// <summary>The lead cannot be reached.</summary>
    public const string CannotContact = "Cannot Contact";

    /// <summary>The lead is no longer interested.</summary>
    public const string NoLongerInterested = "No Longer Interested";

    /// <summary>The lead canceled.</summary>
    public const string Canceled = "Canceled";
}
