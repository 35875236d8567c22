using FluentResults;
using LeadLifecycle.Opportunities;

namespace LeadLifecycle.Salesforce;

/// <content>Opportunity stages.</content>
public sealed partial class SalesforceMetadataReader
{
    /// <summary>Reads <c>OpportunityStage.standardValueSet-meta.xml</c> as the org's opportunity stages.</summary>
    /// <remarks>Stages keep the file's order as their sort order, with probability, forecast category
    /// (<c>Forecast</c> is <see cref="ForecastCategory.Commit"/>), closed, won, <c>isActive</c> and description. A stage
    /// without a forecast category gets Closed when won, Omitted when lost, else Pipeline; without a probability, 0.
    /// A won stage that is not closed, and a stage listed twice, are errors.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>The stages, or every problem found.</returns>
    public Result<IReadOnlyList<OpportunityStage>> ReadOpportunityStages(string path) =>
        WithFile(path, ReadOpportunityStages);

    /// <summary>Reads an OpportunityStage standard value set as the org's opportunity stages.</summary>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The file's name or path, for errors.</param>
    /// <returns>The stages, or every problem found.</returns>
    public Result<IReadOnlyList<OpportunityStage>> ReadOpportunityStages(Stream content, string fileName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(fileName);
        return MetadataParser.ReadValueSet(content, fileName, _options.MaxFileSizeBytes)
            .Bind(SalesProcessMapping.FromValueSet)
            .Map(process => process.Stages);
    }
}
