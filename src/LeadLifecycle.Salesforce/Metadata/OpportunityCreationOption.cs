namespace LeadLifecycle.Salesforce;

/// <summary>Whether lead conversion creates an opportunity, as an org's lead conversion settings say
/// (<c>opportunityCreationOptions</c>).</summary>
public enum OpportunityCreationOption
{
    /// <summary>Created unless the request opts out (Salesforce's default, <c>VisibleOptional</c>).</summary>
    Optional = 1,

    /// <summary>Always created (<c>VisibleRequired</c>).</summary>
    Required = 2,

    /// <summary>Never created (<c>NotVisible</c>).</summary>
    Never = 3,
}
