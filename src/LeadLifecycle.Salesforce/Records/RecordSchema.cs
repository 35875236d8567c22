namespace LeadLifecycle.Salesforce;

/// <summary>What a reader needs to know about one record type: its Salesforce object name, its standard fields (names,
/// labels, kinds) and how a filled <see cref="RecordDraft"/> becomes a record. One instance per record type, shared.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal sealed class RecordSchema<TRecord>
    where TRecord : class
{
    /// <summary>The binding of a column that is not a standard field: kept as a custom field.</summary>
    public const int Custom = -1;

    /// <summary>The binding of a column left out.</summary>
    public const int Ignored = -2;

    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Func<RecordDraft, TRecord> _build;

    /// <param name="objectName">The Salesforce object (<c>attributes.type</c> of <c>sf data tree</c> records).</param>
    /// <param name="fields">The standard fields by index; a null entry is an unused index.</param>
    /// <param name="build">Makes the record from a filled draft.</param>
    /// <param name="derived">Derived columns left out (<c>Name</c> of a lead), unless none of <paramref name="nameParts"/> is there.</param>
    /// <param name="nameParts">The fields that make <paramref name="derived"/> redundant.</param>
    public RecordSchema(string objectName, RecordField?[] fields, Func<RecordDraft, TRecord> build, string[] derived, int[] nameParts)
    {
        ObjectName = objectName;
        Fields = fields;
        _build = build;
        Derived = derived;
        NameParts = nameParts;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is { } field)
            {
                _byName[Normalize(field.Name)] = i;
            }
        }

        // Labels second: an API name always wins over another field's label.
        for (var i = 0; i < fields.Length; i++)
        {
            foreach (var label in fields[i]?.Labels ?? [])
            {
                _byName.TryAdd(Normalize(label), i);
            }
        }
    }

    public string ObjectName { get; }

    public RecordField?[] Fields { get; }

    public string[] Derived { get; }

    public int[] NameParts { get; }

    public TRecord Build(RecordDraft draft) => _build(draft);

    public FieldKind KindOf(int binding) => binding switch
    {
        Custom => FieldKind.Custom,
        Ignored => FieldKind.Ignored,
        _ => Fields[binding]!.Kind,
    };

    /// <summary>The field a column name means, ignoring case, spaces and punctuation; <see cref="Custom"/> when none.</summary>
    public int Resolve(string column)
    {
        var name = column.Trim();

        // A custom field (Region__c) is never a standard one, whatever its letters.
        if (name.EndsWith("__c", StringComparison.OrdinalIgnoreCase))
        {
            return Custom;
        }

        return _byName.TryGetValue(Normalize(name), out var field) ? field : Custom;
    }

    /// <summary>Maps a file's columns: standard fields, custom fields, and columns left out.</summary>
    public int[] Bind(string[] names, IReadOnlyCollection<string> ignored)
    {
        var bindings = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].Trim();
            bindings[i] = ignored.Contains(name, StringComparer.OrdinalIgnoreCase) ? Ignored
                : Derived.Contains(name, StringComparer.OrdinalIgnoreCase) ? (NameParts.Length == 0 ? Ignored : Custom)
                : Resolve(name);
        }

        // A derived name is redundant only when its parts are there too; otherwise it is the only name: keep it.
        if (NameParts.Any(bindings.Contains))
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (bindings[i] == Custom && Derived.Contains(names[i].Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    bindings[i] = Ignored;
                }
            }
        }

        return bindings;
    }

    /// <summary>A column name for custom fields: the name as written, or <c>Column{n}</c> when the header cell is blank.</summary>
    public static string ColumnName(string column, int index) => string.IsNullOrWhiteSpace(column) ? $"Column{index + 1}" : column.Trim();

    /// <summary>Letters and digits only, lower case: "Zip/Postal Code" and "zippostalcode" are the same column.</summary>
    public static string Normalize(string name) =>
        string.Create(name.Count(char.IsLetterOrDigit), name, static (span, text) =>
        {
            var i = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
}
