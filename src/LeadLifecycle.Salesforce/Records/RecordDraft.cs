namespace LeadLifecycle.Salesforce;

/// <summary>The values of one record while it is read, by field index; reused from record to record (only the fields a
/// record set are cleared for the next).</summary>
internal sealed class RecordDraft
{
    private readonly string?[] _text;
    private readonly decimal?[] _number;
    private readonly int?[] _integer;
    private readonly DateTimeOffset?[] _instant;
    private readonly DateOnly?[] _date;
    private readonly bool[] _flag;
    private readonly int[] _touched;
    private readonly List<KeyValuePair<string, string?>> _custom = [];
    private KeyValuePair<string, string?>[] _lastCustom = [];
    private CustomFields _lastCustomFields = CustomFields.Empty;
    private int _touchedCount;

    public RecordDraft(int fieldCount)
    {
        _text = new string?[fieldCount];
        _number = new decimal?[fieldCount];
        _integer = new int?[fieldCount];
        _instant = new DateTimeOffset?[fieldCount];
        _date = new DateOnly?[fieldCount];
        _flag = new bool[fieldCount];
        _touched = new int[fieldCount * 2];
    }

    /// <summary>Which of the draft's arrays a touched field was set in: <see cref="Reset"/> clears only that one.</summary>
    private enum Slot
    {
        Text = 0,
        Number = 1,
        Instant = 2,
        Date = 3,
        Flag = 4,
        Integer = 5,
        All = 7,
    }

    /// <summary>Gets or sets the compound address read from an <c>Address</c> value; separate address columns win over it.</summary>
    public Address? CompoundAddress { get; set; }

    public void Reset()
    {
        for (var i = 0; i < _touchedCount; i++)
        {
            var field = _touched[i] >> 3;
            switch ((Slot)(_touched[i] & 7))
            {
                case Slot.Text:
                    _text[field] = null;
                    break;
                case Slot.Number:
                    _number[field] = null;
                    break;
                case Slot.Instant:
                    _instant[field] = null;
                    break;
                case Slot.Date:
                    _date[field] = null;
                    break;
                case Slot.Flag:
                    _flag[field] = false;
                    break;
                case Slot.Integer:
                    _integer[field] = null;
                    break;
                default:
                    _text[field] = null;
                    _number[field] = null;
                    _integer[field] = null;
                    _instant[field] = null;
                    _date[field] = null;
                    _flag[field] = false;
                    break;
            }
        }

        _touchedCount = 0;
        _custom.Clear();
        CompoundAddress = null;
    }

    public void SetText(int field, string? value)
    {
        Touch(field, Slot.Text);
        _text[field] = string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Sets a text field that every record of the file writes, as a CSV column is (set, or cleared by
    /// <see cref="ClearText"/>): nothing to clear in <see cref="Reset"/>, since the next record overwrites it.</summary>
    public void SetColumnText(int field, string value) => _text[field] = value;

    /// <summary>Sets a text field to null (an empty value). Nothing to clear next time: the field is null after
    /// <see cref="Reset"/> unless set in this record, which touched it, or it is a column every record writes.</summary>
    public void ClearText(int field) => _text[field] = null;

    public void SetNumber(int field, decimal? value)
    {
        Touch(field, Slot.Number);
        _number[field] = value;
    }

    /// <summary>Sets a whole-number field, kept as read (no round trip through <see cref="decimal"/>).</summary>
    public void SetInteger(int field, int? value)
    {
        Touch(field, Slot.Integer);
        _integer[field] = value;
    }

    public void SetInstant(int field, DateTimeOffset? value)
    {
        Touch(field, Slot.Instant);
        _instant[field] = value;
    }

    public void SetDate(int field, DateOnly? value)
    {
        Touch(field, Slot.Date);
        _date[field] = value;
    }

    public void SetFlag(int field, bool value)
    {
        Touch(field, Slot.Flag);
        _flag[field] = value;
    }

    public void SetCustom(string name, string? value) => _custom.Add(new(name, value));

    public string? Text(int field) => _text[field];

    public decimal? Number(int field) => _number[field];

    /// <summary>A whole-number field (<see cref="FieldKind.Integer"/>), as <see cref="SetInteger"/> set it.</summary>
    public int? Integer(int field) => _integer[field];

    public DateTimeOffset? Instant(int field) => _instant[field];

    public DateOnly? Date(int field) => _date[field];

    public bool Flag(int field) => _flag[field];

    /// <summary>An address from separate street, city, state, postal code and country fields, each falling back to the
    /// compound address's part; null when every part is empty.</summary>
    public Address? Address(int street, int city, int state, int postalCode, int country)
    {
        if (CompoundAddress is null && Text(street) is null && Text(city) is null && Text(state) is null && Text(postalCode) is null
            && Text(country) is null)
        {
            // Nothing to build: the address below would be empty (the draft holds no empty text).
            return null;
        }

        var address = new Address
        {
            Street = Text(street) ?? CompoundAddress?.Street,
            City = Text(city) ?? CompoundAddress?.City,
            State = Text(state) ?? CompoundAddress?.State,
            PostalCode = Text(postalCode) ?? CompoundAddress?.PostalCode,
            Country = Text(country) ?? CompoundAddress?.Country,
        };
        return address.IsEmpty ? null : address;
    }

    /// <summary>The custom fields; the previous record's (immutable) instance again when its names and values are the very
    /// same strings, as they are for repeated values shared through a string pool.</summary>
    public CustomFields BuildCustomFields()
    {
        if (_custom.Count == 0)
        {
            return LeadLifecycle.CustomFields.Empty;
        }

        if (_custom.Count == _lastCustom.Length)
        {
            var same = true;
            for (var i = 0; i < _lastCustom.Length && same; i++)
            {
                same = ReferenceEquals(_custom[i].Key, _lastCustom[i].Key) && ReferenceEquals(_custom[i].Value, _lastCustom[i].Value);
            }

            if (same)
            {
                return _lastCustomFields;
            }

            _custom.CopyTo(_lastCustom);
        }
        else
        {
            _lastCustom = [.. _custom];
        }

        return _lastCustomFields = LeadLifecycle.CustomFields.From(_custom);
    }

    private void Touch(int field, Slot slot)
    {
        if (_touchedCount < _touched.Length)
        {
            _touched[_touchedCount++] = (field << 3) | (int)slot;
        }
        else
        {
            // More sets than slots (a field set many times, e.g. repeated JSON properties): clear everything next time.
            _touchedCount = 0;
            for (var i = 0; i < _text.Length; i++)
            {
                _touched[_touchedCount++] = (i << 3) | (int)Slot.All;
            }
        }
    }
}
