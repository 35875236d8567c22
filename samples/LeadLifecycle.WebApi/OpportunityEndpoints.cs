using FluentResults;
using LeadLifecycle.AspNetCore;
using LeadLifecycle.EntityFrameworkCore;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.WebApi;

/// <summary>The body of a stage move.</summary>
/// <param name="Stage">The open stage to move to.</param>
public sealed record StageRequest(string Stage);

/// <summary>The body of closing a deal as lost.</summary>
/// <param name="Reason">Why it was lost.</param>
/// <param name="Competitor">Who won it, if known.</param>
public sealed record LostRequest(string? Reason = null, string? Competitor = null);

/// <summary>The opportunity endpoints: read, move stage, close won, close lost.</summary>
internal static class OpportunityEndpoints
{
    public static void MapOpportunityEndpoints(this IEndpointRouteBuilder app)
    {
        var opportunities = app.MapGroup("/opportunities").WithTags("Opportunities");
        opportunities.MapGet("/{id}", async (OpportunityId id, HttpContext context, CrmDb db, CancellationToken cancellationToken) =>
            await db.FindOpportunityAsync(id, cancellationToken) is { } opportunity ? Results.Ok(Concurrency.Tagged(context, opportunity, opportunity.Version)) : NotFound(id));
        opportunities.MapPost("/{id}/stage", (OpportunityId id, StageRequest body, HttpContext context, OpportunityWorkflow workflow, CrmDb db, CancellationToken cancellationToken) =>
            Change(context, db, id, opportunity => workflow.MoveTo(opportunity, body.Stage), cancellationToken));
        opportunities.MapPost("/{id}/won", (OpportunityId id, HttpContext context, OpportunityWorkflow workflow, CrmDb db, CancellationToken cancellationToken) =>
            Change(context, db, id, opportunity => workflow.CloseAsWon(opportunity), cancellationToken));
        opportunities.MapPost("/{id}/lost", (OpportunityId id, LostRequest body, HttpContext context, OpportunityWorkflow workflow, CrmDb db, CancellationToken cancellationToken) =>
            Change(context, db, id, opportunity => workflow.CloseAsLost(opportunity, new LossDetails { Reason = body.Reason, Competitor = body.Competitor }), cancellationToken));
    }

    private static async Task<IResult> Change(HttpContext context, CrmDb db, OpportunityId id, Func<Opportunity, Result<OpportunityChange>> verb, CancellationToken cancellationToken)
    {
        if (await db.FindOpportunityAsync(id, cancellationToken) is not { } opportunity)
        {
            return NotFound(id);
        }

        if (Concurrency.Refusal(context.Request, "Opportunity", id.Value, opportunity.Version) is { } refusal) // glue
        {
            return refusal;
        }

        var change = verb(opportunity);
        return change.IsFailed ? change.ToProblem() : (await db.SaveChangeAsync(change.Value, cancellationToken)) // glue
            .ToHttpResult(saved => TypedResults.Ok(Concurrency.Tagged(context, saved.Opportunity, saved.Opportunity.Version))); // glue
    }

    private static IResult NotFound(OpportunityId id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No opportunity {id}.");
}
