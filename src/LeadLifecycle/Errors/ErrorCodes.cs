namespace LeadLifecycle.Errors;

/// <summary>The stable codes of every error the library returns; they never change between versions.</summary>
/// <remarks>Where Salesforce has a status code for the same failure, the code is Salesforce's.</remarks>
public static class ErrorCodes
{
    /// <summary>A required field has no value (Salesforce's code).</summary>
    public const string RequiredFieldMissing = "REQUIRED_FIELD_MISSING";

    /// <summary>A text field is longer than its limit (Salesforce's code).</summary>
    public const string StringTooLong = "STRING_TOO_LONG";

    /// <summary>An email address is not valid (Salesforce's code).</summary>
    public const string InvalidEmailAddress = "INVALID_EMAIL_ADDRESS";

    /// <summary>A field holds a value outside its allowed range.</summary>
    public const string InvalidFieldValue = "INVALID_FIELD_VALUE";

    /// <summary>A status is not part of the lead process.</summary>
    public const string UnknownLeadStatus = "UNKNOWN_LEAD_STATUS";

    /// <summary>The lead is converted and can no longer change (Salesforce's code).</summary>
    public const string CannotUpdateConvertedLead = "CANNOT_UPDATE_CONVERTED_LEAD";

    /// <summary>The lead process does not allow this status change from the lead's status.</summary>
    public const string LeadTransitionNotPermitted = "LEAD_TRANSITION_NOT_PERMITTED";

    /// <summary>Disqualifying a lead needs a reason.</summary>
    public const string DisqualificationReasonRequired = "DISQUALIFICATION_REASON_REQUIRED";

    /// <summary>A replayed event does not start from the status the lead is in.</summary>
    public const string EventOutOfSequence = "EVENT_OUT_OF_SEQUENCE";

    /// <summary>JSON could not be read: malformed, or a value of the wrong type.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A definition (lead process, stage set, sales process) has two values with the same name.</summary>
    public const string DuplicateValue = "DEFINITION_DUPLICATE_VALUE";

    /// <summary>A definition has no default value, or more than one.</summary>
    public const string DefaultValueCount = "DEFINITION_DEFAULT_VALUE_COUNT";

    /// <summary>A definition's default value cannot be a default (converted, closed or inactive).</summary>
    public const string DefaultValueNotOpenAndActive = "DEFINITION_INVALID_DEFAULT_VALUE";

    /// <summary>A lead process has no converted status.</summary>
    public const string ProcessWithoutConvertedStatus = "DEFINITION_NO_CONVERTED_STATUS";

    /// <summary>A definition names a value that its value set does not hold.</summary>
    public const string UnknownValue = "DEFINITION_UNKNOWN_VALUE";

    /// <summary>A definition's value is inconsistent in itself (e.g. converted but not closed, won but not closed).</summary>
    public const string InconsistentDefinitionValue = "DEFINITION_INVALID_VALUE";

    /// <summary>A transition in a definition is not possible (e.g. into a converted status by a status change).</summary>
    public const string InvalidTransition = "DEFINITION_INVALID_TRANSITION";

    /// <summary>The converted status of a conversion does not carry the converted flag (Salesforce's code).</summary>
    public const string InvalidConvertedStatus = "INVALID_STATUS";

    /// <summary>A conversion names an existing contact but no existing account.</summary>
    public const string ContactRequiresAccount = "CONVERSION_CONTACT_REQUIRES_ACCOUNT";

    /// <summary>A conversion's existing contact does not belong to its existing account.</summary>
    public const string ContactNotOnAccount = "CONVERSION_CONTACT_NOT_ON_ACCOUNT";

    /// <summary>A conversion names an existing opportunity but no existing account.</summary>
    public const string OpportunityRequiresAccount = "CONVERSION_OPPORTUNITY_REQUIRES_ACCOUNT";

    /// <summary>A conversion request conflicts with the org's opportunity creation setting.</summary>
    public const string OpportunityCreationConflict = "CONVERSION_OPPORTUNITY_CREATION_CONFLICT";

    /// <summary>A conversion into an existing person account also names an existing contact.</summary>
    public const string PersonAccountContact = "CONVERSION_PERSON_ACCOUNT_CONTACT";

    /// <summary>A conversion's existing opportunity does not belong to its existing account.</summary>
    public const string OpportunityNotOnAccount = "CONVERSION_OPPORTUNITY_NOT_ON_ACCOUNT";

    /// <summary>A conversion gives both an existing opportunity and a new opportunity's name.</summary>
    public const string OpportunityIdAndName = "CONVERSION_OPPORTUNITY_ID_AND_NAME";

    /// <summary>A conversion asks for no opportunity but gives an existing opportunity or a name.</summary>
    public const string OpportunityNotWanted = "CONVERSION_OPPORTUNITY_NOT_WANTED";

    /// <summary>A conversion asks to overwrite the lead source without an existing contact.</summary>
    public const string OverwriteLeadSourceRequiresContact = "CONVERSION_OVERWRITE_LEAD_SOURCE_REQUIRES_CONTACT";

    /// <summary>A lead owned by a queue is converted without an owner for the new records.</summary>
    public const string OwnerRequired = "CONVERSION_OWNER_REQUIRED";

    /// <summary>The converter's readiness policy needs a signal the lead has not given.</summary>
    public const string ReadinessSignalMissing = "CONVERSION_READINESS_SIGNAL_MISSING";

    /// <summary>The new account or contact matches existing records (Salesforce's code).</summary>
    public const string DuplicatesDetected = "DUPLICATES_DETECTED";

    /// <summary>A store found the record changed since the version a change started from (optimistic concurrency).</summary>
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    /// <summary>A stage is not part of the sales process.</summary>
    public const string UnknownOpportunityStage = "UNKNOWN_OPPORTUNITY_STAGE";

    /// <summary>The verb cannot lead from the opportunity's stage to the stage asked for, whatever the policy.</summary>
    public const string StageTransitionNotPermitted = "STAGE_TRANSITION_NOT_PERMITTED";

    /// <summary>A new opportunity would start in a sales process without an active open stage.</summary>
    public const string NoOpenStage = "SALES_PROCESS_NO_OPEN_STAGE";

    /// <summary>The sales process (or lead process) is forward-only and the change would move the record back.</summary>
    public const string BackwardStageMove = "STAGE_MOVE_BACKWARD_NOT_ALLOWED";

    /// <summary>The sales process (or lead process) forbids skipping and the change would pass over open stages (statuses).</summary>
    public const string StageSkip = "STAGE_SKIP_NOT_ALLOWED";

    /// <summary>The sales process locks closed opportunities.</summary>
    public const string ClosedOpportunityLocked = "CLOSED_OPPORTUNITY_LOCKED";

    /// <summary>The stage needs fields the opportunity does not have.</summary>
    public const string StageRequiredFieldsMissing = "STAGE_REQUIRED_FIELDS_MISSING";

    /// <summary>Closing an opportunity as lost needs a loss reason.</summary>
    public const string LossReasonRequired = "LOSS_REASON_REQUIRED";

    /// <summary>The sales process has several won (or lost) stages and the caller named none.</summary>
    public const string ClosingStageRequired = "CLOSING_STAGE_REQUIRED";

    /// <summary>The sales process locks the probability and forecast category of closed opportunities.</summary>
    public const string ProbabilityOverrideNotAllowed = "PROBABILITY_OVERRIDE_NOT_ALLOWED";

    /// <summary>A sales process lacks a kind of stage it needs (an open, a won or a lost stage).</summary>
    public const string RequiredStageMissing = "DEFINITION_REQUIRED_STAGE_MISSING";

    /// <summary>A status change targets a converted status, or fires Convert: only lead conversion converts.</summary>
    public const string LeadConversionRequired = "LEAD_CONVERSION_REQUIRED";

    /// <summary>Recycling starts from a closed (disqualified) status, and the lead is not in one.</summary>
    public const string RecycleRequiresDisqualifiedStatus = "LEAD_RECYCLE_REQUIRES_DISQUALIFIED_STATUS";

    /// <summary>A replayed event belongs to another record than the one being rebuilt.</summary>
    public const string EventForAnotherRecord = "EVENT_FOR_ANOTHER_RECORD";

    /// <summary>A replayed Convert event does not carry the conversion's records (account, contact, date).</summary>
    public const string ConversionEventIncomplete = "EVENT_CONVERSION_DATA_MISSING";
}
