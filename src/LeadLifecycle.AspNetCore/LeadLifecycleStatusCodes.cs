using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace LeadLifecycle.AspNetCore;

/// <summary>The HTTP status each error code of the library answers with: the single source of the README error
/// catalogue's HTTP column (a test holds the two together).</summary>
/// <remarks>400: a body that cannot be read. 409: a refusal that depends on the record's current state (retrying after
/// the state changes may succeed). 413: a file past a size limit. 422: a request that is invalid whatever the state.
/// Definition errors answer 422 (the definition came with the request; a host's own broken definition fails startup).
/// A code not listed answers <see cref="UnknownCodeStatus"/>.</remarks>
public static class LeadLifecycleStatusCodes
{
    /// <summary>The status of a library error whose code is not listed: 422.</summary>
    public const int UnknownCodeStatus = StatusCodes.Status422UnprocessableEntity;

    private static readonly FrozenDictionary<string, int> Statuses = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["INVALID_JSON"] = 400,
        ["SALESFORCE_MALFORMED_FILE"] = 400,
        ["SALESFORCE_METADATA_LIMIT_EXCEEDED"] = 413,
        ["CANNOT_UPDATE_CONVERTED_LEAD"] = 409,
        ["LEAD_TRANSITION_NOT_PERMITTED"] = 409,
        ["EVENT_OUT_OF_SEQUENCE"] = 409,
        ["EVENT_FOR_ANOTHER_RECORD"] = 409,
        ["EVENT_CONVERSION_DATA_MISSING"] = 409,
        ["LEAD_CONVERSION_REQUIRED"] = 409,
        ["LEAD_RECYCLE_REQUIRES_DISQUALIFIED_STATUS"] = 409,
        ["STAGE_MOVE_BACKWARD_NOT_ALLOWED"] = 409,
        ["STAGE_SKIP_NOT_ALLOWED"] = 409,
        ["STAGE_TRANSITION_NOT_PERMITTED"] = 409,
        ["CLOSED_OPPORTUNITY_LOCKED"] = 409,
        ["PROBABILITY_OVERRIDE_NOT_ALLOWED"] = 409,
        ["DUPLICATES_DETECTED"] = 409,
        ["CONCURRENCY_CONFLICT"] = 409,
        ["REQUIRED_FIELD_MISSING"] = 422,
        ["STRING_TOO_LONG"] = 422,
        ["INVALID_EMAIL_ADDRESS"] = 422,
        ["INVALID_FIELD_VALUE"] = 422,
        ["UNKNOWN_LEAD_STATUS"] = 422,
        ["DISQUALIFICATION_REASON_REQUIRED"] = 422,
        ["UNKNOWN_OPPORTUNITY_STAGE"] = 422,
        ["SALES_PROCESS_NO_OPEN_STAGE"] = 422,
        ["STAGE_REQUIRED_FIELDS_MISSING"] = 422,
        ["LOSS_REASON_REQUIRED"] = 422,
        ["CLOSING_STAGE_REQUIRED"] = 422,
        ["DEFINITION_DUPLICATE_VALUE"] = 422,
        ["DEFINITION_DEFAULT_VALUE_COUNT"] = 422,
        ["DEFINITION_INVALID_DEFAULT_VALUE"] = 422,
        ["DEFINITION_NO_CONVERTED_STATUS"] = 422,
        ["DEFINITION_UNKNOWN_VALUE"] = 422,
        ["DEFINITION_INVALID_VALUE"] = 422,
        ["DEFINITION_INVALID_TRANSITION"] = 422,
        ["DEFINITION_REQUIRED_STAGE_MISSING"] = 422,
        ["INVALID_STATUS"] = 422,
        ["CONVERSION_CONTACT_REQUIRES_ACCOUNT"] = 422,
        ["CONVERSION_CONTACT_NOT_ON_ACCOUNT"] = 422,
        ["CONVERSION_OPPORTUNITY_NOT_ON_ACCOUNT"] = 422,
        ["CONVERSION_OPPORTUNITY_REQUIRES_ACCOUNT"] = 422,
        ["CONVERSION_PERSON_ACCOUNT_CONTACT"] = 422,
        ["CONVERSION_OPPORTUNITY_CREATION_CONFLICT"] = 422,
        ["CONVERSION_OPPORTUNITY_ID_AND_NAME"] = 422,
        ["CONVERSION_OPPORTUNITY_NOT_WANTED"] = 422,
        ["CONVERSION_OVERWRITE_LEAD_SOURCE_REQUIRES_CONTACT"] = 422,
        ["CONVERSION_OWNER_REQUIRED"] = 422,
        ["CONVERSION_READINESS_SIGNAL_MISSING"] = 422,
        ["SALESFORCE_AMBIGUOUS_LABEL"] = 422,
        ["INVALID_TYPE_ON_FIELD_IN_RECORD"] = 422,
        ["SALESFORCE_MALFORMED_RECORD"] = 422,
        ["SALESFORCE_INVALID_WEB_TO_LEAD_FIELD"] = 422,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every listed error code with its HTTP status.</summary>
    public static IReadOnlyDictionary<string, int> All => Statuses;

    /// <summary>Gets the HTTP status an error code answers with.</summary>
    /// <param name="code">The error's <c>Code</c>, e.g. <c>CANNOT_UPDATE_CONVERTED_LEAD</c>.</param>
    /// <returns>The listed status, or <see cref="UnknownCodeStatus"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static int For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Statuses.TryGetValue(code, out var status) ? status : UnknownCodeStatus;
    }
}
