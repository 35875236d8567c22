using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Errors;

/// <summary>The stage needs fields the opportunity does not have (<see cref="ErrorCodes.StageRequiredFieldsMissing"/>).</summary>
public sealed class StageRequiredFieldsMissingError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="StageRequiredFieldsMissingError"/> class.</summary>
    /// <param name="stage">The stage that needs them.</param>
    /// <param name="missingFields">Exactly the required fields that hold no value.</param>
    public StageRequiredFieldsMissingError(string stage, IReadOnlyList<OpportunityField> missingFields)
        : base(ErrorCodes.StageRequiredFieldsMissing, $"Stage '{stage}' requires: {string.Join(", ", missingFields)}.")
    {
        Stage = stage;
        MissingFields = missingFields;
        AddMetadata((nameof(Stage), Stage), (nameof(MissingFields), MissingFields));
    }

    /// <summary>Gets the stage that needs the fields.</summary>
    public string Stage { get; }

    /// <summary>Gets exactly the required fields that hold no value.</summary>
    public IReadOnlyList<OpportunityField> MissingFields { get; }
}
