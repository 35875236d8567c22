namespace LeadLifecycle.Errors;

/// <summary>The keys of <c>IError.Metadata</c> on the library's errors: each is the name of the error property that
/// carries the same detail.</summary>
/// <remarks>Every error stores every detail it carries under these keys, as a JSON-friendly value: a string (ids, enums
/// and dates as their text), a number, a bool, a <c>string[]</c> for lists, or null. A host can copy the metadata into a
/// response (for example ProblemDetails extensions) without a type switch. Which keys an error sets is listed by its
/// public properties.</remarks>
public static class ErrorMetadataKeys
{
    /// <summary>The stable error code (<see cref="LeadLifecycleError.Code"/>); on every error.</summary>
    public const string Code = nameof(Code);

    /// <summary>An account id: the earlier conversion's account, or the conversion's existing account.</summary>
    public const string AccountId = nameof(AccountId);

    /// <summary>The status or stage a replayed event starts from.</summary>
    public const string ActualFrom = nameof(ActualFrom);

    /// <summary>The lead a replayed event belongs to, when it is not the lead being rebuilt.</summary>
    public const string ActualLeadId = nameof(ActualLeadId);

    /// <summary>The length of a text value that is too long.</summary>
    public const string ActualLength = nameof(ActualLength);

    /// <summary>The transitions permitted from the lead's status, each as <c>Trigger -&gt; Status</c> (<c>string[]</c>).</summary>
    public const string AllowedTransitions = nameof(AllowedTransitions);

    /// <summary>The stages a closing verb may choose from (<c>string[]</c>).</summary>
    public const string Candidates = nameof(Candidates);

    /// <summary>The column (field) of an imported record, as the file spells it.</summary>
    public const string Column = nameof(Column);

    /// <summary>The account an existing contact belongs to.</summary>
    public const string ContactAccountId = nameof(ContactAccountId);

    /// <summary>A contact id: the earlier conversion's contact, or the conversion's existing contact.</summary>
    public const string ContactId = nameof(ContactId);

    /// <summary>The converted statuses of the lead process (<c>string[]</c>).</summary>
    public const string ConvertedStatuses = nameof(ConvertedStatuses);

    /// <summary>The values of a definition marked as default (<c>string[]</c>).</summary>
    public const string Defaults = nameof(Defaults);

    /// <summary>The name of an invalid definition (lead process, stage set, sales process, field mapping).</summary>
    public const string Definition = nameof(Definition);

    /// <summary>What is wrong, in words.</summary>
    public const string Detail = nameof(Detail);

    /// <summary>What an imported field needs, in words.</summary>
    public const string Expected = nameof(Expected);

    /// <summary>The version a change started from, which the stored record no longer has.</summary>
    public const string ExpectedVersion = nameof(ExpectedVersion);

    /// <summary>The status or stage a record is in when a replayed event does not start there.</summary>
    public const string ExpectedFrom = nameof(ExpectedFrom);

    /// <summary>The lead being rebuilt when a replayed event belongs to another.</summary>
    public const string ExpectedLeadId = nameof(ExpectedLeadId);

    /// <summary>A field's name, e.g. <c>LastName</c>.</summary>
    public const string Field = nameof(Field);

    /// <summary>A file's path or name.</summary>
    public const string File = nameof(File);

    /// <summary>The 1-based line where a repeated entry of a metadata file first appears.</summary>
    public const string FirstLine = nameof(FirstLine);

    /// <summary>The stage an opportunity is in.</summary>
    public const string FromStage = nameof(FromStage);

    /// <summary>The status a lead is in.</summary>
    public const string FromStatus = nameof(FromStatus);

    /// <summary>The zero-based position of a replayed event.</summary>
    public const string Index = nameof(Index);

    /// <summary>A label as a metadata file writes it, where an API name was expected.</summary>
    public const string Label = nameof(Label);

    /// <summary>The lead's id.</summary>
    public const string LeadId = nameof(LeadId);

    /// <summary>The name of the option that sets an exceeded limit, e.g. <c>MaxDepth</c>.</summary>
    public const string Limit = nameof(Limit);

    /// <summary>A 1-based line in a file; 0 when the whole file is concerned or the line is unknown.</summary>
    public const string Line = nameof(Line);

    /// <summary>A conversion field mapping, as <c>LeadField -&gt; Target.TargetField</c>.</summary>
    public const string Mapping = nameof(Mapping);

    /// <summary>The existing accounts a new account would duplicate (<c>string[]</c> of ids).</summary>
    public const string MatchingAccounts = nameof(MatchingAccounts);

    /// <summary>The existing contacts a new contact would duplicate (<c>string[]</c> of ids).</summary>
    public const string MatchingContacts = nameof(MatchingContacts);

    /// <summary>The value of an exceeded limit.</summary>
    public const string Maximum = nameof(Maximum);

    /// <summary>A field's limit in characters.</summary>
    public const string MaxLength = nameof(MaxLength);

    /// <summary>The kind of stage a sales process lacks.</summary>
    public const string Missing = nameof(Missing);

    /// <summary>The fields a stage requires that hold no value (<c>string[]</c>).</summary>
    public const string MissingFields = nameof(MissingFields);

    /// <summary>The readiness signal the converter's policy needs (a <c>ConversionReadiness</c> name).</summary>
    public const string MissingSignal = nameof(MissingSignal);

    /// <summary>What a locked closed opportunity refused, e.g. <c>Reopen</c>.</summary>
    public const string Operation = nameof(Operation);

    /// <summary>The account an existing opportunity belongs to.</summary>
    public const string OpportunityAccountId = nameof(OpportunityAccountId);

    /// <summary>An opportunity id.</summary>
    public const string OpportunityId = nameof(OpportunityId);

    /// <summary>A new opportunity's name given in a conversion request.</summary>
    public const string OpportunityName = nameof(OpportunityName);

    /// <summary>The JSON path of an offending value, e.g. <c>$.customFields</c>.</summary>
    public const string Path = nameof(Path);

    /// <summary>The stages a verb may lead to from the opportunity's stage (<c>string[]</c>).</summary>
    public const string PermittedStages = nameof(PermittedStages);

    /// <summary>The stage transitions permitted from the opportunity's stage (<c>string[]</c>, each "Trigger 'Stage'").</summary>
    public const string PermittedTransitions = nameof(PermittedTransitions);

    /// <summary>The name of a lead process or sales process.</summary>
    public const string Process = nameof(Process);

    /// <summary>The queue that owns a lead.</summary>
    public const string QueueId = nameof(QueueId);

    /// <summary>Why a stage transition is impossible, in words.</summary>
    public const string Reason = nameof(Reason);

    /// <summary>The id of a record a store could not save.</summary>
    public const string RecordId = nameof(RecordId);

    /// <summary>The type of a record a store could not save: <c>Lead</c>, <c>Account</c>, <c>Contact</c> or <c>Opportunity</c>.</summary>
    public const string RecordType = nameof(RecordType);

    /// <summary>The conversion request property that conflicts with the org's opportunity creation setting.</summary>
    public const string RequestField = nameof(RequestField);

    /// <summary>The 1-based record number in an imported file, the header not counted.</summary>
    public const string Row = nameof(Row);

    /// <summary>What a field's value must satisfy, in words.</summary>
    public const string Rule = nameof(Rule);

    /// <summary>The org's opportunity creation setting (<c>NotVisible</c>, <c>VisibleRequired</c>).</summary>
    public const string Setting = nameof(Setting);

    /// <summary>The open stages a change would pass over, in order (<c>string[]</c>).</summary>
    public const string SkippedStages = nameof(SkippedStages);

    /// <summary>The open statuses a lead status change would pass over, in order (<c>string[]</c>).</summary>
    public const string SkippedStatuses = nameof(SkippedStatuses);

    /// <summary>The file an imported record comes from.</summary>
    public const string Source = nameof(Source);

    /// <summary>A stage name.</summary>
    public const string Stage = nameof(Stage);

    /// <summary>A status name.</summary>
    public const string Status = nameof(Status);

    /// <summary>Whether the status asked for is a converted status, which only conversion enters (bool).</summary>
    public const string ToConvertedStatus = nameof(ToConvertedStatus);

    /// <summary>The stage asked for.</summary>
    public const string ToStage = nameof(ToStage);

    /// <summary>The status asked for.</summary>
    public const string ToStatus = nameof(ToStatus);

    /// <summary>A lead process transition, as <c>Trigger: From -&gt; To</c>.</summary>
    public const string Transition = nameof(Transition);

    /// <summary>The attempted verb (a <c>LeadStatusTrigger</c> or <c>OpportunityStageTrigger</c> name).</summary>
    public const string Trigger = nameof(Trigger);

    /// <summary>The descriptions of the guards that were not met (<c>string[]</c>).</summary>
    public const string UnmetGuards = nameof(UnmetGuards);

    /// <summary>The offending value, as text.</summary>
    public const string Value = nameof(Value);

    /// <summary>What kind of value a definition error is about: <c>Status</c>, <c>Stage</c>, <c>Transition</c> or <c>FieldMapping</c>.</summary>
    public const string ValueKind = nameof(ValueKind);
}
