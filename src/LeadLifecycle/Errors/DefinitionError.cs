namespace LeadLifecycle.Errors;

/// <summary>The base of the errors that make a definition (lead process, stage set, sales process) invalid.</summary>
/// <remarks>Building a definition throws <see cref="InvalidDefinitionException"/> with all of them, or
/// <c>TryBuild</c> returns them in a failed result.</remarks>
public abstract class DefinitionError : LeadLifecycleError
{
    /// <summary>Initializes a new instance of the <see cref="DefinitionError"/> class.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="message">What is wrong.</param>
    protected DefinitionError(string code, string definition, string message)
        : base(code, $"{definition}: {message}")
    {
        Definition = definition;
    }

    /// <summary>Gets the name of the invalid definition.</summary>
    public string Definition { get; }
}
