using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadLifecycle.Leads;
using Stateless;

namespace LeadLifecycle.Benchmarks;

/// <summary>
/// Lead status checks and transitions against their baselines: a hand-written switch (the limit) and plain Stateless
/// as a user would write it (configure a machine for the entity, then Fire; CanFire on a configured machine).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LeadStatusBenchmarks
{
    private readonly LeadWorkflow _workflow = new(LeadProcess.SalesforceClassic, new LeadWorkflowOptions { EnableTelemetry = false });
    private readonly LeadWorkflow _workflowWithTelemetry = new(LeadProcess.SalesforceClassic);
    private LeadWorkflow _wideWorkflow = null!;
    private Lead _lead = null!;
    private Lead _wideLead = null!;
    private ClassicStatus _status;
    private StateMachine<ClassicStatus, ClassicTrigger> _configured = null!;

    /// <summary>The four classic statuses, as a user's own enum.</summary>
    public enum ClassicStatus
    {
        /// <summary>Open - Not Contacted.</summary>
        OpenNotContacted = 0,

        /// <summary>Working - Contacted.</summary>
        WorkingContacted = 1,

        /// <summary>Closed - Converted.</summary>
        ClosedConverted = 2,

        /// <summary>Closed - Not Converted.</summary>
        ClosedNotConverted = 3,
    }

    /// <summary>The user's triggers.</summary>
    public enum ClassicTrigger
    {
        /// <summary>Mark contacted.</summary>
        MarkContacted = 0,

        /// <summary>Disqualify.</summary>
        Disqualify = 1,

        /// <summary>Recycle.</summary>
        Recycle = 2,

        /// <summary>Convert.</summary>
        Convert = 3,
    }

    [GlobalSetup]
    public void Setup()
    {
        _lead = _workflow.Create(new Lead { FirstName = "Ada", LastName = "Lovelace", Company = "Engines", Email = "ada@example.com" }).Value;
        _status = ClassicStatus.OpenNotContacted;
        _configured = Configure(ClassicStatus.OpenNotContacted);

        // Salesforce allows 1,000 values per picklist: the check must not grow with them.
        var wide = new LeadProcessBuilder("Wide").AddOpenStatus("S0", isDefault: true);
        for (var i = 1; i < 998; i++)
        {
            wide.AddOpenStatus("S" + i);
        }

        _wideWorkflow = new LeadWorkflow(wide.AddConvertedStatus("Converted").AddDisqualifiedStatus("Disqualified").PermitStandardTransitions().Build(), new LeadWorkflowOptions { EnableTelemetry = false });
        _wideLead = _wideWorkflow.Create(new Lead { LastName = "Lovelace", Company = "Engines" }).Value with { Status = "S700" };
    }

    [Benchmark(Baseline = true, Description = "Check: hand-written switch on the lead's status")]
    [BenchmarkCategory("Check")]
    public bool Check_HandWrittenSwitch() => CanMarkContacted(_lead);

    [Benchmark(Description = "Check: hand-written switch on an enum held in a field")]
    [BenchmarkCategory("Check")]
    public bool Check_HandWrittenEnumSwitch() => CanMarkContacted(_status);

    [Benchmark(Description = "Check: Stateless CanFire")]
    [BenchmarkCategory("Check")]
    public bool Check_StatelessCanFire() => _configured.CanFire(ClassicTrigger.MarkContacted);

    [Benchmark(Description = "Check: LeadWorkflow.CanMarkContacted")]
    [BenchmarkCategory("Check")]
    public bool Check_LeadWorkflow() => _workflow.CanMarkContacted(_lead);

    [Benchmark(Description = "Check: LeadProcess.CanFire (bare status)")]
    [BenchmarkCategory("Check")]
    public bool Check_LeadProcessBareStatus() => _workflow.Process.CanFire("Open - Not Contacted", LeadStatusTrigger.MarkContacted, "Working - Contacted");

    [Benchmark(Description = "Check: LeadWorkflow.CanMoveTo, 1,000-status process")]
    [BenchmarkCategory("Check")]
    public bool Check_LeadWorkflowThousandStatuses() => _wideWorkflow.CanMoveTo(_wideLead, "S3");

    [Benchmark(Baseline = true, Description = "Transition: Stateless configure + Fire")]
    [BenchmarkCategory("Transition")]
    public ClassicStatus Transition_StatelessConfigureAndFire()
    {
        var machine = Configure(ClassicStatus.OpenNotContacted);
        machine.Fire(ClassicTrigger.MarkContacted);
        return machine.State;
    }

    [Benchmark(Description = "Transition: LeadWorkflow.MarkContacted")]
    [BenchmarkCategory("Transition")]
    public LeadChange Transition_LeadWorkflow() => _workflow.MarkContacted(_lead).Value;

    [Benchmark(Description = "Transition: LeadWorkflow.MarkContacted, telemetry on, no listener")]
    [BenchmarkCategory("Transition")]
    public LeadChange Transition_LeadWorkflowTelemetryOn() => _workflowWithTelemetry.MarkContacted(_lead).Value;

    private static bool CanMarkContacted(Lead lead) => !lead.IsConverted && lead.Status switch
    {
        "Open - Not Contacted" => true,
        "Working - Contacted" => false,
        "Closed - Converted" => false,
        "Closed - Not Converted" => false,
        _ => false,
    };

    private static bool CanMarkContacted(ClassicStatus status) => status switch
    {
        ClassicStatus.OpenNotContacted => true,
        ClassicStatus.WorkingContacted => false,
        ClassicStatus.ClosedConverted => false,
        ClassicStatus.ClosedNotConverted => false,
        _ => false,
    };

    private static StateMachine<ClassicStatus, ClassicTrigger> Configure(ClassicStatus initial)
    {
        var machine = new StateMachine<ClassicStatus, ClassicTrigger>(initial);
        machine.Configure(ClassicStatus.OpenNotContacted)
            .Permit(ClassicTrigger.MarkContacted, ClassicStatus.WorkingContacted)
            .Permit(ClassicTrigger.Disqualify, ClassicStatus.ClosedNotConverted)
            .Permit(ClassicTrigger.Convert, ClassicStatus.ClosedConverted);
        machine.Configure(ClassicStatus.WorkingContacted)
            .Permit(ClassicTrigger.Disqualify, ClassicStatus.ClosedNotConverted)
            .Permit(ClassicTrigger.Convert, ClassicStatus.ClosedConverted);
        machine.Configure(ClassicStatus.ClosedNotConverted)
            .Permit(ClassicTrigger.Recycle, ClassicStatus.OpenNotContacted);
        return machine;
    }
}
