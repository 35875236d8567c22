using System.Text;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>Paths of the copied fixtures (see Fixtures/SOURCES.md) and helpers for inline files.</summary>
internal static class Fixture
{
    public static string Path(string folder, string file) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file);

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static string ValueSet(string values) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">
            <sorted>false</sorted>
        {values}
        </StandardValueSet>
        """;

    public static string Status(string name, bool isDefault = false, bool converted = false) =>
        $"<standardValue><fullName>{name}</fullName><default>{(isDefault ? "true" : "false")}</default><label>{name}</label><converted>{(converted ? "true" : "false")}</converted></standardValue>";

    public static string ClassicStatuses =>
        ValueSet(Status("Open - Not Contacted", isDefault: true) + Status("Working - Contacted") + Status("Closed - Converted", converted: true) + Status("Closed - Not Converted"));
}
