namespace LeadLifecycle.Errors;

/// <summary>What kind of value of a definition a <see cref="DefinitionError"/> is about.</summary>
public enum DefinitionValueKind
{
    /// <summary>A lead status of a lead process.</summary>
    Status = 1,

    /// <summary>An opportunity stage of a sales process or stage set.</summary>
    Stage = 2,

    /// <summary>A transition of a lead process; the value is the status it leads to.</summary>
    Transition = 3,

    /// <summary>A conversion field mapping: a lead field, a target field (<c>Account.Name</c>) or a whole rule.</summary>
    FieldMapping = 4,
}
