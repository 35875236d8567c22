namespace LeadLifecycle.Opportunities;

/// <summary>One stage of a sales process, e.g. "Proposal/Price Quote", with what entering it sets.</summary>
/// <remarks>Won implies closed. Whether a stage is won or lost is decided by its flags, never by its name or probability.</remarks>
public sealed record OpportunityStage
{
    /// <summary>Initializes a new instance of the <see cref="OpportunityStage"/> class.</summary>
    /// <param name="name">The API name, unique within the stage set.</param>
    public OpportunityStage(string name)
    {
        Name = Preconditions.NotBlank(name);
    }

    /// <summary>Gets the API name; opportunities store this.</summary>
    public string Name { get; }

    /// <summary>Gets the label shown to people; the name when not set.</summary>
    public string Label
    {
        get => field ?? Name;
        init => field = string.IsNullOrWhiteSpace(value) || string.Equals(value, Name, StringComparison.Ordinal) ? null : value;
    }

    /// <summary>Gets the probability in percent (0 to 100) that entering the stage sets.</summary>
    public int Probability { get; init; }

    /// <summary>Gets the forecast category that entering the stage sets.</summary>
    public ForecastCategory ForecastCategory { get; init; } = ForecastCategory.Pipeline;

    /// <summary>Gets a value indicating whether the stage closes the opportunity.</summary>
    public bool IsClosed { get; init; }

    /// <summary>Gets a value indicating whether the stage wins the opportunity; won stages are closed.</summary>
    public bool IsWon { get; init; }

    /// <summary>Gets a value indicating whether the stage may still be entered.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Gets the position in the stage list; lower comes first.</summary>
    public int SortOrder { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the stage is open: not closed.</summary>
    public bool IsOpen => !IsClosed;

    /// <summary>Gets a value indicating whether the stage is lost: closed and not won.</summary>
    public bool IsLost => IsClosed && !IsWon;
}
