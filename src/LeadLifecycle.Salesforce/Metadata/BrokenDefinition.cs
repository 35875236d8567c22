using FluentResults;

namespace LeadLifecycle.Salesforce;

/// <summary>A definition of a source folder that could not be loaded, with every problem found in it.</summary>
/// <remarks>Listed in <see cref="SalesforceSourceDefinitions.BrokenDefinitions"/> when
/// <see cref="SalesforceMetadataOptions.Strict"/> is false: the rest of the org loads without it.</remarks>
/// <param name="SourceFile">The file it is in (a business process may be one of several in an <c>.object</c> file).</param>
/// <param name="Name">Its name: the business process's name, or the value set's or file's name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Errors">Every problem found, each with the file and line.</param>
public sealed record BrokenDefinition(string SourceFile, string Name, SalesforceDefinitionKind Kind, IReadOnlyList<IError> Errors);
