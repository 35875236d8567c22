using FsCheck;
using FsCheck.Fluent;
using LeadLifecycle.Leads;
using LeadLifecycle.Testing;

namespace LeadLifecycle.Tests.Generators;

/// <summary>One verb applied to a lead, independent of the process: the target is an index into the process's statuses
/// (wrapped). (The testing kit's LeadStep names statuses of one given process.)</summary>
public sealed record IndexedLeadStep(LeadStatusTrigger Trigger, int Target, bool WithReason, bool SetEmail);

/// <summary>How a hostile event stream is made from a valid history.</summary>
public enum EventAttackKind
{
    /// <summary>Insert a random event (random statuses, trigger, reason).</summary>
    Random = 0,

    /// <summary>Swap the event with the next one.</summary>
    Swap = 1,

    /// <summary>Drop the event.</summary>
    Drop = 2,

    /// <summary>Give the event another lead's id.</summary>
    Foreign = 3,

    /// <summary>Remove the event's reason.</summary>
    StripReason = 4,

    /// <summary>Insert a Convert event without the conversion's fields.</summary>
    ForgeConvert = 5,

    /// <summary>Insert a Convert event whose account and contact ids are empty.</summary>
    ForgeConvertWithEmptyIds = 6,
}

/// <summary>One attack on an event stream; indices wrap over the history and the process's statuses.</summary>
public sealed record EventAttack(EventAttackKind Kind, int Position, int From, int Trigger, int To);

/// <summary>FsCheck generators for the lead properties: processes and lead drafts come from the testing kit
/// (LifecycleArbitraries); the index-based steps and hostile event streams below are this project's own.</summary>
public static class LeadArbitraries
{
    public static Gen<IndexedLeadStep> Steps() =>
        from trigger in Gen.Elements(Enum.GetValues<LeadStatusTrigger>())
        from target in Gen.Choose(0, 12)
        from reason in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from email in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        select new IndexedLeadStep(trigger, target, reason, email);

    /// <summary>Hostile event streams: random events, and valid histories with one event reordered, dropped, made
    /// foreign, stripped of its reason, or replaced by a forged conversion.</summary>
    public static Gen<EventAttack[]> EventAttacks() =>
        (from kind in Gen.Elements(Enum.GetValues<EventAttackKind>())
         from position in Gen.Choose(0, 20)
         from source in Gen.Choose(0, 12)
         from trigger in Gen.Elements(1, 2, 3, 4, 5, 5, 0, 99)
         from to in Gen.Choose(0, 12)
         select new EventAttack(kind, position, source, trigger, to)).ArrayOf();

    public static Arbitrary<EventAttack[]> EventAttackArbitrary() => EventAttacks().ToArbitrary();

    /// <summary>Random lead processes, from the testing kit (with shrinking).</summary>
    public static Arbitrary<LeadProcessSpec> ProcessSpecArbitrary() => LifecycleArbitraries.LeadProcessSpecs();

    public static Arbitrary<IndexedLeadStep[]> StepsArbitrary() => Steps().ArrayOf().ToArbitrary();

    /// <summary>New leads' fields, from the testing kit (with shrinking).</summary>
    public static Arbitrary<Lead> LeadArbitrary() => LifecycleArbitraries.LeadDrafts();
}
