using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Leads;

/// <content>The checks <see cref="TryBuild"/> runs: statuses, the contacted status and every explicit transition.</content>
public sealed partial class LeadProcessBuilder
{
    private void ValidateStatuses(LeadStatus[] statuses, List<IError> errors)
    {
        foreach (var duplicate in statuses.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new DuplicateValueError(Name, duplicate.Key, "the status name is used more than once."));
        }

        var defaults = statuses.Where(s => s.IsDefault).ToArray();
        if (defaults.Length != 1)
        {
            errors.Add(new DefaultValueCountError(Name, [.. defaults.Select(s => s.Name)]));
        }

        foreach (var status in defaults.Where(s => s.IsClosed || s.IsConverted || !s.IsActive))
        {
            errors.Add(new DefaultValueNotOpenAndActiveError(Name, status.Name, "the default status must be open and active."));
        }

        foreach (var status in statuses.Where(s => s.IsConverted && !s.IsClosed))
        {
            errors.Add(new InconsistentDefinitionValueError(Name, status.Name, "a converted status must also be closed."));
        }

        if (!statuses.Any(s => s.IsConverted))
        {
            errors.Add(new ProcessWithoutConvertedStatusError(Name));
        }
    }

    private LeadStatus? ResolveContactedStatus(LeadStatus[] statuses, Dictionary<string, LeadStatus> byName, List<IError> errors)
    {
        if (_contactedStatus is null)
        {
            return statuses.FirstOrDefault(s => s.IsOpen && s.IsActive && !s.IsDefault);
        }

        if (!byName.TryGetValue(_contactedStatus, out var contacted))
        {
            errors.Add(new UnknownValueError(Name, _contactedStatus, "the contacted status is not one of the process's statuses."));
            return null;
        }

        if (!contacted.IsOpen || !contacted.IsActive)
        {
            errors.Add(new InconsistentDefinitionValueError(Name, _contactedStatus, "the contacted status must be open and active."));
        }

        return contacted;
    }

    private bool ValidateRule(TransitionRule rule, Dictionary<string, LeadStatus> byName, LeadStatus? contacted, List<IError> errors)
    {
        var valid = true;
        if (!byName.TryGetValue(rule.From, out var from))
        {
            errors.Add(new UnknownValueError(Name, rule.From, $"the {rule.Trigger} transition starts from a status the process does not have."));
            valid = false;
        }

        if (!byName.TryGetValue(rule.To, out var to))
        {
            errors.Add(new UnknownValueError(Name, rule.To, $"the {rule.Trigger} transition leads to a status the process does not have."));
            return false;
        }

        if (!valid || from is null)
        {
            return false;
        }

        var problem = TransitionProblem(rule.Trigger, from, to, contacted);
        if (problem is not null)
        {
            errors.Add(new InvalidTransitionError(Name, $"{rule.Trigger}: {from.Name} -> {to.Name}", problem));
            return false;
        }

        return true;
    }

    /// <summary>What makes a transition impossible, or null when it is possible.</summary>
    private static string? TransitionProblem(LeadStatusTrigger trigger, LeadStatus from, LeadStatus to, LeadStatus? contacted)
    {
        if (!to.IsActive)
        {
            return "an inactive status cannot be entered.";
        }

        if (from.IsConverted && trigger != LeadStatusTrigger.Convert)
        {
            return "a converted status is terminal.";
        }

        return trigger switch
        {
            LeadStatusTrigger.Convert when !to.IsConverted => "conversion must lead to a converted status.",
            LeadStatusTrigger.Convert => null,
            _ when to.IsConverted => "only conversion can enter a converted status.",
            _ when ReferenceEquals(from, to) => "a status change must lead to another status.",
            LeadStatusTrigger.MarkContacted when !ReferenceEquals(to, contacted) => "mark contacted must lead to the contacted status.",
            LeadStatusTrigger.MarkContacted or LeadStatusTrigger.MoveTo when !from.IsOpen || !to.IsOpen => "moves are between open statuses.",
            LeadStatusTrigger.Disqualify when !from.IsOpen || !to.IsDisqualified => "disqualify leads from an open status to a disqualified one.",
            LeadStatusTrigger.Recycle when !from.IsDisqualified || !to.IsOpen => "recycle leads from a disqualified status to an open one.",
            _ => null,
        };
    }
}
