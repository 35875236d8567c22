namespace LeadLifecycle.Errors;

/// <summary>A transition in a definition is not possible (<see cref="ErrorCodes.InvalidTransition"/>).</summary>
/// <remarks><see cref="DefinitionError.Value"/> is the status the transition leads to
/// (<see cref="DefinitionValueKind.Transition"/>); <see cref="Transition"/> names the whole move.</remarks>
public sealed class InvalidTransitionError : DefinitionError
{
    /// <summary>Initializes a new instance of the <see cref="InvalidTransitionError"/> class.</summary>
    /// <param name="definition">The name of the definition.</param>
    /// <param name="transition">The transition, e.g. <c>Convert: Open -&gt; Qualified</c>.</param>
    /// <param name="status">The status the transition leads to.</param>
    /// <param name="detail">What is wrong with it.</param>
    public InvalidTransitionError(string definition, string transition, string status, string detail)
        : base(ErrorCodes.InvalidTransition, definition, status, DefinitionValueKind.Transition, $"'{transition}': {detail}")
    {
        Transition = transition;
        AddMetadata((nameof(Transition), Transition));
    }

    /// <summary>Gets the transition, e.g. <c>Convert: Open -&gt; Qualified</c>.</summary>
    public string Transition { get; }
}
