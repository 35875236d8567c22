using System.Text;
using System.Xml;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce;

/// <summary>Writes definitions back as Metadata API files, as Salesforce formats them.</summary>
internal static class MetadataWriter
{
    private const string Namespace = "http://soap.sforce.com/2006/04/metadata";

    /// <summary>A LeadStatus standard value set holding a lead process's statuses in sort order.</summary>
    public static string LeadStatuses(IEnumerable<LeadStatus> statuses) => Write("StandardValueSet", writer =>
    {
        writer.WriteElementString("sorted", Namespace, "false");
        foreach (var status in statuses.OrderBy(s => s.SortOrder))
        {
            writer.WriteStartElement("standardValue", Namespace);
            writer.WriteElementString("fullName", Namespace, status.Name);
            writer.WriteElementString("default", Namespace, Boolean(status.IsDefault));
            writer.WriteElementString("label", Namespace, status.Label);
            writer.WriteElementString("converted", Namespace, Boolean(status.IsConverted));
            if (!status.IsActive)
            {
                writer.WriteElementString("isActive", Namespace, "false");
            }

            writer.WriteEndElement();
        }
    });

    /// <summary>An OpportunityStage standard value set holding stages in sort order.</summary>
    public static string OpportunityStages(IEnumerable<LeadLifecycle.Opportunities.OpportunityStage> stages) => Write("StandardValueSet", writer =>
    {
        writer.WriteElementString("sorted", Namespace, "false");
        foreach (var stage in stages.OrderBy(s => s.SortOrder))
        {
            writer.WriteStartElement("standardValue", Namespace);
            writer.WriteElementString("fullName", Namespace, stage.Name);
            writer.WriteElementString("default", Namespace, "false");
            writer.WriteElementString("label", Namespace, stage.Label);
            writer.WriteElementString("closed", Namespace, Boolean(stage.IsClosed));
            if (stage.Description is not null)
            {
                writer.WriteElementString("description", Namespace, stage.Description);
            }

            writer.WriteElementString("forecastCategory", Namespace, stage.ForecastCategory switch
            {
                LeadLifecycle.Opportunities.ForecastCategory.Omitted => "Omitted",
                LeadLifecycle.Opportunities.ForecastCategory.Pipeline => "Pipeline",
                LeadLifecycle.Opportunities.ForecastCategory.BestCase => "BestCase",
                LeadLifecycle.Opportunities.ForecastCategory.Commit => "Forecast",
                LeadLifecycle.Opportunities.ForecastCategory.MostLikely => "MostLikely",
                _ => "Closed",
            });
            if (!stage.IsActive)
            {
                writer.WriteElementString("isActive", Namespace, "false");
            }

            writer.WriteElementString("probability", Namespace, stage.Probability.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteElementString("won", Namespace, Boolean(stage.IsWon));
            writer.WriteEndElement();
        }
    });

    /// <summary>A business process selecting values by name, names URL-encoded as Salesforce writes them.</summary>
    public static string BusinessProcess(string name, string? description, bool isActive, IEnumerable<(string Name, bool IsDefault)> values) =>
        Write("BusinessProcess", writer =>
        {
            writer.WriteElementString("fullName", Namespace, name);
            if (description is not null)
            {
                writer.WriteElementString("description", Namespace, description);
            }

            writer.WriteElementString("isActive", Namespace, Boolean(isActive));
            foreach (var (value, isDefault) in values)
            {
                writer.WriteStartElement("values", Namespace);
                writer.WriteElementString("fullName", Namespace, Uri.EscapeDataString(value));
                writer.WriteElementString("default", Namespace, Boolean(isDefault));
                writer.WriteEndElement();
            }
        });

    private static string Boolean(bool value) => value ? "true" : "false";

    private static string Write(string root, Action<XmlWriter> body)
    {
        using var bytes = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "    ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(bytes, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root, Namespace);
            body(writer);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
