namespace LeadLifecycle.Leads;

/// <summary>The qualification signals of the domain story, from earliest to latest: when sellers commonly convert.</summary>
public enum LeadSignal
{
    /// <summary>The lead raised a hand and showed interest (<see cref="Lead.InterestShownAt"/>).</summary>
    InterestShown = 1,

    /// <summary>Both sides agreed on an official meeting (<see cref="Lead.MeetingAgreedAt"/>).</summary>
    MeetingAgreed = 2,

    /// <summary>The lead agreed on pricing, the ultimate signal of readiness (<see cref="Lead.PricingAgreedAt"/>).</summary>
    PricingAgreed = 3,
}
