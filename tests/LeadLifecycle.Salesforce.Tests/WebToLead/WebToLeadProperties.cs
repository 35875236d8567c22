using FsCheck.Xunit;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class WebToLeadProperties
{
    private static WebToLeadIntake Intake(GeneratedForm form, int maxValueLength = WebToLeadOptions.DefaultMaxValueLength) =>
        new(new LeadWorkflow(LeadProcess.SalesforceClassic), new WebToLeadOptions
        {
            CustomFieldIds = form.Custom.ToDictionary(c => c.Id, c => c.ApiName),
            MaxValueLength = maxValueLength,
        });

    [Property(Arbitrary = new[] { typeof(WebToLeadArbitraries) }, MaxTest = 300)]
    public void Create_FromAGeneratedForm_PutsEveryValueInTheLeadFieldItNames(GeneratedForm form)
    {
        var result = Intake(form).Create(form.Pairs);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        var lead = result.Value;
        foreach (var (name, value) in form.Fields)
        {
            var property = WebToLeadIntake.StandardFields[name];
            var owner = typeof(Lead).GetProperty(property) is { } onLead ? onLead.GetValue(lead) : typeof(Address).GetProperty(property)!.GetValue(lead.Address);
            Assert.Equal(value, owner);
        }

        Assert.Equal(form.Custom.Select(c => (c.ApiName, c.Value)).OrderBy(c => c.ApiName, StringComparer.OrdinalIgnoreCase), lead.CustomFields.Select(p => (p.Key, p.Value)));
    }

    [Property(Arbitrary = new[] { typeof(WebToLeadArbitraries) }, MaxTest = 300)]
    public void Create_WithBadFields_ReportsExactlyEachBadFieldWithItsProblem(FormWithBadFields generated)
    {
        var pairs = generated.Form.Pairs.Concat(generated.Bad.SelectMany(b => b.Values.Select(v => new KeyValuePair<string, string?>(b.Name, v))));

        var result = Intake(generated.Form, WebToLeadArbitraries.MaxValueLength).Create(pairs);

        var reported = result.Errors.Select(e => Assert.IsType<WebToLeadFieldError>(e)).Select(e => (e.Field, e.Reason)).OrderBy(e => e.Field, StringComparer.Ordinal);
        Assert.Equal(generated.Bad.Select(b => (b.Name, b.Problem)).OrderBy(e => e.Name, StringComparer.Ordinal), reported);
    }
}
