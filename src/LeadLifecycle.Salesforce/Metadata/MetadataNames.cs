namespace LeadLifecycle.Salesforce;

/// <summary>The one rule for names in metadata: every <c>fullName</c> and every name taken from a file name is
/// URL-decoded the same way.</summary>
internal static class MetadataNames
{
    /// <summary>Decodes percent-escapes, UTF-8 sequences included: <c>Direct Sales %28EMEA%2FAPAC%29</c> is
    /// <c>Direct Sales (EMEA/APAC)</c>, <c>Vendas Diretas%2E</c> is <c>Vendas Diretas.</c>, <c>M%C3%BCller</c> is
    /// <c>Müller</c>. An escape that is not valid (<c>50%</c>, <c>%ZZ</c>, a broken UTF-8 sequence) is kept as written.</summary>
    public static string Decode(string name) =>
        name.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(name) : name;

    /// <summary>The decoded part of a file name before a metadata suffix: <c>Applicant</c> for
    /// <c>Applicant.businessProcess-meta.xml</c>.</summary>
    public static string FromFile(string file, string suffix)
    {
        var name = Path.GetFileName(file);
        return Decode(name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name);
    }
}
