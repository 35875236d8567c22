using System.Net.Mail;
using FsCheck.Xunit;
using LeadLifecycle.Leads;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Leads;

/// <summary>The allocation-free email check accepts and rejects exactly what the former <see cref="MailAddress"/>-based
/// check did, which is <see cref="LeadEmailSyntax.IsValidByMailAddress"/>, the full rule the fast path falls back to.</summary>
public sealed class LeadEmailSyntaxTests
{
    [Property(Arbitrary = [typeof(EmailArbitraries)], MaxTest = 5000)]
    public bool IsValid_AgreesWithTheFormerMailAddressCheck(EmailText email) =>
        LeadEmailSyntax.IsValid(email.Value) == LeadEmailSyntax.IsValidByMailAddress(email.Value);

    [Property(Arbitrary = [typeof(EmailArbitraries)], MaxTest = 5000)]
    public bool CommonShape_IsOnlyEverAcceptedWhenTheFullRuleAccepts(EmailText email) =>
        !LeadEmailSyntax.IsCommonShape(email.Value.AsSpan().Trim()) || LeadEmailSyntax.IsValidByMailAddress(email.Value);

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData(" ada@example.com ", true)]
    [InlineData("first.last+tag@mail.example.co.uk", true)]
    [InlineData("a_b%c-d@x-y.example.org", true)]
    [InlineData("o'brien@example.ie", true)]
    [InlineData("ada@example", false)]
    [InlineData("ada@example..com", false)]
    [InlineData("ada@.example.com", false)]
    [InlineData("ada@example.com.", false)]
    [InlineData("ada@@example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("ada lovelace@example.com", false)]
    [InlineData("Ada <ada@example.com>", false)]
    public void IsValid_PinsTheDocumentedExamples(string email, bool valid)
    {
        Assert.Equal(valid, LeadEmailSyntax.IsValid(email));
        Assert.Equal(valid, LeadEmailSyntax.IsValidByMailAddress(email));
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    public void IsValid_OnTheCommonShape_AllocatesNothing(string email)
    {
        Assert.True(LeadEmailSyntax.IsValid(email));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = LeadEmailSyntax.IsValid(email);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Validate_AValidLead_AllocatesNothing()
    {
        var lead = new Lead { LastName = "Lovelace", Company = "Analytical Engines", Email = "ada@example.com", Address = new Address { City = "London" } };
        List<FluentResults.IError>? errors = null;
        LeadValidator.Validate(lead, allowPersonAccounts: false, ref errors);
        var before = GC.GetAllocatedBytesForCurrentThread();
        LeadValidator.Validate(lead, allowPersonAccounts: false, ref errors);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(errors);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Validate_AnInvalidLead_AddsEveryProblemToTheGivenList()
    {
        var lead = new Lead { LastName = " ", Company = "C", Email = "nope", NumberOfEmployees = -1 };
        List<FluentResults.IError>? errors = null;
        LeadValidator.Validate(lead, allowPersonAccounts: false, ref errors);
        Assert.Equal(3, Assert.IsType<List<FluentResults.IError>>(errors).Count);
        Assert.Equal(errors.Select(e => e.GetType()), LeadValidator.Validate(lead, allowPersonAccounts: false).Select(e => e.GetType()));
    }
}
