using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using Microsoft.Extensions.DependencyInjection;

namespace LeadLifecycle.AspNetCore;

/// <summary>The workflows and the converter built from <see cref="LeadLifecycleOptions"/>, once per container.</summary>
internal sealed class LeadLifecycleComponents
{
    private LeadLifecycleComponents(LeadWorkflow leadWorkflow, OpportunityWorkflow opportunityWorkflow, LeadConverter converter)
    {
        LeadWorkflow = leadWorkflow;
        OpportunityWorkflow = opportunityWorkflow;
        Converter = converter;
    }

    public LeadWorkflow LeadWorkflow { get; }

    public OpportunityWorkflow OpportunityWorkflow { get; }

    public LeadConverter Converter { get; }

    /// <summary>Builds the components; the container's clock and id generator replace the options' defaults.</summary>
    /// <exception cref="ArgumentException">The options are refused by a workflow or the converter.</exception>
    public static LeadLifecycleComponents Create(LeadLifecycleOptions options, IServiceProvider services)
    {
        var time = services.GetService<TimeProvider>();
        var ids = services.GetService<IIdGenerator>();
        var leadOptions = options.LeadWorkflow ?? new LeadWorkflowOptions();
        var opportunityOptions = options.OpportunityWorkflow ?? new OpportunityWorkflowOptions();
        var converterOptions = options.Converter ?? new LeadConverterOptions();
        leadOptions = leadOptions with { TimeProvider = Time(leadOptions.TimeProvider, time), IdGenerator = Ids(leadOptions.IdGenerator, ids) };
        opportunityOptions = opportunityOptions with { TimeProvider = Time(opportunityOptions.TimeProvider, time), IdGenerator = Ids(opportunityOptions.IdGenerator, ids) };
        converterOptions = converterOptions with
        {
            SalesProcess = options.SalesProcess,
            TimeProvider = Time(converterOptions.TimeProvider, time),
            IdGenerator = Ids(converterOptions.IdGenerator, ids),
        };

        return new(
            new LeadWorkflow(options.LeadProcess, leadOptions),
            new OpportunityWorkflow(options.SalesProcess, opportunityOptions),
            new LeadConverter(options.LeadProcess, converterOptions));
    }

    private static TimeProvider Time(TimeProvider? configured, TimeProvider? container) =>
        configured is null || ReferenceEquals(configured, TimeProvider.System) ? container ?? TimeProvider.System : configured;

    private static IIdGenerator Ids(IIdGenerator? configured, IIdGenerator? container) =>
        configured is null || ReferenceEquals(configured, GuidIdGenerator.Instance) ? container ?? GuidIdGenerator.Instance : configured;
}
