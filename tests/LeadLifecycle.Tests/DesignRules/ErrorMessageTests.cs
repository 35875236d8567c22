using LeadLifecycle.Conversion;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Tests.DesignRules;

/// <summary>CONTRIBUTING.md rule 4: messages say what is allowed or what to call instead.</summary>
public sealed class ErrorMessageTests
{
    [Fact]
    public void LeadTransitionNotPermitted_ListsTheAllowedTransitions()
    {
        var error = new LeadTransitionNotPermittedError(
            "Open - Not Contacted", LeadStatusTrigger.Recycle, "Working - Contacted", [],
            allowedTransitions: ["MarkContacted -> Working - Contacted", "Disqualify -> Closed - Not Converted"]);

        Assert.Contains("Allowed from 'Open - Not Contacted': MarkContacted -> Working - Contacted, Disqualify -> Closed - Not Converted.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["MarkContacted -> Working - Contacted", "Disqualify -> Closed - Not Converted"], error.AllowedTransitions);
    }

    [Fact]
    public void LeadTransitionNotPermitted_IntoAConvertedStatus_NamesLeadConverterConvert()
    {
        var error = new LeadTransitionNotPermittedError("Working - Contacted", LeadStatusTrigger.MoveTo, "Closed - Converted", [], toConvertedStatus: true);

        Assert.Contains("call LeadConverter.Convert", error.Message, StringComparison.Ordinal);
        Assert.True(error.ToConvertedStatus);
    }

    [Fact]
    public void LeadTransitionNotPermitted_ForRecycle_SaysRecyclingStartsFromAClosedStatus()
    {
        var error = new LeadTransitionNotPermittedError("Working - Contacted", LeadStatusTrigger.Recycle, "Open - Not Contacted", []);

        Assert.Contains("Recycling starts from a closed status", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadTransitionNotPermitted_WithoutAList_SaysNothingAboutAllowedMoves()
    {
        var error = new LeadTransitionNotPermittedError("A", LeadStatusTrigger.MoveTo, "B", ["lead has an email address"]);

        Assert.Equal("MoveTo to 'B' is not permitted from status 'A': unmet guards: lead has an email address.", error.Message);
        Assert.Empty(error.AllowedTransitions);
    }

    [Theory]
    [InlineData(ConversionReadiness.InterestShown, "LeadWorkflow.RecordInterestShown")]
    [InlineData(ConversionReadiness.MeetingAgreed, "LeadWorkflow.RecordMeetingAgreed")]
    [InlineData(ConversionReadiness.PricingAgreed, "LeadWorkflow.RecordPricingAgreed")]
    public void ReadinessSignalMissing_NamesTheVerbThatRecordsTheSignal(ConversionReadiness signal, string verb)
    {
        var error = new ReadinessSignalMissingError(new LeadId("00Q1"), signal);

        Assert.Contains(verb, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageRefusals_ListThePermittedStages()
    {
        IReadOnlyList<string> permitted = ["Qualification", "Closed Lost"];

        var errors = new LeadLifecycleError[]
        {
            new BackwardStageMoveError("Qualification", OpportunityStageTrigger.MoveTo, "Prospecting", permitted),
            new StageSkipError("Prospecting", OpportunityStageTrigger.MoveTo, "Needs Analysis", ["Qualification"], permitted),
        };

        Assert.All(errors, e => Assert.EndsWith("Permitted from here: 'Qualification', 'Closed Lost'.", e.Message, StringComparison.Ordinal));
        var transition = new StageTransitionNotPermittedError("Prospecting", OpportunityStageTrigger.MoveTo, "Closed Won", "a closed stage is entered by closing",
            [new PermittedStageTransition(OpportunityStageTrigger.MoveTo, "Qualification"), new PermittedStageTransition(OpportunityStageTrigger.CloseAsLost, "Closed Lost")]);
        Assert.EndsWith("Permitted from there: MoveTo 'Qualification', CloseAsLost 'Closed Lost'.", transition.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestedStatusNotConverted_NamesTheConvertedStatuses()
    {
        var error = new RequestedStatusNotConvertedError("Working - Contacted", "Classic", ["Closed - Converted"]);

        Assert.Contains("name one of 'Closed - Converted'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorNames_SayTheDifference_DefinitionErrorsAreDefinitionErrors()
    {
        Assert.True(typeof(DefinitionError).IsAssignableFrom(typeof(ProcessWithoutConvertedStatusError)));
        Assert.True(typeof(DefinitionError).IsAssignableFrom(typeof(InconsistentDefinitionValueError)));
        Assert.True(typeof(DefinitionError).IsAssignableFrom(typeof(DefaultValueNotOpenAndActiveError)));
        Assert.False(typeof(DefinitionError).IsAssignableFrom(typeof(RequestedStatusNotConvertedError)));
        Assert.False(typeof(DefinitionError).IsAssignableFrom(typeof(InvalidFieldValueError)));
    }
}
