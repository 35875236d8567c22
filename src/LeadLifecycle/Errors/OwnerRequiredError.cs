namespace LeadLifecycle.Errors;

/// <summary>A lead owned by a queue is converted without an owner for the new records (<see cref="ErrorCodes.OwnerRequired"/>).</summary>
public sealed class OwnerRequiredError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="OwnerRequiredError"/> class.</summary>
    /// <param name="leadId">The lead.</param>
    /// <param name="queueId">The queue that owns the lead.</param>
    public OwnerRequiredError(LeadId leadId, OwnerId queueId)
        : base(ErrorCodes.OwnerRequired, $"Lead {leadId} is owned by queue {queueId}: the conversion must name an owner for the new records.")
    {
        LeadId = leadId;
        QueueId = queueId;
        AddMetadata((nameof(LeadId), LeadId), (nameof(QueueId), QueueId));
    }

    /// <summary>Gets the lead.</summary>
    public LeadId LeadId { get; }

    /// <summary>Gets the queue that owns the lead.</summary>
    public OwnerId QueueId { get; }
}
