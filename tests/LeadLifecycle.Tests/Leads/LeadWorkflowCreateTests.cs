using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Leads;

public sealed class LeadWorkflowCreateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));
    private readonly LeadWorkflow _workflow;

    public LeadWorkflowCreateTests()
    {
        _workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = _time, IdGenerator = new SequentialIdGenerator() });
    }

    [Fact]
    public void Create_ValidLead_GetsIdDefaultStatusAndCreationTime()
    {
        var lead = _workflow.Create(new Lead { LastName = "Lovelace", Company = "Engines" }).Value;

        Assert.Equal(new LeadId("00Q000001"), lead.Id);
        Assert.Equal("Open - Not Contacted", lead.Status);
        Assert.Equal(_time.GetUtcNow(), lead.CreatedAt);
        Assert.False(lead.IsConverted);
    }

    [Fact]
    public void Create_KeepsAGivenIdAndOpenStatus()
    {
        var lead = _workflow.Create(new Lead { Id = new LeadId("00Q1"), LastName = "Hopper", Company = "Navy", Status = "Working - Contacted" }).Value;

        Assert.Equal(new LeadId("00Q1"), lead.Id);
        Assert.Equal("Working - Contacted", lead.Status);
    }

    [Fact]
    public void Create_WithoutLastName_FailsWithRequiredFieldMissing()
    {
        var result = _workflow.Create(new Lead { LastName = " ", Company = "Acme" });

        var error = Assert.IsType<RequiredFieldMissingError>(Assert.Single(result.Errors));
        Assert.Equal((ErrorCodes.RequiredFieldMissing, "LastName"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_WithoutCompany_FailsWithRequiredFieldMissing()
    {
        var error = Assert.IsType<RequiredFieldMissingError>(Assert.Single(_workflow.Create(new Lead { LastName = "Doe" }).Errors));
        Assert.Equal("Company", error.Field);
    }

    [Fact]
    public void Create_WithoutCompany_SucceedsWhenPersonAccountLeadsAreAllowed()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { AllowPersonAccountLeads = true });

        Assert.True(workflow.Create(new Lead { LastName = "Doe" }).IsSuccess);
    }

    [Theory]
    [InlineData(81, 255, 80)]
    [InlineData(80, 256, 255)]
    public void Create_WithTooLongField_FailsWithStringTooLong(int lastNameLength, int companyLength, int expectedLimit)
    {
        var result = _workflow.Create(new Lead { LastName = new string('x', lastNameLength), Company = new string('c', companyLength) });

        var error = Assert.IsType<StringTooLongError>(Assert.Single(result.Errors));
        Assert.Equal(ErrorCodes.StringTooLong, error.Code);
        Assert.Equal(expectedLimit, error.MaxLength);
    }

    [Fact]
    public void Create_AtExactLimits_Succeeds()
    {
        Assert.True(_workflow.Create(new Lead { LastName = new string('x', 80), Company = new string('c', 255), Email = new string('e', 68) + "@example.com" }).IsSuccess);
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@example")]
    [InlineData("ada@@example.com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("ada@example..com")]
    public void Create_WithInvalidEmail_FailsWithInvalidEmailAddress(string email)
    {
        var error = Assert.IsType<InvalidEmailAddressError>(Assert.Single(_workflow.Create(new Lead { LastName = "L", Company = "C", Email = email }).Errors));
        Assert.Equal((ErrorCodes.InvalidEmailAddress, email), (error.Code, error.Value));
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    public void Create_WithValidEmail_Succeeds(string email)
    {
        Assert.True(_workflow.Create(new Lead { LastName = "L", Company = "C", Email = email }).IsSuccess);
    }

    [Fact]
    public void Create_WithManyProblems_ReportsThemAllAtOnce()
    {
        var result = _workflow.Create(new Lead
        {
            LastName = string.Empty,
            Email = "nope",
            Phone = new string('1', 41),
            Address = new Address { PostalCode = new string('9', 21) },
            NumberOfEmployees = -1,
            Status = "Ghost",
        });

        Assert.Equal(
            [ErrorCodes.RequiredFieldMissing, ErrorCodes.RequiredFieldMissing, ErrorCodes.StringTooLong, ErrorCodes.StringTooLong, ErrorCodes.InvalidEmailAddress, ErrorCodes.InvalidFieldValue, ErrorCodes.UnknownLeadStatus],
            result.Errors.Cast<LeadLifecycleError>().Select(e => e.Code));
    }

    [Fact]
    public void Create_InConvertedStatus_Fails()
    {
        var result = _workflow.Create(new Lead { LastName = "L", Company = "C", Status = "Closed - Converted" });

        Assert.Equal("Status", Assert.IsType<InvalidFieldValueError>(Assert.Single(result.Errors)).Field);
    }

    [Fact]
    public void Create_AlreadyConverted_Fails()
    {
        var result = _workflow.Create(new Lead { LastName = "L", Company = "C", IsConverted = true });

        Assert.Equal("IsConverted", Assert.IsType<InvalidFieldValueError>(Assert.Single(result.Errors)).Field);
    }

    [Fact]
    public void Create_NullDraft_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _workflow.Create(null!));
    }
}
