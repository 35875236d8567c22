namespace LeadLifecycle.Salesforce;

/// <summary>What a definition in a Salesforce source folder is, for <see cref="BrokenDefinition"/>.</summary>
public enum SalesforceDefinitionKind
{
    /// <summary>The <c>LeadStatus</c> standard value set (and the "Master" lead process read from it).</summary>
    LeadStatusValueSet = 1,

    /// <summary>The <c>LeadSource</c> standard value set.</summary>
    LeadSourceValueSet = 2,

    /// <summary>The <c>OpportunityStage</c> standard value set (and the "Master" sales process read from it).</summary>
    OpportunityStageValueSet = 3,

    /// <summary>A Lead business process (a lead process).</summary>
    LeadBusinessProcess = 4,

    /// <summary>An Opportunity business process (a sales process).</summary>
    SalesBusinessProcess = 5,

    /// <summary>The lead conversion settings.</summary>
    LeadConvertSettings = 6,
}
