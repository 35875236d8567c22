using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.AspNetCore;

/// <summary>What <see cref="LeadLifecycleServiceCollectionExtensions.AddLeadLifecycle"/> registers: the definitions and
/// the options of the workflows and the converter.</summary>
/// <remarks>Validated when the host starts: a definition built in the configure delegate that is invalid throws the
/// library's <c>InvalidDefinitionException</c> there, and options the workflows or the converter refuse fail startup
/// with the library's message. A <see cref="TimeProvider"/> or <see cref="IIdGenerator"/> registered in the container
/// is used wherever these options leave the default.</remarks>
public sealed class LeadLifecycleOptions
{
    /// <summary>Gets or sets the lead process; default <see cref="LeadProcess.Default"/> (Salesforce's classic four
    /// statuses).</summary>
    public LeadProcess LeadProcess { get; set; } = LeadProcess.Default;

    /// <summary>Gets or sets the sales process of new opportunities and of conversion; default
    /// <see cref="SalesProcess.Default"/>. It replaces <see cref="LeadConverterOptions.SalesProcess"/>.</summary>
    public SalesProcess SalesProcess { get; set; } = SalesProcess.Default;

    /// <summary>Gets or sets the lead workflow's options; default: <see cref="LeadWorkflowOptions"/>'s defaults with
    /// the container's clock and id generator.</summary>
    public LeadWorkflowOptions? LeadWorkflow { get; set; }

    /// <summary>Gets or sets the opportunity workflow's options; default: <see cref="OpportunityWorkflowOptions"/>'s
    /// defaults with the container's clock and id generator.</summary>
    public OpportunityWorkflowOptions? OpportunityWorkflow { get; set; }

    /// <summary>Gets or sets the converter's options; default: <see cref="LeadConverterOptions"/>'s defaults with the
    /// container's clock and id generator. Its sales process is always <see cref="SalesProcess"/>.</summary>
    public LeadConverterOptions? Converter { get; set; }
}
