namespace LeadLifecycle.Conversion;

/// <summary>When a lead is ready to convert: the readiness policy of a <see cref="LeadConverter"/>.</summary>
/// <remarks>The signals are ordered from earliest to latest, as in the domain story: interest shown, meeting agreed,
/// pricing agreed. A policy asks for at least its signal; a later signal satisfies an earlier requirement (a lead
/// that agreed on pricing has shown interest).</remarks>
public enum ConversionReadiness
{
    /// <summary>The seller decides: no signal is required. The default.</summary>
    SellerDecides = 0,

    /// <summary>The lead must have shown interest (<see cref="Leads.Lead.InterestShownAt"/>), or a later signal.</summary>
    InterestShown = 1,

    /// <summary>Both sides must have agreed on a meeting (<see cref="Leads.Lead.MeetingAgreedAt"/>), or pricing.</summary>
    MeetingAgreed = 2,

    /// <summary>The lead must have agreed on pricing (<see cref="Leads.Lead.PricingAgreedAt"/>), the ultimate signal.</summary>
    PricingAgreed = 3,
}
