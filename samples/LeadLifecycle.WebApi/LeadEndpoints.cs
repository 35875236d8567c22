using FluentResults;
using LeadLifecycle.AspNetCore;
using LeadLifecycle.Conversion;
using LeadLifecycle.EntityFrameworkCore;
using LeadLifecycle.Leads;
using LeadLifecycle.Salesforce;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.WebApi;

/// <summary>The body of a disqualification.</summary>
/// <param name="Reason">Why, e.g. "No Longer Interested".</param>
public sealed record DisqualifyRequest(string Reason);

/// <summary>The body of a conversion.</summary>
/// <param name="ConvertedStatus">The converted status; null for the process's first.</param>
/// <param name="ExistingAccountId">An account to merge into instead of creating one.</param>
/// <param name="OpportunityName">The new opportunity's name; null for the company.</param>
/// <param name="DoNotCreateOpportunity">Convert without an opportunity.</param>
/// <param name="AllowDuplicates">Convert even when the database holds a matching account or contact.</param>
public sealed record ConvertRequest(string? ConvertedStatus = null, AccountId? ExistingAccountId = null, string? OpportunityName = null, bool DoNotCreateOpportunity = false, bool AllowDuplicates = false);

/// <summary>The lead endpoints: Web-to-Lead intake, read, mark contacted, disqualify, convert.</summary>
internal static class LeadEndpoints
{
    public static void MapLeadEndpoints(this IEndpointRouteBuilder app)
    {
        var leads = app.MapGroup("/leads").WithTags("Leads");
        leads.MapPost("/web-to-lead", Intake).Accepts<IFormCollection>("application/x-www-form-urlencoded");
        leads.MapGet("/{id}", async (LeadId id, HttpContext context, CrmDb db, CancellationToken cancellationToken) =>
            await Find(db, id, cancellationToken) is { } lead ? Results.Ok(Concurrency.Tagged(context, lead, lead.Version)) : NotFound(id));
        leads.MapPost("/{id}/contacted", (LeadId id, HttpContext context, LeadWorkflow workflow, CrmDb db, CancellationToken cancellationToken) =>
            Change(context, db, id, workflow.MarkContacted, cancellationToken));
        leads.MapPost("/{id}/disqualify", (LeadId id, DisqualifyRequest body, HttpContext context, LeadWorkflow workflow, CrmDb db, CancellationToken cancellationToken) =>
            Change(context, db, id, lead => workflow.Disqualify(lead, body.Reason), cancellationToken));
        leads.MapPost("/{id}/convert", Convert);
    }

    private static async Task<IResult> Intake(HttpContext context, WebToLeadIntake intake, CrmDb db, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "Post the Web-to-Lead form as application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var created = intake.Create(form.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value)))); // glue
        return created.IsFailed ? created.ToProblem() : (await db.SaveNewAsync(created.Value, cancellationToken)) // glue
            .ToHttpResult(lead => TypedResults.Created($"/leads/{lead.Id}", Concurrency.Tagged(context, lead, lead.Version))); // glue
    }

    private static async Task<IResult> Change(HttpContext context, CrmDb db, LeadId id, Func<Lead, Result<LeadChange>> verb, CancellationToken cancellationToken)
    {
        if (await Find(db, id, cancellationToken) is not { } lead)
        {
            return NotFound(id);
        }

        if (Concurrency.Refusal(context.Request, "Lead", id.Value, lead.Version) is { } refusal) // glue
        {
            return refusal;
        }

        var change = verb(lead);
        return change.IsFailed ? change.ToProblem() : (await db.SaveChangeAsync(change.Value, cancellationToken)) // glue
            .ToHttpResult(saved => TypedResults.Ok(Concurrency.Tagged(context, saved.Lead, saved.Lead.Version))); // glue
    }

    private static async Task<IResult> Convert(LeadId id, ConvertRequest body, HttpContext context, ScopedLeadConverter converter, CrmDb db, CancellationToken cancellationToken)
    {
        if (await Find(db, id, cancellationToken) is not { } lead)
        {
            return NotFound(id);
        }

        if (Concurrency.Refusal(context.Request, "Lead", id.Value, lead.Version) is { } refusal) // glue
        {
            return refusal;
        }

        var account = body.ExistingAccountId is { } accountId ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) : null;
        if (body.ExistingAccountId is { } missing && account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No account {missing}.");
        }

        var request = new ConversionRequest(body.ConvertedStatus ?? converter.Converter.Process.ConvertedStatuses[0].Name)
        {
            ExistingAccount = account,
            OpportunityName = body.OpportunityName,
            DoNotCreateOpportunity = body.DoNotCreateOpportunity,
            AllowDuplicates = body.AllowDuplicates,
        };
        var conversion = await converter.ConvertAsync(lead, request, cancellationToken);
        return conversion.IsFailed ? conversion.ToProblem() : (await db.SaveChangeAsync(conversion.Value, cancellationToken)) // glue
            .ToHttpResult(saved => TypedResults.Ok(Concurrency.Tagged(context, saved, saved.Lead.Version))); // glue
    }

    private static Task<Lead?> Find(CrmDb db, LeadId id, CancellationToken cancellationToken) =>
        db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    private static IResult NotFound(LeadId id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No lead {id}.");
}
