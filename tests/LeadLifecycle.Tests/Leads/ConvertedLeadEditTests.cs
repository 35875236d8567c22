using System.Reflection;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Tests.Support;

namespace LeadLifecycle.Tests.Leads;

/// <summary>Issue 14 item 12: converted leads are edited only explicitly, audited, never the default.</summary>
public sealed class ConvertedLeadEditTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lead Converted = new()
    {
        Id = new LeadId("00Q1"),
        LastName = "Lovelace",
        Company = "Engines",
        Status = "Closed - Converted",
        IsConverted = true,
        ConvertedDate = new DateOnly(2026, 3, 1),
        ConvertedAccountId = new AccountId("001A"),
        ConvertedContactId = new ContactId("003C"),
        CreatedAt = Now.AddDays(-3),
    };

    private static LeadWorkflow Workflow(bool allow) =>
        new(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { AllowConvertedLeadEdits = allow, TimeProvider = new ManualTimeProvider(Now) });

    [Fact]
    public void EditConvertedLead_ByDefault_IsRefusedAsSalesforceRefusesIt()
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);

        var result = workflow.EditConvertedLead(Converted, Converted with { Phone = "+1 555 0100" });

        Assert.Equal(ErrorCodes.CannotUpdateConvertedLead, Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(result.Errors)).Code);
        Assert.False(workflow.CanEditConvertedLead(Converted, Converted with { Phone = "+1 555 0100" }));
    }

    [Fact]
    public void EditConvertedLead_WhenAllowed_ChangesFieldsAndRecordsAnAuditEvent()
    {
        var workflow = Workflow(allow: true);
        var edited = Converted with { Phone = "+1 555 0100", Title = "Countess" };

        var change = workflow.EditConvertedLead(Converted, edited).Value;

        Assert.Equal(edited with { Version = Converted.Version + 1 }, change.Lead);
        Assert.True(change.Lead.IsConverted);
        Assert.Equal((Converted.Id, Now), (change.Event.LeadId, change.Event.OccurredAt));
        Assert.Equal(["Title", "Phone"], change.Event.ChangedFields);
        Assert.True(workflow.CanEditConvertedLead(Converted, edited));
    }

    [Theory]
    [InlineData(nameof(Lead.Status))]
    [InlineData(nameof(Lead.IsConverted))]
    [InlineData(nameof(Lead.ConvertedAccountId))]
    [InlineData(nameof(Lead.ConvertedContactId))]
    [InlineData(nameof(Lead.ConvertedOpportunityId))]
    [InlineData(nameof(Lead.ConvertedDate))]
    [InlineData(nameof(Lead.Id))]
    public void EditConvertedLead_NeverUndoesTheConversion(string field)
    {
        var edited = field switch
        {
            nameof(Lead.Status) => Converted with { Status = "Working - Contacted" },
            nameof(Lead.IsConverted) => Converted with { IsConverted = false },
            nameof(Lead.ConvertedAccountId) => Converted with { ConvertedAccountId = null },
            nameof(Lead.ConvertedContactId) => Converted with { ConvertedContactId = new ContactId("003other") },
            nameof(Lead.ConvertedOpportunityId) => Converted with { ConvertedOpportunityId = new OpportunityId("006X") },
            nameof(Lead.ConvertedDate) => Converted with { ConvertedDate = null },
            _ => Converted with { Id = new LeadId("00Qother") },
        };

        var error = Assert.IsType<InvalidFieldValueError>(Assert.Single(Workflow(allow: true).EditConvertedLead(Converted, edited).Errors));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void EditConvertedLead_ValidatesFieldsAsCreateDoes()
    {
        var result = Workflow(allow: true).EditConvertedLead(Converted, Converted with { LastName = "", Email = "not an email" });

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e is RequiredFieldMissingError);
        Assert.Contains(result.Errors, e => e is InvalidEmailAddressError);
    }

    [Fact]
    public void EditConvertedLead_OfALeadThatIsNotConverted_IsRefused()
    {
        var open = Converted with { IsConverted = false, Status = "Open - Not Contacted" };

        Assert.IsType<InvalidFieldValueError>(Assert.Single(Workflow(allow: true).EditConvertedLead(open, open with { Phone = "1" }).Errors));
    }

    [Fact]
    public void StatusVerbs_StillRefuseConvertedLeads_WhenEditsAreAllowed()
    {
        Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(Workflow(allow: true).MoveTo(Converted, "Working - Contacted").Errors));
    }

    [Fact]
    public void EveryLeadProperty_IsEitherEditableOrOwnedByConversion()
    {
        static IEnumerable<string> Names(string field) =>
            ((Array)typeof(LeadWorkflow).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
                .Cast<object>().Select(t => (string)t.GetType().GetField("Item1")!.GetValue(t)!);

        var covered = Names("ConversionFields").Concat(Names("EditableFields")).ToHashSet();
        // Version is neither: the edit sets it from the stored lead (one more), whatever the edited copy holds.
        var properties = typeof(Lead).GetProperties().Where(p => p.CanWrite && p.Name != nameof(Lead.Version)).Select(p => p.Name);

        Assert.DoesNotContain(properties, p => !covered.Contains(p));
    }
}
