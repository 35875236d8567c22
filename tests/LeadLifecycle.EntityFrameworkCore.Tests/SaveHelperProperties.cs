using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.EntityFrameworkCore.Tests.Generators;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using Microsoft.EntityFrameworkCore;

namespace LeadLifecycle.EntityFrameworkCore.Tests;

/// <summary>Random verb sequences saved one change at a time: the store always holds the last record; a change made
/// from an older version is always a conflict that changes nothing.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries), typeof(SaveHelperProperties.Arbitraries)], MaxTest = 40)]
public sealed class SaveHelperProperties
{
    /// <summary>A lead verb: which one, and for Disqualify, Recycle and MoveTo the status it targets.</summary>
    public sealed record Step(int Verb, int Target);

    public static class Arbitraries
    {
        public static Arbitrary<Step[]> Steps() =>
            (from verb in Gen.Choose(0, 4) from target in Gen.Choose(0, 3) select new Step(verb, target)).ArrayOf().ToArbitrary();
    }

    [Property]
    public void SavedVerbs_LeaveTheLastRecordStored_AndStaleChangesAreConflictsThatChangeNothing(Lead draft, Step[] steps)
    {
        var workflow = new LeadWorkflow(LeadProcess.SalesforceClassic);
        var lead = workflow.Create(draft with { Email = null, Company = "Acme", IsConverted = false, Status = string.Empty, ConvertedDate = null, ConvertedAccountId = null, ConvertedContactId = null, ConvertedOpportunityId = null }).Value;
        using var database = new SqliteDatabase();
        using (var context = database.NewContext())
        {
            Assert.True(context.SaveNewAsync(lead).GetAwaiter().GetResult().IsSuccess);
        }

        var outbox = 0;
        foreach (var step in steps)
        {
            var statuses = workflow.Process.Statuses;
            var target = statuses[step.Target % statuses.Count].Name;
            using var context = database.NewContext();
            FluentResults.Result<Lead> saved;
            if (step.Verb == 4)
            {
                saved = context.SaveUpdatedAsync(workflow.RecordInterestShown(lead).Value).GetAwaiter().GetResult();
            }
            else
            {
                var change = step.Verb switch
                {
                    0 => workflow.MarkContacted(lead),
                    1 => workflow.Disqualify(lead, "Budget", target),
                    2 => workflow.Recycle(lead, target),
                    _ => workflow.MoveTo(lead, target),
                };
                if (change.IsFailed)
                {
                    continue;
                }

                var result = context.SaveChangeAsync(change.Value).GetAwaiter().GetResult();
                saved = result.IsSuccess ? FluentResults.Result.Ok(result.Value.Lead) : FluentResults.Result.Fail<Lead>(result.Errors);
                outbox++;
            }

            Assert.True(saved.IsSuccess);
            var stale = saved.Value with { Version = lead.Version, Phone = "stale" };
            lead = saved.Value;

            // A record one version behind the stored one: its save expects the version before the last save.
            var conflict = context.SaveUpdatedAsync(stale).GetAwaiter().GetResult();
            Assert.IsType<ConcurrencyConflictError>(Assert.Single(conflict.Errors));
        }

        using var reader = database.NewContext();
        Assert.Equal(lead, reader.Set<Lead>().AsNoTracking().Single());
        Assert.Equal(outbox, reader.Set<LeadLifecycleOutboxMessage>().Count());
    }
}
