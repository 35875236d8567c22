using System.Collections.Frozen;
using FluentResults;
using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>Turns a Salesforce Web-to-Lead form post into a lead, validated like <see cref="LeadWorkflow.Create"/>.</summary>
/// <remarks>
/// <para>The form is the one Salesforce generates (Salesforce Help, "Generate Web-to-Lead Forms" and "Web-to-Lead
/// Considerations"): an <c>application/x-www-form-urlencoded</c> post whose input names are the lead's Web-to-Lead
/// names: <c>salutation</c>, <c>first_name</c>, <c>last_name</c>, <c>title</c>, <c>company</c>, <c>email</c>,
/// <c>phone</c>, <c>mobile</c>, <c>fax</c>, <c>URL</c> (website), <c>street</c>, <c>city</c>, <c>state</c>,
/// <c>zip</c>, <c>country</c>, <c>state_code</c>, <c>country_code</c>, <c>description</c>, <c>lead_source</c>,
/// <c>industry</c>, <c>rating</c>, <c>revenue</c>, <c>employees</c>, the checkboxes <c>emailOptOut</c>,
/// <c>faxOptOut</c> and <c>doNotCall</c> (checked posts <c>1</c> or <c>on</c>), <c>Campaign_ID</c>, and custom fields
/// by their 15-character field id (<c>00N...</c>), mapped to API names by <see cref="WebToLeadOptions.CustomFieldIds"/>.
/// Names compare case-insensitively, custom field ids case-sensitively. See <see cref="StandardFields"/>.</para>
/// <para>Ignored (<see cref="IgnoredFields"/>): <c>oid</c>/<c>orgid</c> (the receiving org), <c>retURL</c> (where
/// Salesforce redirects the browser), <c>debug</c> and <c>debugEmail</c>, <c>encoding</c>, the reCAPTCHA fields
/// <c>captcha_settings</c> and <c>g-recaptcha-response</c> (verify the captcha before calling this), <c>submit</c>,
/// <c>member_status</c> (the campaign member status; the lead keeps only the campaign) and <c>recordType</c> (the
/// host chooses the lead process through the <see cref="LeadWorkflow"/>).</para>
/// <para>Values are trimmed; an empty value is no value, as an empty input is. A standard field posted more than once
/// must carry the same value each time; a custom field posted more than once (a multi-select picklist) keeps its
/// values joined by <c>;</c>, as Salesforce stores them. Numbers are read with the invariant culture (Salesforce
/// reads them in the org's locale). Every problem is reported at once, each as a <see cref="WebToLeadFieldError"/>
/// naming the form field; a lead is returned only when there is none.</para>
/// <para>Configured once and safe to share between threads.</para>
/// </remarks>
public sealed class WebToLeadIntake
{
    private readonly LeadWorkflow _workflow;
    private readonly WebToLeadOptions _options;
    private readonly FrozenDictionary<string, string> _customFields;

    /// <summary>Initializes a new instance of the <see cref="WebToLeadIntake"/> class.</summary>
    /// <param name="workflow">The workflow that creates the lead (its process, clock, ids and validation options).</param>
    /// <param name="options">How forms are read; <see cref="WebToLeadOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workflow"/> is null.</exception>
    /// <exception cref="ArgumentException">A custom field id is not a <c>00N</c> id of 15 or 18 letters and digits, or
    /// maps to a blank API name; two ids are the same 15-character id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive, or
    /// <see cref="WebToLeadOptions.UnknownFields"/> is not a defined value.</exception>
    public WebToLeadIntake(LeadWorkflow workflow, WebToLeadOptions? options = null)
    {
        _workflow = Preconditions.NotNull(workflow);
        _options = options ?? WebToLeadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxValueLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxFieldCount, nameof(options));
        if (!Enum.IsDefined(_options.UnknownFields))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.UnknownFields, "UnknownFields must be Reject or Ignore.");
        }

        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, apiName) in Preconditions.NotNull(_options.CustomFieldIds))
        {
            if (id is null || !WebToLeadFields.IsCustomFieldId(id) || string.IsNullOrWhiteSpace(apiName))
            {
                throw new ArgumentException($"Custom field id '{id}' must be a 00N id of 15 or 18 letters and digits mapped to an API name.", nameof(options));
            }

            if (!custom.TryAdd(id[..15], apiName))
            {
                throw new ArgumentException($"Custom field id '{id[..15]}' is mapped more than once (an 18-character id names the same field as its first 15 characters); map each field id once.", nameof(options));
            }
        }

        _customFields = custom.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the standard Web-to-Lead form fields, each with the lead field it fills (<c>zip</c> to
    /// <c>PostalCode</c>; address parts by their <see cref="Address"/> property name).</summary>
    public static IReadOnlyDictionary<string, string> StandardFields { get; } =
        WebToLeadFields.Standard.Values.ToFrozenDictionary(f => f.Name, f => f.LeadField, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the form fields that are read past without a word: they are for Salesforce, not for the lead.</summary>
    public static IReadOnlySet<string> IgnoredFields => WebToLeadFields.Ignored;

    /// <summary>Reads a form post and creates the lead with <see cref="LeadWorkflow.Create"/>.</summary>
    /// <remarks>
    /// Errors, all of them at once, each a <see cref="WebToLeadFieldError"/> naming the form field:
    /// <see cref="WebToLeadProblem.UnknownField"/> (with <see cref="WebToLeadUnknownFields.Reject"/>),
    /// <see cref="WebToLeadProblem.DuplicateField"/>, <see cref="WebToLeadProblem.ValueTooLong"/>,
    /// <see cref="WebToLeadProblem.InvalidValue"/>, <see cref="WebToLeadProblem.TooManyFields"/> (alone: the form is not
    /// read), and <see cref="WebToLeadProblem.LeadValidation"/> caused by the errors of <see cref="LeadWorkflow.Create"/>
    /// (<see cref="RequiredFieldMissingError"/>, <see cref="StringTooLongError"/>, <see cref="InvalidEmailAddressError"/>,
    /// <see cref="InvalidFieldValueError"/>, <see cref="UnknownLeadStatusError"/>). A field already reported is not
    /// reported again by validation.
    /// </remarks>
    /// <param name="form">The posted name and value pairs, in order, e.g. ASP.NET Core's <c>IFormCollection</c>
    /// flattened to one pair per value.</param>
    /// <returns>The created lead (id, default status and creation time set), or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public Result<Lead> Create(IEnumerable<KeyValuePair<string, string?>> form)
    {
        var (draft, errors) = Read(form);
        if (errors.Count > 0 && errors[0] is WebToLeadFieldError { Reason: WebToLeadProblem.TooManyFields })
        {
            return Result.Fail<Lead>(errors);
        }

        var created = _workflow.Create(draft);
        if (created.IsSuccess && errors.Count == 0)
        {
            return created;
        }

        var reported = errors.OfType<WebToLeadFieldError>().Select(e => e.Field).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var error in created.Errors)
        {
            var leadField = error.Metadata.TryGetValue(nameof(RequiredFieldMissingError.Field), out var field) ? field as string : null;
            var formField = leadField is null ? string.Empty : WebToLeadFields.FormFieldOf(leadField) ?? leadField;
            if (!reported.Contains(formField))
            {
                errors.Add(WebToLeadFieldError.FromLeadValidation(formField, ValueOf(draft, leadField), error));
            }
        }

        return Result.Fail<Lead>(errors);
    }

    /// <summary>Reads the form into a draft lead (no id, status or creation time) and the form's own problems.</summary>
    private (Lead Draft, List<IError> Errors) Read(IEnumerable<KeyValuePair<string, string?>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<IError>();
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var count = 0;
        foreach (var (name, value) in form)
        {
            if (++count > _options.MaxFieldCount)
            {
                errors.Clear();
                errors.Add(new WebToLeadFieldError(string.Empty, WebToLeadProblem.TooManyFields, null, $"the form has more than {_options.MaxFieldCount} fields; post at most {_options.MaxFieldCount}"));
                return (new Lead(), errors);
            }

            var key = name ?? string.Empty;
            if (!fields.TryGetValue(key, out var values))
            {
                fields[key] = values = [];
                order.Add(key);
            }

            var trimmed = value?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                values.Add(trimmed);
            }
        }

        var draft = new Lead();
        var custom = new List<KeyValuePair<string, string?>>();
        foreach (var name in order)
        {
            var values = fields[name];
            if (WebToLeadFields.Ignored.Contains(name))
            {
                continue;
            }

            if (values.Find(v => v.Length > _options.MaxValueLength) is { } tooLong)
            {
                errors.Add(new WebToLeadFieldError(name, WebToLeadProblem.ValueTooLong, null, $"the value is {tooLong.Length} characters long; post at most {_options.MaxValueLength}"));
                continue;
            }

            if (WebToLeadFields.Standard.TryGetValue(name, out var field))
            {
                draft = Apply(draft, name, field, values, errors);
            }
            else if (WebToLeadFields.IsCustomFieldId(name) && _customFields.TryGetValue(name[..15], out var apiName))
            {
                custom.Add(new(apiName, values.Count == 0 ? null : string.Join(';', values)));
            }
            else if (_options.UnknownFields == WebToLeadUnknownFields.Reject)
            {
                var detail = WebToLeadFields.IsCustomFieldId(name)
                    ? "this custom field id is not mapped: add it to WebToLeadOptions.CustomFieldIds"
                    : "not a Web-to-Lead field: post the generated form's names (first_name, last_name, company, ...), a mapped custom field id, or set WebToLeadOptions.UnknownFields to Ignore";
                errors.Add(new WebToLeadFieldError(name, WebToLeadProblem.UnknownField, Shorten(values), detail));
            }
        }

        return (custom.Count == 0 ? draft : draft with { CustomFields = CustomFields.From(custom) }, errors);
    }

    private static Lead Apply(Lead draft, string name, WebToLeadField field, List<string> values, List<IError> errors)
    {
        if (values.Count == 0)
        {
            return draft;
        }

        if (values.Exists(v => !string.Equals(v, values[0], StringComparison.Ordinal)))
        {
            errors.Add(new WebToLeadFieldError(name, WebToLeadProblem.DuplicateField, Shorten(values), $"posted {values.Count} times with different values; post it once"));
            return draft;
        }

        if (field.Apply(draft, values[0]) is { } applied)
        {
            return applied;
        }

        errors.Add(new WebToLeadFieldError(name, WebToLeadProblem.InvalidValue, values[0], $"'{values[0]}' is not {field.Expected}"));
        return draft;
    }

    /// <summary>The values of a field for an error: joined by ';' and cut to 200 characters.</summary>
    private static string? Shorten(List<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var joined = string.Join(';', values);
        return joined.Length <= 200 ? joined : string.Concat(joined.AsSpan(0, 200), "...");
    }

    private static string? ValueOf(Lead draft, string? leadField) => leadField switch
    {
        nameof(Lead.Email) => draft.Email,
        nameof(Lead.Status) => draft.Status,
        _ => null,
    };
}
