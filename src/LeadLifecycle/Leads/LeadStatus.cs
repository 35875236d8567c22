using System.Text.Json.Serialization;

namespace LeadLifecycle.Leads;

/// <summary>One value of a lead process's status value set, e.g. "Working - Contacted".</summary>
/// <remarks>
/// Whether a status converts, closes or is the default is decided by its flags, never by its name: a real org has a
/// status named "Konvertiert" that is not converted. A converted status is always closed; a closed status that is not
/// converted is a disqualified one.
/// </remarks>
public sealed record LeadStatus
{
    /// <summary>Initializes a new instance of the <see cref="LeadStatus"/> class.</summary>
    /// <param name="name">The API name, unique within the process.</param>
    public LeadStatus(string name)
    {
        Name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the API name, unique within the process; leads store this.</summary>
    public string Name { get; }

    /// <summary>Gets the label shown to people; the name when not set.</summary>
    public string Label
    {
        get => field ?? Name;
        init => field = string.IsNullOrWhiteSpace(value) || value == Name ? null : value;
    }

    /// <summary>Gets the position in the process's status list; lower comes first.</summary>
    public int SortOrder { get; init; }

    /// <summary>Gets a value indicating whether new leads start in this status; exactly one status per process is.</summary>
    public bool IsDefault { get; init; }

    /// <summary>Gets a value indicating whether conversion puts a lead in this status; a process may have several.</summary>
    public bool IsConverted { get; init; }

    /// <summary>Gets a value indicating whether the status ends qualification (converted or disqualified).</summary>
    public bool IsClosed { get; init; }

    /// <summary>Gets a value indicating whether the status may still be entered; inactive ones are kept for old leads.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Gets a value indicating whether the status is open: not closed.</summary>
    [JsonIgnore]
    public bool IsOpen => !IsClosed;

    /// <summary>Gets a value indicating whether the status disqualifies: closed but not converted.</summary>
    [JsonIgnore]
    public bool IsDisqualified => IsClosed && !IsConverted;
}
