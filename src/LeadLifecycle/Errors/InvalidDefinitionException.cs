namespace LeadLifecycle.Errors;

/// <summary>Thrown when a definition is built from invalid parts: a programming error, not bad user data.</summary>
public sealed class InvalidDefinitionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDefinitionException"/> class.</summary>
    public InvalidDefinitionException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidDefinitionException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InvalidDefinitionException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidDefinitionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidDefinitionException"/> class.</summary>
    /// <param name="errors">Everything that is wrong with the definition.</param>
    public InvalidDefinitionException(IReadOnlyList<DefinitionError> errors)
        : base("Invalid definition: " + string.Join(" ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Gets everything that is wrong with the definition.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }
}
