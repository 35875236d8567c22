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
        return MetadataParser.ReadValueSet(content, fileName, _options)
            .Bind(SalesProcessMapping.FromValueSet)
            .Map(process => process.Stages);
    }

    /// <summary>Reads <c>OpportunityStage.standardValueSet-meta.xml</c> as the org's whole sales process ("Master").</summary>
    /// <remarks>The value set's default stage (else its first active open stage) comes first, as the library starts
    /// new opportunities in the first stage; the others keep the file's order. The library's rules apply: a sales
    /// process needs an active open, an active won and an active lost stage.</remarks>
    /// <param name="path">The file.</param>
    /// <returns>The sales process, or every problem found.</returns>
    public Result<SalesProcess> ReadMasterSalesProcess(string path) =>
        WithFile(path, ReadMasterSalesProcess);

    /// <summary>Reads an OpportunityStage standard value set as the org's whole sales process ("Master").</summary>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The file's name or path, for errors.</param>
    /// <returns>The sales process, or every problem found.</returns>
    public Result<SalesProcess> ReadMasterSalesProcess(Stream content, string fileName)
    {
        Preconditions.NotNull(content);
        Preconditions.NotBlank(fileName);
        return MetadataParser.ReadValueSet(content, fileName, _options)
            .Bind(SalesProcessMapping.LoadMaster);
    }

    /// <summary>Reads an opportunity business process over the org's OpportunityStage value set as a sales process.</summary>
    /// <remarks>Stage names in the file are URL-decoded (<c>Negotiation%2FReview</c>). The process's default stage (else
    /// the value set's, else its first active open stage) comes first, the others keep the value set's order, with
    /// the value set's probability, forecast category and flags. A stage the value set lacks is a
    /// <see cref="MetadataDefinitionError"/> wrapping an <see cref="LeadLifecycle.Errors.UnknownValueError"/> with the
    /// file, line and stage; so is any rule of the library's sales processes the process breaks. A stage named by a
    /// label exactly one stage carries is resolved with a <see cref="ValueResolvedByLabelWarning"/> in
    /// <see cref="LoadedDefinition{TDefinition}.Warnings"/>; a label several stages carry is an
    /// <see cref="AmbiguousLabelError"/>.</remarks>
    /// <param name="businessProcessPath">The <c>*.businessProcess-meta.xml</c> file.</param>
    /// <param name="stagesPath">The <c>OpportunityStage.standardValueSet-meta.xml</c> file.</param>
    /// <returns>The sales process, or every problem found.</returns>
    public Result<LoadedDefinition<SalesProcess>> ReadSalesBusinessProcess(string businessProcessPath, string stagesPath)
    {
        Preconditions.NotBlank(businessProcessPath);
        Preconditions.NotBlank(stagesPath);
        var options = _options;
        var process = WithFile(businessProcessPath, (stream, file) => MetadataParser.ReadBusinessProcess(stream, file, options));
        var stages = WithFile(stagesPath, (stream, file) => MetadataParser.ReadValueSet(stream, file, options));
        return Result.Merge(process, stages).Bind(() => SalesProcessMapping.Load(process.Value, stages.Value));
    }

    /// <summary>Reads an opportunity business process over the org's OpportunityStage value set as a sales process.</summary>
    /// <param name="businessProcess">The business process file's content.</param>
    /// <param name="businessProcessFileName">Its name or path, for errors.</param>
    /// <param name="stages">The OpportunityStage value set file's content.</param>
    /// <param name="stagesFileName">Its name or path, for errors.</param>
    /// <returns>The sales process, or every problem found.</returns>
    public Result<LoadedDefinition<SalesProcess>> ReadSalesBusinessProcess(
        Stream businessProcess, string businessProcessFileName, Stream stages, string stagesFileName)
    {
        Preconditions.NotNull(businessProcess);
        Preconditions.NotBlank(businessProcessFileName);
        Preconditions.NotNull(stages);
        Preconditions.NotBlank(stagesFileName);
        var process = MetadataParser.ReadBusinessProcess(businessProcess, businessProcessFileName, _options);
        var set = MetadataParser.ReadValueSet(stages, stagesFileName, _options);
        return Result.Merge(process, set).Bind(() => SalesProcessMapping.Load(process.Value, set.Value));
    }
}
