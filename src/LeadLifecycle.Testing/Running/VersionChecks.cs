using FluentResults;
using LeadLifecycle.Conversion;

namespace LeadLifecycle.Testing;

/// <summary>The built-in <c>Version</c> invariants (the record's optimistic concurrency token): one place for the rule
/// every runner checks.</summary>
internal static class VersionChecks
{
    /// <summary>The name of the invariant over the stepped record.</summary>
    public const string StepName = "a successful step returns the record one Version later, a refused one leaves it unchanged";

    /// <summary>The name of the invariant over a conversion's account, contact and opportunity.</summary>
    public const string ConversionName = "a conversion's records are new at Version 1 or one Version after the existing record";

    /// <summary>The version a new record starts at, as <c>Create</c> and a conversion give it.</summary>
    private const long First = 1;

    /// <summary>Null when the record's version after a step fits the step's outcome, else what was seen.</summary>
    public static string? Step(long before, long after, bool succeeded)
    {
        var expected = succeeded ? unchecked(before + 1) : before;
        return after == expected
            ? null
            : $"Version went from {before} to {after} after a {(succeeded ? "successful" : "refused")} step; expected {expected}";
    }

    /// <summary>Null when a successful conversion's records carry the versions the request implies, else what was seen:
    /// a new record at version 1, an existing one (given in the request) one version later; a person account's contact
    /// shares the account's version.</summary>
    public static string? Conversion(ConversionRequest request, IResultBase result)
    {
        if (result is not Result<LeadConversion> { IsSuccess: true } converted)
        {
            return null;
        }

        var conversion = converted.Value;
        var account = Expected(request.ExistingAccount?.Version);
        var contact = conversion.Account.IsPersonAccount ? account : Expected(request.ExistingContact?.Version);
        var opportunity = Expected(request.ExistingOpportunity?.Version);
        var wrong = new List<string>();
        Compare("account", account, conversion.Account.Version, wrong);
        Compare("contact", contact, conversion.Contact.Version, wrong);
        if (conversion.Opportunity is { } created)
        {
            Compare("opportunity", opportunity, created.Version, wrong);
        }

        return wrong.Count == 0 ? null : string.Join("; ", wrong);
    }

    private static long Expected(long? existing) => existing is { } version ? unchecked(version + 1) : First;

    private static void Compare(string record, long expected, long actual, List<string> wrong)
    {
        if (expected != actual)
        {
            wrong.Add($"the {record} is at Version {actual}, expected {expected}");
        }
    }
}
