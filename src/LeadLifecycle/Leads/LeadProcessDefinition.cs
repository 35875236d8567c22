namespace LeadLifecycle.Leads;

/// <summary>What a lead process was built from, beyond its statuses: the definition JSON writes back.</summary>
/// <param name="StandardTransitions">Whether the standard transitions are permitted.</param>
/// <param name="StandardRecycle">Whether the standard transitions include recycling.</param>
/// <param name="Policy">The policy.</param>
/// <param name="ExplicitRules">The explicit transitions, validated, in the order of the calls.</param>
/// <param name="EntryGuards">The entry guards by status name.</param>
/// <param name="TriggerGuards">The trigger guards, indexed by trigger value minus one.</param>
internal sealed record LeadProcessDefinition(
    bool StandardTransitions,
    bool StandardRecycle,
    LeadProcessPolicy Policy,
    IReadOnlyList<TransitionRule> ExplicitRules,
    IReadOnlyDictionary<string, LeadTransitionGuard[]> EntryGuards,
    LeadTransitionGuard[]?[] TriggerGuards)
{
    /// <summary>Gets a value indicating whether any guard is defined; guards are code and cannot be written as JSON.</summary>
    public bool HasGuards =>
        ExplicitRules.Any(r => r.Guards.Length > 0) || EntryGuards.Count > 0 || TriggerGuards.Any(g => g is { Length: > 0 });
}
