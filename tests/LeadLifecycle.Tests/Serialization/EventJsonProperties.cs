using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadLifecycle.Conversion;
using LeadLifecycle.Leads;
using LeadLifecycle.Opportunities;
using LeadLifecycle.Serialization;

namespace LeadLifecycle.Tests.Serialization;

/// <summary>Every event the library produces survives a JSON round trip unchanged, whatever its values.</summary>
[Properties(Arbitrary = [typeof(EventJsonProperties.Arbitraries)], MaxTest = 200)]
public sealed class EventJsonProperties
{
    [Property]
    public void AnyLeadStatusChanged_RoundTrips(LeadStatusChanged @event) =>
        Assert.Equal(@event, LeadLifecycleJson.Deserialize<LeadStatusChanged>(LeadLifecycleJson.Serialize(@event)).Value);

    [Property]
    public void AnyLeadConverted_RoundTrips(LeadConverted @event) =>
        Assert.Equal(@event, LeadLifecycleJson.Deserialize<LeadConverted>(LeadLifecycleJson.Serialize(@event)).Value);

    [Property]
    public void AnyOpportunityEvent_RoundTripsAsItsBaseType(OpportunityEvent @event) =>
        Assert.Equal(@event, LeadLifecycleJson.Deserialize<OpportunityEvent>(LeadLifecycleJson.Serialize(@event)).Value);

    public static class Arbitraries
    {
        private static readonly Gen<string> Names = Gen.Elements("Open", "Working - Contacted", "Closed Won", "Negotiation/Review", "Konvertiert", "Qualifié", "\"quoted\"", "a\nb");

        private static readonly Gen<string?> Reasons = Gen.Elements<string?>(null, "Budget", "Lost to \"Globex\"", string.Empty.PadLeft(3, 'x'));

        private static readonly Gen<DateTimeOffset> Times =
            from ticks in Gen.Choose(0, int.MaxValue)
            from offset in Gen.Elements(0, 60, -300, 330)
            select new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(ticks).ToOffset(TimeSpan.FromMinutes(offset));

        private static readonly Gen<string> Ids = Gen.Elements("00Q1", "001Ab", "006x", "003-9");

        public static Arbitrary<LeadStatusChanged> LeadStatusChanged() => (
            from id in Ids
            from source in Names
            from target in Names
            from trigger in Gen.Elements(Enum.GetValues<LeadStatusTrigger>())
            from at in Times
            from reason in Reasons
            select new LeadStatusChanged(new LeadId(id), source, target, trigger, at, reason)).ToArbitrary();

        public static Arbitrary<LeadConverted> LeadConverted() => (
            from id in Ids
            from status in Names
            from opportunity in Gen.Elements<OpportunityId?>(null, new OpportunityId("006A"))
            from created in Gen.Elements(true, false)
            from at in Times
            select new LeadConverted(new LeadId(id), status, new AccountId("001A"), new ContactId("003A"), opportunity, created, !created, opportunity is not null, at)).ToArbitrary();

        public static Arbitrary<OpportunityEvent> OpportunityEvent() => (
            from kind in Gen.Choose(0, 3)
            from id in Ids
            from source in Names
            from target in Names
            from at in Times
            from reason in Reasons
            from amount in Gen.Elements<decimal?>(null, 0m, 1234.5m)
            from trigger in Gen.Elements(OpportunityStageTrigger.MoveTo, OpportunityStageTrigger.Advance)
            select kind switch
            {
                0 => (OpportunityEvent)new OpportunityStageChanged(new OpportunityId(id), source, target, trigger, at),
                1 => new OpportunityWon(new OpportunityId(id), source, target, at, amount),
                2 => new OpportunityLost(new OpportunityId(id), source, target, at, reason, reason is null ? null : "Globex"),
                _ => new OpportunityReopened(new OpportunityId(id), source, target, at),
            }).ToArbitrary();
    }
}
