using LeadLifecycle.Errors;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Opportunities;

/// <summary>Issue 10's opportunity repros: no success path leads to a later crash, and verbs refuse inconsistent
/// records with typed errors naming the field.</summary>
public class OpportunityHostileInputTests
{
    private readonly FakeTimeProvider _clock = OpportunityTestSupport.Clock();
    private readonly OpportunityWorkflow _workflow;

    public OpportunityHostileInputTests() => _workflow = OpportunityTestSupport.Workflow(SalesProcess.SalesforceDefault, _clock);

    [Fact]
    public void Create_WithAmountDecimalMaxValue_FailsWithInvalidFieldValueNamingAmount()
    {
        var error = _workflow.Create(new Opportunity { Name = "Huge", Amount = decimal.MaxValue, CloseDate = OpportunityTestSupport.CloseDate })
            .SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal("Amount", error.Field);
        Assert.Contains("9,999,999,999,999,999.99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999999999999999.99", true)]
    [InlineData("-9999999999999999.99", true)]
    [InlineData("10000000000000000.00", false)]
    [InlineData("-10000000000000000.00", false)]
    public void Amounts_AreAcceptedUpToSalesforcesCurrencyLimit(string amount, bool accepted)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(accepted, _workflow.Create(new Opportunity { Name = "Edge", Amount = value, CloseDate = OpportunityTestSupport.CloseDate }).IsSuccess);
        Assert.Equal(accepted, _workflow.CanChangeAmount(_workflow.Created(), value));
        Assert.Equal(accepted, _workflow.ChangeAmount(_workflow.Created(), value).IsSuccess);
    }

    [Fact]
    public void TheLargestAcceptedAmounts_NeverOverflow_ExpectedRevenueOrThePipelineSummary()
    {
        var won = _workflow.CloseAsWon(_workflow.Created(amount: OpportunityFieldLimits.MaxAmount)).Ok().Opportunity;
        var negative = _workflow.Created(amount: -OpportunityFieldLimits.MaxAmount);

        Assert.Equal(OpportunityFieldLimits.MaxAmount, won.ExpectedRevenue);
        var summary = PipelineSummary.Create(SalesProcess.SalesforceDefault, Enumerable.Repeat(won, 100_000).Append(negative).ToArray());

        Assert.Equal(OpportunityFieldLimits.MaxAmount * 100_000m - OpportunityFieldLimits.MaxAmount, summary.Total.Amount);
        Assert.Equal(OpportunityFieldLimits.MaxAmount * 100_000m - 999_999_999_999_999.999m, summary.Total.ExpectedRevenue, 2);
        Assert.Contains("\"amount\":9999999999999999.99", LeadLifecycleJson.Serialize(won), StringComparison.Ordinal);
    }

    [Fact]
    public void AHandBuiltRecordWithAmountDecimalMaxValue_CrashesNothing_AndEveryVerbRefusesIt()
    {
        var huge = _workflow.Created() with { Amount = decimal.MaxValue };

        Assert.Null(huge.ExpectedRevenue);
        Assert.Contains("\"amount\":79228162514264337593543950335", LeadLifecycleJson.Serialize(huge), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PipelineSummary.Create(SalesProcess.SalesforceDefault, [huge]));
        Assert.False(_workflow.CanMoveTo(huge, "Qualification"));
        Assert.Equal("Amount", _workflow.MoveTo(huge, "Qualification").SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal("Amount", _workflow.OverrideProbability(huge, 20).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal(100m, _workflow.ChangeAmount(huge, 100m).Ok().Opportunity.Amount);
    }

    [Fact]
    public void ARecordWithProbability150_IsRefusedByTheVerbs_NamingProbability()
    {
        var odd = _workflow.Created(amount: 100m) with { Probability = 150 };

        Assert.Null(odd.ExpectedRevenue);
        Assert.False(_workflow.CanAdvance(odd));
        Assert.Equal("Probability", _workflow.Advance(odd).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal("Probability", _workflow.CloseAsWon(odd).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Equal(40, _workflow.OverrideProbability(odd, 40).Ok().Opportunity.Probability);
    }

    [Fact]
    public void AWonButOpenRecord_IsRefusedByTheVerbs_NamingIsWon()
    {
        var forged = _workflow.Created() with { IsWon = true };

        Assert.False(_workflow.CanCloseAsWon(forged));
        var error = _workflow.CloseAsWon(forged).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue);
        Assert.Equal(("IsWon", "True"), (error.Field, error.Value));
        Assert.Contains("'Prospecting'", error.Message, StringComparison.Ordinal);
        Assert.Equal("IsWon", _workflow.ChangeAmount(forged, 5m).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
        Assert.Empty(_workflow.GetPermittedStageTransitions(forged));
    }

    [Fact]
    public void AClosedLostRecordMarkedOpen_IsRefused_NamingIsClosed()
    {
        var lost = _workflow.CloseAsLost(_workflow.Created()).Ok().Opportunity with { IsClosed = false };
        Assert.Equal("IsClosed", _workflow.Reopen(lost).SingleError<InvalidFieldValueError>(ErrorCodes.InvalidFieldValue).Field);
    }

    [Fact]
    public void JsonThatOmitsTheCloseDate_GivesARecordTheStageVerbsRefuseWithRequiredFieldMissing_AndChangeCloseDateRepairs()
    {
        var read = LeadLifecycleJson.DeserializeOpportunity("{\"name\":\"Deal\",\"stage\":\"Prospecting\",\"probability\":10}", SalesProcess.SalesforceDefault).Value;

        string[] fields = ["CloseDate"];
        Assert.Equal(fields, Fields(_workflow.MoveTo(read, "Qualification")));
        Assert.Equal(fields, Fields(_workflow.ChangeAmount(read, 5m)));
        Assert.True(_workflow.CanChangeCloseDate(read, OpportunityTestSupport.CloseDate));
        Assert.True(_workflow.MoveTo(_workflow.ChangeCloseDate(read, OpportunityTestSupport.CloseDate).Ok().Opportunity, "Qualification").IsSuccess);
    }

    [Fact]
    public void ARecordWithANullHistory_IsRefusedNamingHistory_NotNullReferenceException()
    {
        var broken = _workflow.Created() with { History = null!, CustomFields = null! };
        Assert.Equal(["History", "CustomFields"], Fields(_workflow.MoveTo(broken, "Qualification")));
        Assert.Equal(["History", "CustomFields"], Fields(_workflow.ChangeAmount(broken, 5m)));
        Assert.False(_workflow.CanReopen(broken));
    }

    [Fact]
    public void ARecordWithoutCloseDate_IsRefusedByStageVerbs_AndRepairedByChangeCloseDate()
    {
        var undated = _workflow.Created() with { CloseDate = null };

        Assert.Equal("CloseDate", _workflow.Advance(undated).SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing).Field);
        var dated = _workflow.ChangeCloseDate(undated, new DateOnly(2026, 12, 31)).Ok().Opportunity;
        Assert.True(_workflow.Advance(dated).IsSuccess);
    }

    [Fact]
    public void ARecordWithANullStage_IsRefusedWithRequiredFieldMissing_NotArgumentNullException()
    {
        var stageless = _workflow.Created() with { Stage = null! };
        Assert.False(_workflow.CanMoveTo(stageless, "Qualification"));
        Assert.Equal("Stage", _workflow.MoveTo(stageless, "Qualification").SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing).Field);
        Assert.Equal("Stage", _workflow.ChangeAmount(stageless, 1m).SingleError<RequiredFieldMissingError>(ErrorCodes.RequiredFieldMissing).Field);
        Assert.Empty(_workflow.GetPermittedStageTransitions(stageless));
    }

    [Fact]
    public void ARecordWithTenMillionCharacterDescription_IsRefusedByTheVerbs_WithStringTooLong()
    {
        var bloated = _workflow.Created() with { Description = new string('d', 10_000_000) };
        var error = _workflow.MoveTo(bloated, "Qualification").SingleError<StringTooLongError>(ErrorCodes.StringTooLong);
        Assert.Equal(("Description", 10_000_000), (error.Field, error.ActualLength));
    }

    [Theory]
    [InlineData("333.33", 10, "33.33")]
    [InlineData("0.05", 10, "0.01")]
    [InlineData("-0.05", 10, "-0.01")]
    [InlineData("0.04", 10, "0.00")]
    [InlineData("1234.5678", 75, "925.93")]
    public void ExpectedRevenue_IsACurrencyValueRoundedHalfAwayFromZero(string amount, int probability, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var opportunity = _workflow.OverrideProbability(_workflow.Created(amount: decimal.Parse(amount, culture)), probability).Ok().Opportunity;
        Assert.Equal(decimal.Parse(expected, culture), opportunity.ExpectedRevenue);
        Assert.Equal(decimal.Parse(expected, culture), opportunity.History[^1].ExpectedRevenue);
        Assert.Equal(decimal.Parse(expected, culture), PipelineSummary.Create(SalesProcess.SalesforceDefault, [opportunity]).Total.ExpectedRevenue);
    }

    private static string[] Fields(FluentResults.IResultBase result) =>
        [.. result.Errors.Select(e => e switch
        {
            RequiredFieldMissingError missing => missing.Field,
            InvalidFieldValueError invalid => invalid.Field,
            _ => e.Message,
        })];
}
