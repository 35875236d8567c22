namespace LeadLifecycle;

/// <summary>An event that records a change to a lead or an opportunity; every verb's change carries one.</summary>
public interface ILifecycleEvent
{
    /// <summary>Gets when the change happened, from the <see cref="TimeProvider"/> of the workflow or converter.</summary>
    DateTimeOffset OccurredAt { get; }
}
