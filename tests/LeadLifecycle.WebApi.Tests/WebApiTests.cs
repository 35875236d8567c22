using System.Net;
using System.Text;
using LeadLifecycle.Leads;
using Microsoft.EntityFrameworkCore;
using static LeadLifecycle.WebApi.Tests.Http;

namespace LeadLifecycle.WebApi.Tests;

public sealed class WebApiTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SeedStory_FromAWebFormToAWonDeal_EndToEnd()
    {
        var (response, lead) = await Post(_client, "/leads/web-to-lead", Form(
            ("oid", "00D5g000004abcd"), ("retURL", "https://example.com/thanks"), ("first_name", "Bertha"), ("last_name", "Boxer"),
            ("company", "Farmers Coop. of Florida"), ("email", "bertha@fcof.example"), ("lead_source", "Web"), ("employees", "130")));
        Assert.Equal((HttpStatusCode.Created, "1", "Open - Not Contacted"), (response.StatusCode, ETag(response), lead.GetProperty("status").GetString()));
        var id = lead.GetProperty("id").GetString();
        Assert.Equal($"/leads/{id}", response.Headers.Location?.ToString());

        (response, lead) = await Post(_client, $"/leads/{id}/contacted", ifMatch: "1");
        Assert.Equal((HttpStatusCode.OK, "2", "Working - Contacted"), (response.StatusCode, ETag(response), lead.GetProperty("status").GetString()));

        (response, var conversion) = await Post(_client, $"/leads/{id}/convert", new { opportunityName = "FCOF - 130 seats" }, ifMatch: "2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(conversion.GetProperty("lead").GetProperty("isConverted").GetBoolean());
        Assert.Equal("Farmers Coop. of Florida", conversion.GetProperty("account").GetProperty("name").GetString());
        var opportunityId = conversion.GetProperty("opportunity").GetProperty("id").GetString();

        (response, var opportunity) = await Send(_client, HttpMethod.Get, $"/opportunities/{opportunityId}");
        Assert.Equal(("Prospecting", "1"), (opportunity.GetProperty("stage").GetString(), ETag(response)));
        (response, opportunity) = await Post(_client, $"/opportunities/{opportunityId}/stage", new { stage = "Needs Analysis" }, ifMatch: "1");
        Assert.Equal((HttpStatusCode.OK, "Needs Analysis", "2"), (response.StatusCode, opportunity.GetProperty("stage").GetString(), ETag(response)));
        (response, opportunity) = await Post(_client, $"/opportunities/{opportunityId}/won", ifMatch: "2");
        Assert.Equal((HttpStatusCode.OK, "Closed Won", true), (response.StatusCode, opportunity.GetProperty("stage").GetString(), opportunity.GetProperty("isWon").GetBoolean()));

        var stored = await factory.Query(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == new LeadId(id!)));
        Assert.Equal((true, 3L), (stored.IsConverted, stored.Version));
        var history = await factory.Query(db => db.Set<LeadLifecycle.EntityFrameworkCore.OpportunityHistoryRow>().CountAsync(r => r.OpportunityId == new OpportunityId(opportunityId!)));
        Assert.Equal(3, history);

        (_, var pipeline) = await Send(_client, HttpMethod.Get, "/pipeline");
        Assert.True(pipeline.GetProperty("byStage").GetProperty("Closed Won").GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task TwoRequestsChangingTheSameLead_TheSecondGets409AndChangesNothing()
    {
        var (id, etag) = await NewLead(_client, "Stale Ltd", "stale@example.com");

        var (first, _) = await Post(_client, $"/leads/{id}/contacted", ifMatch: etag);
        var (second, problem) = await Post(_client, $"/leads/{id}/disqualify", new { reason = "Lost" }, ifMatch: etag);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal(("CONCURRENCY_CONFLICT", "Lead", id), (problem.GetProperty("code").GetString(), problem.GetProperty("errors")[0].GetProperty("recordType").GetString(), problem.GetProperty("errors")[0].GetProperty("recordId").GetString()));
        var stored = await factory.Query(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == new LeadId(id)));
        Assert.Equal(("Working - Contacted", 2L), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task TwoConcurrentRequestsWithTheSameVersion_ExactlyOneWins()
    {
        var (id, etag) = await NewLead(_client, "Race Ltd", "race@example.com");

        var answers = await Task.WhenAll(
            Post(_client, $"/leads/{id}/contacted", ifMatch: etag),
            Post(_client, $"/leads/{id}/disqualify", new { reason = "Lost" }, ifMatch: etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.Response.StatusCode).Order());
        var stored = await factory.Query(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == new LeadId(id)));
        Assert.Equal(2L, stored.Version);
    }

    [Fact]
    public async Task RefusedConversion_SavesNothing()
    {
        var (first, firstTag) = await NewLead(_client, "Acme Anvils", "road@acme.example");
        Assert.Equal(HttpStatusCode.OK, (await Post(_client, $"/leads/{first}/convert", new { }, ifMatch: firstTag)).Response.StatusCode);
        var (second, secondTag) = await NewLead(_client, "ACME ANVILS", "coyote@acme.example");
        var before = await factory.Counts();

        var (response, problem) = await Post(_client, $"/leads/{second}/convert", new { }, ifMatch: secondTag);

        Assert.Equal((HttpStatusCode.Conflict, "DUPLICATES_DETECTED"), (response.StatusCode, problem.GetProperty("code").GetString()));
        Assert.Equal(1, problem.GetProperty("errors")[0].GetProperty("matchingAccounts").GetArrayLength());
        Assert.Equal(before, await factory.Counts());
        var stored = await factory.Query(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == new LeadId(second)));
        Assert.Equal((false, 1L), (stored.IsConverted, stored.Version));
    }

    [Fact]
    public async Task BadWebToLeadPost_Answers422NamingEachFormField()
    {
        var before = await factory.Counts();

        var (response, problem) = await Post(_client, "/leads/web-to-lead", Form(("first_name", "Ada"), ("employees", "many"), ("email", "ada@")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["employees", "last_name", "company", "email"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(before, await factory.Counts());
    }

    [Fact]
    public async Task RefusedTransition_Answers409WithThePermittedTransitions()
    {
        var (id, etag) = await NewLead(_client, "Closed Co", "closed@example.com");
        (_, var disqualified) = await Post(_client, $"/leads/{id}/disqualify", new { reason = "No Longer Interested" }, ifMatch: etag);

        var (response, problem) = await Post(_client, $"/leads/{id}/contacted", ifMatch: "2");

        Assert.Equal("Closed - Not Converted", disqualified.GetProperty("status").GetString());
        Assert.Equal((HttpStatusCode.Conflict, "LEAD_TRANSITION_NOT_PERMITTED"), (response.StatusCode, problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ChangeOfAConvertedLead_Answers409CannotUpdateConvertedLead()
    {
        var (id, etag) = await NewLead(_client, "Done Inc", "done@example.com");
        (_, var conversion) = await Post(_client, $"/leads/{id}/convert", new { doNotCreateOpportunity = true }, ifMatch: etag);

        var (response, problem) = await Post(_client, $"/leads/{id}/contacted", ifMatch: "2");

        Assert.Equal((HttpStatusCode.Conflict, "CANNOT_UPDATE_CONVERTED_LEAD"), (response.StatusCode, problem.GetProperty("code").GetString()));
        Assert.Equal(conversion.GetProperty("account").GetProperty("id").GetString(), problem.GetProperty("errors")[0].GetProperty("accountId").GetString());
    }

    [Fact]
    public async Task DisqualifyWithoutAReason_Answers422()
    {
        var (id, etag) = await NewLead(_client, "Reasonless", "why@example.com");

        var (response, problem) = await Post(_client, $"/leads/{id}/disqualify", new { reason = " " }, ifMatch: etag);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "DISQUALIFICATION_REASON_REQUIRED"), (response.StatusCode, problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task StageRefusals_Answer409ForAClosedStageAnd422ForAnUnknownOne()
    {
        var (id, etag) = await NewLead(_client, "Stages Corp", "stages@example.com");
        (_, var conversion) = await Post(_client, $"/leads/{id}/convert", new { }, ifMatch: etag);
        var opportunityId = conversion.GetProperty("opportunity").GetProperty("id").GetString();

        var (closed, closedProblem) = await Post(_client, $"/opportunities/{opportunityId}/stage", new { stage = "Closed Won" }, ifMatch: "1");
        var (unknown, unknownProblem) = await Post(_client, $"/opportunities/{opportunityId}/stage", new { stage = "Imagination" }, ifMatch: "1");

        Assert.Equal((HttpStatusCode.Conflict, "STAGE_TRANSITION_NOT_PERMITTED"), (closed.StatusCode, closedProblem.GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "UNKNOWN_OPPORTUNITY_STAGE"), (unknown.StatusCode, unknownProblem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task MalformedJson_Answers400ProblemDetails()
    {
        var (id, etag) = await NewLead(_client, "Broken Json", "json@example.com");

        var (response, _) = await Post(_client, $"/leads/{id}/disqualify", new StringContent("{\"reason\": ", Encoding.UTF8, "application/json"), ifMatch: etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ChangeWithoutIfMatch_Answers428()
    {
        var (id, _) = await NewLead(_client, "No Match", "nomatch@example.com");

        var (response, _) = await Post(_client, $"/leads/{id}/contacted");

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task UnknownLead_Answers404()
    {
        var (response, _) = await Post(_client, "/leads/00Q000000000000/contacted", ifMatch: "1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DiagramsAndOpenApi_AreServed()
    {
        var lead = await _client.GetStringAsync("/diagrams/lead-process");
        var sales = await _client.GetStringAsync("/diagrams/sales-process");
        var openApi = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Equal(LeadProcess.Default.ToMermaidGraph(), lead);
        Assert.Equal(LeadLifecycle.Opportunities.SalesProcess.Default.ToMermaidGraph(), sales);
        Assert.Contains("/leads/{id}/convert", openApi, StringComparison.Ordinal);
    }
}
