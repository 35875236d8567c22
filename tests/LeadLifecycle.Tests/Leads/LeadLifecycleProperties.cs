using FluentResults;
using FsCheck;
using FsCheck.Xunit;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;
using LeadLifecycle.Tests.Generators;

namespace LeadLifecycle.Tests.Leads;

[Properties(Arbitrary = [typeof(LeadArbitraries)], MaxTest = 200)]
public sealed class LeadLifecycleProperties
{
    [Property]
    public void RandomVerbSequences_KeepTheLeadInsideItsProcess(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(draft).Value;
        foreach (var step in steps)
        {
            lead = Apply(workflow, lead, step, out _).ValueOrDefault.Lead ?? lead;
            var status = process.FindStatus(lead.Status);
            Assert.NotNull(status);
            Assert.False(status.IsConverted, "only conversion enters a converted status");
            Assert.False(lead.IsConverted);
        }
    }

    [Property]
    public void RefusedVerbs_ChangeNothing(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(draft).Value;
        foreach (var step in steps)
        {
            var before = lead with { };
            var result = Apply(workflow, lead, step, out var input);
            if (result.IsFailed)
            {
                Assert.Equal(before with { Email = input.Email }, input);
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(Assert.IsAssignableFrom<LeadLifecycleError>(e).Code)));
            }
            else
            {
                lead = result.Value.Lead;
            }
        }
    }

    [Property]
    public void ConvertedLeads_RefuseEveryVerb(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var converted = workflow.Create(draft).Value with { IsConverted = true, Status = process.ConvertedStatuses[0].Name };
        var snapshot = converted with { };

        foreach (var step in steps)
        {
            var result = Apply(workflow, converted, step, out var input);
            Assert.True(result.IsFailed);
            Assert.IsType<LeadAlreadyConvertedError>(Assert.Single(result.Errors));
            Assert.Equal(snapshot with { Email = input.Email }, input);
        }

        Assert.Empty(workflow.GetPermittedTransitions(converted));
    }

    [Property]
    public void CanX_AgreesWithX_ForEveryVerbTriggerTargetAndReason(LeadProcessSpec spec, Lead draft, bool withEmail)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var created = workflow.Create(draft).Value with { Email = withEmail ? "someone@example.com" : null };
        foreach (var from in process.Statuses)
        {
            var lead = created with { Status = from.Name };
            foreach (var reason in new[] { "reason", null, " " })
            {
                foreach (var trigger in Enum.GetValues<LeadStatusTrigger>().Append((LeadStatusTrigger)99))
                {
                    foreach (var to in process.Statuses.Select(s => s.Name).Append("No such status"))
                    {
                        Assert.Equal(workflow.CanFire(lead, trigger, to, reason), workflow.Fire(lead, trigger, to, reason).IsSuccess);
                    }
                }

                Assert.Equal(workflow.CanDisqualify(lead, reason!), workflow.Disqualify(lead, reason!).IsSuccess);
            }

            Assert.Equal(workflow.CanMarkContacted(lead), workflow.MarkContacted(lead).IsSuccess);
            Assert.Equal(workflow.CanRecycle(lead), workflow.Recycle(lead).IsSuccess);
            foreach (var to in process.Statuses)
            {
                Assert.Equal(workflow.CanMoveTo(lead, to.Name), workflow.MoveTo(lead, to.Name).IsSuccess);
                Assert.Equal(workflow.CanRecycle(lead, to.Name), workflow.Recycle(lead, to.Name).IsSuccess);
                Assert.Equal(workflow.CanDisqualify(lead, "reason", to.Name), workflow.Disqualify(lead, "reason", to.Name).IsSuccess);
            }

            Assert.Equal(
                workflow.GetPermittedTransitions(lead).Where(p => p.Trigger != LeadStatusTrigger.Convert).ToHashSet(),
                process.Statuses.SelectMany(to => Enum.GetValues<LeadStatusTrigger>()
                    .Where(t => workflow.Fire(lead, t, to.Name, "reason").IsSuccess)
                    .Select(t => new PermittedLeadTransition(t, to.Name))).ToHashSet());
        }
    }

    [Property]
    public void ConvertTrigger_IsNeverFiredByAStatusVerb_AndTheRefusalNamesLeadConverter(LeadProcessSpec spec, Lead draft)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(draft).Value with { Email = "someone@example.com" };
        foreach (var trigger in Enum.GetValues<LeadStatusTrigger>())
        {
            foreach (var to in process.ConvertedStatuses.Select(s => s.Name).Concat(trigger == LeadStatusTrigger.Convert ? process.Statuses.Select(s => s.Name) : []))
            {
                Assert.False(workflow.CanFire(lead, trigger, to, "reason"));
                var error = Assert.IsType<ConversionRequiredError>(Assert.Single(workflow.Fire(lead, trigger, to, "reason").Errors));
                Assert.Contains("LeadConverter.Convert", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Property]
    public void CompiledTable_AgreesWithStateless(LeadProcessSpec spec, Lead draft, bool withEmail)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var lead = workflow.Create(draft).Value with { Email = withEmail ? "someone@example.com" : null };
        foreach (var from in process.Statuses)
        {
            var machine = process.CreateStatusMachine(from.Name);
            var atFrom = lead with { Status = from.Name };
            foreach (var trigger in Enum.GetValues<LeadStatusTrigger>())
            {
                foreach (var to in process.Statuses)
                {
                    var stateless = machine.CanFire(trigger, to.Name, atFrom, out var unmet);
                    var library = trigger == LeadStatusTrigger.Convert
                        ? process.AllowsConversion(atFrom, process.IndexOf(to.Name))
                        : workflow.CanFire(atFrom, trigger, to.Name, "reason");
                    Assert.Equal(stateless, library);
                    Assert.Equal(stateless || unmet.Count > 0, process.CanFire(from.Name, trigger, to.Name));
                }
            }
        }
    }

    [Property]
    public void Replay_OfProducedEvents_RebuildsTheFinalLead(LeadProcessSpec spec, Lead draft, IndexedLeadStep[] steps)
    {
        var process = spec.Build();
        var workflow = new LeadWorkflow(process);
        var initial = workflow.Create(draft).Value;
        var lead = initial;
        var events = new List<LeadEvent>();
        foreach (var step in steps.Where(s => !s.SetEmail))
        {
            if (Apply(workflow, lead, step, out _) is { IsSuccess: true } result)
            {
                lead = result.Value.Lead;
                events.Add(result.Value.Event);
            }
        }

        Assert.Equal(lead, workflow.Replay(initial, events).Value);
    }

    [Property]
    public void ValidDefinitions_Build(LeadProcessSpec spec)
    {
        var result = spec.ToBuilder().TryBuild();

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(spec.AllNames.Order(StringComparer.Ordinal), result.Value.Statuses.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Property]
    public void InvalidDefinitions_AreRejectedWithTheRightError(LeadProcessSpec spec, int breakage)
    {
        var (broken, expectedCode) = (Math.Abs(breakage) % 4) switch
        {
            0 => (spec.ToBuilder().AddOpenStatus(spec.Open[0]), ErrorCodes.DuplicateValue),
            1 => (spec.ToBuilder().AddOpenStatus("Second default", isDefault: true), ErrorCodes.DefaultValueCount),
            2 => ((spec with { Converted = [], EmailGuardOnConvert = false, EntryGuardOn = -1 }).ToBuilder(), ErrorCodes.ProcessWithoutConvertedStatus),
            _ => (spec.ToBuilder().Permit(LeadStatusTrigger.MoveTo, spec.Open[0], spec.Converted[0]), ErrorCodes.InvalidTransition),
        };

        var result = broken.TryBuild();

        Assert.True(result.IsFailed);
        Assert.Contains(expectedCode, result.Errors.Cast<LeadLifecycleError>().Select(e => e.Code));
        Assert.Throws<InvalidDefinitionException>(() => broken.Build());
    }

    internal static Result<LeadChange> Apply(LeadWorkflow workflow, Lead lead, IndexedLeadStep step, out Lead input)
    {
        input = step.SetEmail ? lead with { Email = lead.Email is null ? "someone@example.com" : null } : lead;
        var statuses = workflow.Process.Statuses;
        var target = statuses[step.Target % statuses.Count].Name;
        var reason = step.WithReason ? "Budget" : null;
        return step.Trigger switch
        {
            LeadStatusTrigger.MarkContacted => workflow.MarkContacted(input),
            LeadStatusTrigger.Disqualify => workflow.Disqualify(input, reason!, target),
            LeadStatusTrigger.Recycle => workflow.Recycle(input, target),
            _ => workflow.Fire(input, step.Trigger, target, reason),
        };
    }
}
