namespace LeadLifecycle.EntityFrameworkCore;

/// <summary>Where <see cref="LeadLifecycleModelBuilderExtensions.ApplyLeadLifecycleModel"/> puts the library's tables.</summary>
/// <remarks>EF Core builds a context type's model once and caches it: options that differ between instances of one
/// context type need a model cache key (<c>IModelCacheKeyFactory</c>). The tables are <c>Leads</c>, <c>Accounts</c>, <c>Contacts</c>, <c>Opportunities</c>,
/// <c>OpportunityHistory</c> and <c>LeadLifecycleOutbox</c>, each name preceded by <see cref="TablePrefix"/>.</remarks>
public sealed record LeadLifecycleModelOptions
{
    /// <summary>Gets the database schema of the tables. Default: null, the provider's default schema.</summary>
    public string? Schema { get; init; }

    /// <summary>Gets the text put before every table name, e.g. <c>crm_</c>. Default: none.</summary>
    public string TablePrefix { get; init; } = string.Empty;
}
