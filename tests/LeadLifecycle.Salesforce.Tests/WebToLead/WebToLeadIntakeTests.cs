using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class WebToLeadIntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static WebToLeadIntake Intake(WebToLeadOptions? options = null) =>
        new(new LeadWorkflow(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { TimeProvider = new FixedTime(Now) }), options);

    private static KeyValuePair<string, string?>[] Form(params (string Name, string? Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value))];

    private static List<WebToLeadFieldError> FieldErrors(Result<Lead> result) =>
        [.. result.Errors.Select(e => Assert.IsType<WebToLeadFieldError>(e))];

    [Fact]
    public void Create_WithTheGeneratedFormsFields_FillsTheStandardLeadFields()
    {
        // The inputs of a form generated in Setup > Web-to-Lead with every standard field selected.
        var form = Form(
            ("oid", "00D5g000004abcd"), ("retURL", "https://example.com/thanks"), ("salutation", "Ms."),
            ("first_name", "Ada"), ("last_name", "Lovelace"), ("title", "CTO"), ("company", "Analytical Engines"),
            ("email", "ada@example.com"), ("phone", "+44 20 1234"), ("mobile", "+44 77 1234"), ("fax", "+44 20 9999"),
            ("URL", "https://engines.example"), ("street", "12 St James's Square"), ("city", "London"), ("state", "Greater London"),
            ("zip", "SW1Y 4JH"), ("country", "United Kingdom"), ("description", "Wants a demo"), ("lead_source", "Web"),
            ("industry", "Technology"), ("rating", "Hot"), ("revenue", "1250000.50"), ("employees", "42"),
            ("emailOptOut", "1"), ("faxOptOut", "on"), ("doNotCall", "0"), ("Campaign_ID", "7015g000000AbCd"), ("submit", "Submit"));

        var lead = Intake().Create(form).Value;

        Assert.Equal(("Ms.", "Ada", "Lovelace", "CTO", "Analytical Engines"), (lead.Salutation, lead.FirstName, lead.LastName, lead.Title, lead.Company));
        Assert.Equal(("ada@example.com", "+44 20 1234", "+44 77 1234", "+44 20 9999", "https://engines.example"), (lead.Email, lead.Phone, lead.MobilePhone, lead.Fax, lead.Website));
        Assert.Equal(new Address { Street = "12 St James's Square", City = "London", State = "Greater London", PostalCode = "SW1Y 4JH", Country = "United Kingdom" }, lead.Address);
        Assert.Equal(("Wants a demo", "Web", "Technology", "Hot"), (lead.Description, lead.LeadSource, lead.Industry, lead.Rating));
        Assert.Equal((1_250_000.50m, 42), (lead.AnnualRevenue, lead.NumberOfEmployees));
        Assert.Equal((true, true, false), (lead.HasOptedOutOfEmail, lead.HasOptedOutOfFax, lead.DoNotCall));
        Assert.Equal(new CampaignId("7015g000000AbCd"), lead.CampaignId);
    }

    [Fact]
    public void Create_LikeLeadWorkflowCreate_SetsIdDefaultStatusAndCreationTime()
    {
        var lead = Intake().Create(Form(("last_name", "Lovelace"), ("company", "Engines"))).Value;

        Assert.False(lead.Id.IsEmpty);
        Assert.Equal(("Open - Not Contacted", Now), (lead.Status, lead.CreatedAt));
    }

    [Fact]
    public void Create_WithMappedCustomFieldIds_StoresValuesUnderTheApiName()
    {
        var intake = Intake(new WebToLeadOptions { CustomFieldIds = new Dictionary<string, string> { ["00N5g00000AbCdE"] = "Budget__c", ["00N5g00000XyZwV"] = "Interests__c" } });

        // An 18-character id matches by its first 15; a multi-select picklist posts its input once per value.
        var lead = intake.Create(Form(("last_name", "L"), ("company", "C"), ("00N5g00000AbCdEAAX", "5000"), ("00N5g00000XyZwV", "CRM"), ("00N5g00000XyZwV", "ERP"))).Value;

        Assert.Equal(("5000", "CRM;ERP"), (lead.CustomFields.Get("Budget__c"), lead.CustomFields.Get("Interests__c")));
    }

    [Fact]
    public void Create_IgnoresSalesforcesOwnFields()
    {
        var form = Form(("last_name", "L"), ("company", "C"), ("oid", "00D"), ("orgid", "00D"), ("retURL", "x"), ("debug", "1"),
            ("debugEmail", "a@b.c"), ("encoding", "UTF-8"), ("captcha_settings", "{}"), ("g-recaptcha-response", "token"),
            ("member_status", "Responded"), ("recordType", "0125g"));

        Assert.True(Intake().Create(form).IsSuccess);
    }

    [Fact]
    public void Create_WithEveryKindOfProblem_ReportsEachFormFieldOnce()
    {
        var form = Form(
            ("first_name", new string('a', 41)), ("email", "not-an-email"), ("revenue", "lots"), ("employees", "-"),
            ("emailOptOut", "maybe"), ("phone", "1"), ("phone", "2"), ("favourite_color", "blue"), ("00N5g00000ZzZzZ", "x"),
            ("description", new string('d', 40)));
        var result = Intake(new WebToLeadOptions { MaxValueLength = 39 }).Create(form);

        var errors = FieldErrors(result).ToDictionary(e => e.Field, e => e.Reason);
        Assert.Equal(
            new Dictionary<string, WebToLeadProblem>
            {
                ["first_name"] = WebToLeadProblem.ValueTooLong,
                ["email"] = WebToLeadProblem.LeadValidation,
                ["revenue"] = WebToLeadProblem.InvalidValue,
                ["employees"] = WebToLeadProblem.InvalidValue,
                ["emailOptOut"] = WebToLeadProblem.InvalidValue,
                ["phone"] = WebToLeadProblem.DuplicateField,
                ["favourite_color"] = WebToLeadProblem.UnknownField,
                ["00N5g00000ZzZzZ"] = WebToLeadProblem.UnknownField,
                ["description"] = WebToLeadProblem.ValueTooLong,
                ["last_name"] = WebToLeadProblem.LeadValidation,
                ["company"] = WebToLeadProblem.LeadValidation,
            },
            errors);
        Assert.Equal(11, result.Errors.Count);
    }

    [Fact]
    public void Create_WhenValidationFails_KeepsTheCoreErrorAsTheCause()
    {
        var result = Intake().Create(Form(("company", "C"), ("zip", new string('9', 21))));

        Assert.True(result.HasError<RequiredFieldMissingError>());
        var zip = FieldErrors(result).Single(e => e.Field == "zip");
        Assert.Equal(WebToLeadProblem.LeadValidation, zip.Reason);
        Assert.IsType<StringTooLongError>(Assert.Single(zip.Reasons));
        Assert.Equal(SalesforceErrorCodes.InvalidWebToLeadField, zip.Code);
        Assert.Equal(("zip", "LeadValidation"), (zip.Metadata["Field"], zip.Metadata["Reason"]));
    }

    [Fact]
    public void Create_WithAnOversizedValue_DoesNotRepeatTheValueInTheError()
    {
        var result = Intake().Create(Form(("last_name", "L"), ("company", "C"), ("description", new string('x', WebToLeadOptions.DefaultMaxValueLength + 1))));

        var error = Assert.Single(FieldErrors(result));
        Assert.Equal(("description", WebToLeadProblem.ValueTooLong, (string?)null), (error.Field, error.Reason, error.Value));
    }

    [Fact]
    public void Create_WithTooManyFields_RefusesTheFormAsAWhole()
    {
        var form = Enumerable.Range(0, 11).Select(i => new KeyValuePair<string, string?>("x" + i, "v"));

        var error = Assert.Single(FieldErrors(Intake(new WebToLeadOptions { MaxFieldCount = 10 }).Create(form)));

        Assert.Equal((string.Empty, WebToLeadProblem.TooManyFields), (error.Field, error.Reason));
    }

    [Fact]
    public void Create_WithUnknownFieldsIgnored_CreatesTheLead()
    {
        var result = Intake(new WebToLeadOptions { UnknownFields = WebToLeadUnknownFields.Ignore })
            .Create(Form(("last_name", "L"), ("company", "C"), ("utm_source", "newsletter"), ("00N5g00000ZzZzZ", "x")));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Create_WithEmptyOrRepeatedEqualValues_TreatsThemAsOneValue()
    {
        var lead = Intake().Create(Form(("last_name", " L "), ("company", "C"), ("company", "C"), ("title", ""), ("phone", null), ("first_name", "  "))).Value;

        Assert.Equal(("L", "C", (string?)null, (string?)null, (string?)null), (lead.LastName, lead.Company, lead.Title, lead.Phone, lead.FirstName));
    }

    [Fact]
    public void Create_MatchesFieldNamesCaseInsensitively()
    {
        var lead = Intake().Create(Form(("LAST_NAME", "L"), ("Company", "C"), ("url", "https://x.example"))).Value;

        Assert.Equal(("L", "C", "https://x.example"), (lead.LastName, lead.Company, lead.Website));
    }

    [Theory]
    [InlineData("00N5g00000AbCd")]
    [InlineData("00Q5g00000AbCdE")]
    [InlineData("00N5g00000AbC-E")]
    public void Constructor_WithAMalformedCustomFieldId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => Intake(new WebToLeadOptions { CustomFieldIds = new Dictionary<string, string> { [id] = "X__c" } }));
    }

    [Fact]
    public void Constructor_WithAnUndefinedUnknownFieldsValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Intake(new WebToLeadOptions { UnknownFields = default }));
    }

    [Fact]
    public void StandardFields_MapEveryFormFieldToALeadOrAddressProperty()
    {
        var properties = typeof(Lead).GetProperties().Concat(typeof(Address).GetProperties()).Select(p => p.Name).ToHashSet();

        Assert.All(WebToLeadIntake.StandardFields.Values, field => Assert.Contains(field, properties));
        Assert.All(WebToLeadIntake.StandardFields.Keys, name => Assert.DoesNotContain(name, WebToLeadIntake.IgnoredFields));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
