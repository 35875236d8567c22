namespace LeadLifecycle.Salesforce;

/// <summary>The stable codes of the errors this package adds to <see cref="LeadLifecycle.Errors.ErrorCodes"/>.</summary>
/// <remarks>Problems with a definition read from metadata keep the core codes (e.g. <c>DEFINITION_UNKNOWN_VALUE</c>);
/// see <see cref="MetadataDefinitionError"/>.</remarks>
public static class SalesforceErrorCodes
{
    /// <summary>A file cannot be read as what it claims to be: not well-formed, too large, a DTD, an unexpected
    /// element or value.</summary>
    public const string MalformedFile = "SALESFORCE_MALFORMED_FILE";

    /// <summary>A metadata file goes past a limit of <see cref="SalesforceMetadataOptions"/>: size, nesting depth or
    /// values per set.</summary>
    public const string MetadataLimitExceeded = "SALESFORCE_METADATA_LIMIT_EXCEEDED";

    /// <summary>A business process names a value by a label several values carry, and by no API name.</summary>
    public const string AmbiguousLabel = "SALESFORCE_AMBIGUOUS_LABEL";

    /// <summary>A warning: a business process named a value by its unique label; it was resolved to the API name.</summary>
    public const string ValueResolvedByLabel = "SALESFORCE_VALUE_RESOLVED_BY_LABEL";

    /// <summary>A warning: conversion settings list the same field mapping more than once; the copies were collapsed.</summary>
    public const string DuplicateFieldMapping = "SALESFORCE_DUPLICATE_FIELD_MAPPING";

    /// <summary>A record's field holds a value of the wrong type (Salesforce's code).</summary>
    public const string InvalidTypeOnFieldInRecord = "INVALID_TYPE_ON_FIELD_IN_RECORD";

    /// <summary>A record as a whole cannot be read (wrong number of columns, not a lead, not an object).</summary>
    public const string MalformedRecord = "SALESFORCE_MALFORMED_RECORD";

    /// <summary>A warning, not an error: CSV bytes without a byte-order mark were not valid UTF-8 and were read as
    /// Windows-1252 (see <see cref="RecordImportOptions.Encoding"/>).</summary>
    public const string EncodingFallback = "SALESFORCE_ENCODING_FALLBACK";

    /// <summary>A Web-to-Lead form field cannot become part of a lead: unknown, posted twice with different values,
    /// too long, unreadable as its type, or failing the lead's validation (see <see cref="WebToLeadFieldError"/>).</summary>
    public const string InvalidWebToLeadField = "SALESFORCE_INVALID_WEB_TO_LEAD_FIELD";
}
