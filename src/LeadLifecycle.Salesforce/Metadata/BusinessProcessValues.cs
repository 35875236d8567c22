using FluentResults;
using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce;

/// <summary>Resolves the values a business process names against its value set, and points definition errors at lines:
/// the one place for both rules, used for lead and sales processes alike.</summary>
internal static class BusinessProcessValues
{
    /// <summary>Resolves each value by API name first, then by a label exactly one value carries (a warning); a label
    /// several values carry is an <see cref="AmbiguousLabelError"/>, a name neither is an <see cref="UnknownValueError"/>.</summary>
    /// <returns>Each value the process names that was resolved, in the process's order, as the value set's entry.</returns>
    public static List<(BusinessProcessValue Written, ValueSetEntry Entry)> Resolve(
        BusinessProcessMetadata process, ValueSetMetadata valueSet, DefinitionValueKind kind, List<IError> errors, List<LeadLifecycleError> warnings)
    {
        var byName = new Dictionary<string, ValueSetEntry>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, List<ValueSetEntry>>(StringComparer.Ordinal);
        foreach (var entry in valueSet.Values)
        {
            byName.TryAdd(entry.Name, entry);
            if (entry.Label is { Length: > 0 } label)
            {
                if (!byLabel.TryGetValue(label, out var list))
                {
                    byLabel[label] = list = [];
                }

                list.Add(entry);
            }
        }

        var what = kind == DefinitionValueKind.Stage ? "the sales process names a stage" : "the lead business process names a status";
        var resolved = new List<(BusinessProcessValue, ValueSetEntry)>();
        foreach (var value in process.Values)
        {
            if (byName.TryGetValue(value.Name, out var entry))
            {
                resolved.Add((value, entry));
            }
            else if (byLabel.TryGetValue(value.Name, out var candidates) && candidates.Count == 1)
            {
                resolved.Add((value, candidates[0]));
                warnings.Add(new ValueResolvedByLabelWarning(process.File, value.Line, process.Name, value.Name, candidates[0].Name));
            }
            else if (candidates is not null)
            {
                errors.Add(new MetadataDefinitionError(process.File, value.Line, new AmbiguousLabelError(process.Name, value.Name, [.. candidates.Select(c => c.Name)], kind)));
            }
            else
            {
                errors.Add(new MetadataDefinitionError(process.File, value.Line, new UnknownValueError(
                    process.Name, value.Name, $"{what} that {Path.GetFileName(valueSet.File)} lacks (by API name and by label).", kind)));
            }
        }

        return resolved;
    }

    /// <summary>Wraps a definition's errors with the file and the line of the value each one is about
    /// (<see cref="DefinitionError.Value"/>); an error about the definition as a whole gets <paramref name="wholeLine"/>.</summary>
    public static IEnumerable<IError> Locate(IEnumerable<IError> errors, string file, IReadOnlyDictionary<string, int> lines, int wholeLine) =>
        errors.Select(error => error is DefinitionError definitionError and not MetadataDefinitionError
            ? new MetadataDefinitionError(file, definitionError.Value is { } value && lines.TryGetValue(value, out var line) ? line : wholeLine, definitionError)
            : error);
}
