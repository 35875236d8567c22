using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Tests.Leads;

public sealed class LeadProcessBuilderTests
{
    private static LeadProcessBuilder Valid() => new LeadProcessBuilder("Inbound")
        .AddOpenStatus("New", isDefault: true)
        .AddOpenStatus("Working")
        .AddOpenStatus("Nurturing")
        .AddConvertedStatus("Qualified")
        .AddConvertedStatus("Qualified - Partner")
        .AddDisqualifiedStatus("Unqualified")
        .AddDisqualifiedStatus("Duplicate")
        .PermitStandardTransitions();

    [Fact]
    public void Build_WithCustomStatuses_SupportsSeveralConvertedAndClosedStatuses()
    {
        var process = Valid().Build();

        Assert.Equal(["Qualified", "Qualified - Partner"], process.ConvertedStatuses.Select(s => s.Name));
        Assert.True(process.CanFire("Nurturing", LeadStatusTrigger.Disqualify, "Duplicate"));
        Assert.True(process.CanFire("Working", LeadStatusTrigger.MoveTo, "Nurturing"));
        Assert.True(process.CanFire("Nurturing", LeadStatusTrigger.Convert, "Qualified - Partner"));
        Assert.Equal("Working", process.ContactedStatus?.Name);
    }

    [Fact]
    public void Build_WithDuplicateNames_FailsWithDuplicateValue()
    {
        var errors = BuildErrors(Valid().AddOpenStatus("Working"));

        var error = Assert.Single(errors.OfType<DuplicateValueError>());
        Assert.Equal(ErrorCodes.DuplicateValue, error.Code);
        Assert.Equal("Working", error.Value);
    }

    [Fact]
    public void Build_WithoutDefault_FailsWithDefaultValueCount()
    {
        var builder = new LeadProcessBuilder("P").AddOpenStatus("A").AddConvertedStatus("C");

        var error = Assert.Single(BuildErrors(builder).OfType<DefaultValueCountError>());
        Assert.Equal(ErrorCodes.DefaultValueCount, error.Code);
        Assert.Empty(error.Defaults);
    }

    [Fact]
    public void Build_WithTwoDefaults_FailsWithDefaultValueCount()
    {
        var error = Assert.Single(BuildErrors(Valid().AddOpenStatus("Other", isDefault: true)).OfType<DefaultValueCountError>());
        Assert.Equal(["New", "Other"], error.Defaults);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void Build_WithClosedConvertedOrInactiveDefault_FailsWithInvalidDefaultValue(bool converted, bool closed, bool active)
    {
        var builder = new LeadProcessBuilder("P")
            .AddStatus(new LeadStatus("Start") { IsDefault = true, IsConverted = converted, IsClosed = closed, IsActive = active })
            .AddConvertedStatus("Done");

        var error = Assert.Single(BuildErrors(builder).OfType<DefaultValueNotOpenAndActiveError>());
        Assert.Equal(ErrorCodes.DefaultValueNotOpenAndActive, error.Code);
        Assert.Equal("Start", error.Value);
    }

    [Fact]
    public void Build_WithoutConvertedStatus_FailsWithNoConvertedStatus()
    {
        var builder = new LeadProcessBuilder("P").AddOpenStatus("A", isDefault: true).AddDisqualifiedStatus("X");

        Assert.Equal(ErrorCodes.ProcessWithoutConvertedStatus, Assert.Single(BuildErrors(builder)).Code);
    }

    [Fact]
    public void Build_WithConvertedButOpenStatus_FailsWithInvalidValue()
    {
        var builder = Valid().AddStatus(new LeadStatus("Half") { IsConverted = true });

        Assert.Equal("Half", Assert.Single(BuildErrors(builder).OfType<InconsistentDefinitionValueError>()).Value);
    }

    [Fact]
    public void Build_WithTransitionToUnknownStatus_FailsWithUnknownValue()
    {
        var builder = Valid().Permit(LeadStatusTrigger.MoveTo, "New", "Ghost");

        var error = Assert.Single(BuildErrors(builder).OfType<UnknownValueError>());
        Assert.Equal(ErrorCodes.UnknownValue, error.Code);
        Assert.Equal("Ghost", error.Value);
    }

    [Theory]
    [InlineData(LeadStatusTrigger.MoveTo, "New", "Qualified")]
    [InlineData(LeadStatusTrigger.Disqualify, "New", "Working")]
    [InlineData(LeadStatusTrigger.Recycle, "New", "Working")]
    [InlineData(LeadStatusTrigger.Convert, "New", "Unqualified")]
    [InlineData(LeadStatusTrigger.MarkContacted, "New", "Nurturing")]
    [InlineData(LeadStatusTrigger.MoveTo, "Qualified", "New")]
    [InlineData(LeadStatusTrigger.MoveTo, "New", "New")]
    public void Build_WithImpossibleTransition_FailsWithInvalidTransition(LeadStatusTrigger trigger, string from, string to)
    {
        var error = Assert.Single(BuildErrors(Valid().Permit(trigger, from, to)).OfType<InvalidTransitionError>());
        Assert.Equal(ErrorCodes.InvalidTransition, error.Code);
    }

    [Fact]
    public void Build_WithTransitionIntoInactiveStatus_FailsWithInvalidTransition()
    {
        var builder = Valid().AddStatus(new LeadStatus("Legacy") { IsActive = false, SortOrder = 99 }).Permit(LeadStatusTrigger.MoveTo, "New", "Legacy");

        Assert.Single(BuildErrors(builder).OfType<InvalidTransitionError>());
    }

    [Fact]
    public void Build_StandardTransitions_NeverEnterInactiveStatuses_ButLeaveThem()
    {
        var process = Valid().AddStatus(new LeadStatus("Legacy") { IsActive = false, SortOrder = 99 }).Build();

        Assert.False(process.CanFire("New", LeadStatusTrigger.MoveTo, "Legacy"));
        Assert.True(process.CanFire("Legacy", LeadStatusTrigger.MoveTo, "New"));
    }

    [Fact]
    public void Build_WithUnknownContactedStatus_FailsWithUnknownValue()
    {
        Assert.Single(BuildErrors(Valid().WithContactedStatus("Ghost")).OfType<UnknownValueError>());
    }

    [Fact]
    public void Build_WithManyProblems_ReportsThemAllAtOnce()
    {
        var builder = new LeadProcessBuilder("Broken")
            .AddOpenStatus("A")
            .AddOpenStatus("A")
            .Permit(LeadStatusTrigger.MoveTo, "A", "Nowhere");

        var codes = BuildErrors(builder).Select(e => e.Code).ToHashSet();

        Assert.Superset(new HashSet<string> { ErrorCodes.DuplicateValue, ErrorCodes.DefaultValueCount, ErrorCodes.ProcessWithoutConvertedStatus, ErrorCodes.UnknownValue }, codes);
    }

    [Fact]
    public void Build_WhenInvalid_ThrowsWithEveryError()
    {
        var exception = Assert.Throws<InvalidDefinitionException>(() => new LeadProcessBuilder("P").AddOpenStatus("A").Build());

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("P:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutStandardTransitions_AllowsOnlyWhatIsPermitted()
    {
        var process = new LeadProcessBuilder("Strict")
            .AddOpenStatus("New", isDefault: true)
            .AddOpenStatus("Working")
            .AddConvertedStatus("Won")
            .Permit(LeadStatusTrigger.MarkContacted, "New", "Working")
            .Permit(LeadStatusTrigger.Convert, "Working", "Won")
            .Build();

        Assert.True(process.CanFire("New", LeadStatusTrigger.MarkContacted, "Working"));
        Assert.False(process.CanFire("Working", LeadStatusTrigger.MoveTo, "New"));
        Assert.False(process.CanFire("New", LeadStatusTrigger.Convert, "Won"));
    }

    [Fact]
    public void Statuses_AreOrderedBySortOrderThenInsertion()
    {
        var process = new LeadProcessBuilder("P")
            .AddStatus(new LeadStatus("Third") { IsConverted = true, IsClosed = true, SortOrder = 3 })
            .AddStatus(new LeadStatus("First") { IsDefault = true, SortOrder = 1 })
            .AddStatus(new LeadStatus("Second") { SortOrder = 2 })
            .Build();

        Assert.Equal(["First", "Second", "Third"], process.Statuses.Select(s => s.Name));
    }

    [Fact]
    public void Label_DefaultsToName()
    {
        Assert.Equal("Open", new LeadStatus("Open").Label);
        Assert.Equal("Offen", new LeadStatus("Open") { Label = "Offen" }.Label);
    }

    private static List<LeadLifecycleError> BuildErrors(LeadProcessBuilder builder)
    {
        Result<LeadProcess> result = builder.TryBuild();
        Assert.True(result.IsFailed);
        return [.. result.Errors.Cast<LeadLifecycleError>()];
    }
}
