using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadLifecycle.Leads;
using LeadLifecycle.Salesforce;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeadLifecycle.AspNetCore.Tests;

public class HttpResultsTests
{
    private static readonly Lead Converted = new()
    {
        Id = new LeadId("00Q1"), LastName = "L", Company = "C", Status = "Closed - Converted", IsConverted = true,
        ConvertedAccountId = new AccountId("001A"), ConvertedContactId = new ContactId("003A"),
    };

    private static Task<WebApplication> Host() => TestHost.StartAsync(s => s.AddLeadLifecycle(), app =>
    {
        app.MapPost("/leads", (Lead draft, LeadWorkflow workflow) => workflow.Create(draft).ToHttpResult(lead => TypedResults.Created($"/leads/{lead.Id}", lead)));
        app.MapPost("/leads/disqualify", (Lead lead, LeadWorkflow workflow) => workflow.Disqualify(lead, reason: "").ToHttpResult());
        app.MapPost("/leads/contacted", (Lead lead, LeadWorkflow workflow) => workflow.MarkContacted(lead).ToHttpResult(change => TypedResults.Ok(change.Lead)));
        app.MapPost("/web-to-lead", async (HttpRequest request, LeadWorkflow workflow) =>
        {
            var form = await request.ReadFormAsync();
            return new WebToLeadIntake(workflow).Create(form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string?>(f.Key, v)))).ToHttpResult();
        });
        app.MapGet("/leads/{id}", (LeadId id, OpportunityId? opportunity) => $"{id.Value}|{opportunity?.Value}");
    });

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task ToHttpResult_OnSuccess_AnswersWithTheValueInTheLibrarysWireFormat()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsJsonAsync("/leads", new { lastName = "Lovelace", company = "Engines", campaignId = "701A" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(("Lovelace", "Open - Not Contacted", "701A"), (body.GetProperty("lastName").GetString(), body.GetProperty("status").GetString(), body.GetProperty("campaignId").GetString()));
        Assert.Equal(JsonValueKind.String, body.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task ToProblem_ForAValidationRefusal_Answers422WithEveryErrorAndItsDetails()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsJsonAsync("/leads", new { email = "nope" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json(response);
        Assert.Equal((422, "REQUIRED_FIELD_MISSING", LeadLifecycleHttpResults.ProblemType), (body.GetProperty("status").GetInt32(), body.GetProperty("code").GetString(), body.GetProperty("type").GetString()));
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("field").GetString())).ToArray();
        Assert.Equal([("REQUIRED_FIELD_MISSING", "LastName"), ("REQUIRED_FIELD_MISSING", "Company"), ("INVALID_EMAIL_ADDRESS", "Email")], errors);
        Assert.All(body.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task ToProblem_ForAStateRefusal_Answers409WithTheTypedDetails()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsJsonAsync("/leads/contacted", Converted, Serialization.LeadLifecycleJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await Json(response)).GetProperty("errors")[0];
        Assert.Equal(("CANNOT_UPDATE_CONVERTED_LEAD", "00Q1", "001A"), (error.GetProperty("code").GetString(), error.GetProperty("leadId").GetString(), error.GetProperty("accountId").GetString()));
    }

    [Fact]
    public async Task ToProblem_ForAMissingReason_Answers422()
    {
        await using var app = await Host();
        var lead = app.Services.GetRequiredService<LeadWorkflow>().Create(new Lead { LastName = "L", Company = "C" }).Value;

        var response = await app.GetTestClient().PostAsJsonAsync("/leads/disqualify", lead, Serialization.LeadLifecycleJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("DISQUALIFICATION_REASON_REQUIRED", (await Json(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ToProblem_ForAWebToLeadPost_NamesEachFormFieldAndItsCause()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().PostAsync("/web-to-lead", new FormUrlEncodedContent([new("oid", "00D"), new("company", "C"), new("revenue", "lots")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(["revenue", "last_name"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("REQUIRED_FIELD_MISSING", errors[1].GetProperty("causes")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/leads/00Q5g00000AbCdE", "00Q5g00000AbCdE|")]
    [InlineData("/leads/abc?opportunity=006X", "abc|006X")]
    public async Task TypedIds_BindAsRouteAndQueryParameters(string url, string expected)
    {
        await using var app = await Host();

        Assert.Equal(expected, await app.GetTestClient().GetStringAsync(url));
    }

    [Fact]
    public async Task TypedIds_WithSurroundingWhiteSpace_AreRefusedWith400()
    {
        await using var app = await Host();

        var response = await app.GetTestClient().GetAsync("/leads/abc?opportunity=%20x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void ToProblem_OfASuccess_Throws()
    {
        Assert.Throws<ArgumentException>(() => FluentResults.Result.Ok().ToProblem());
    }

    [Fact]
    public void ToProblemDetails_ForAnErrorThatIsNotTheLibrarys_Is500()
    {
        var problem = FluentResults.Result.Fail("disk full").ToProblemDetails();

        Assert.Equal((500, (object?)null), (problem.Status, problem.Extensions["code"]));
    }
}
