namespace LeadLifecycle;

/// <summary>Creates ids for new records; inject a fixed one in tests.</summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IIdGenerator
{
    /// <summary>Creates a new lead id.</summary>
    /// <returns>A fresh, unique id.</returns>
    LeadId NewLeadId();

    /// <summary>Creates a new account id.</summary>
    /// <returns>A fresh, unique id.</returns>
    AccountId NewAccountId();

    /// <summary>Creates a new contact id.</summary>
    /// <returns>A fresh, unique id.</returns>
    ContactId NewContactId();

    /// <summary>Creates a new opportunity id.</summary>
    /// <returns>A fresh, unique id.</returns>
    OpportunityId NewOpportunityId();
}
