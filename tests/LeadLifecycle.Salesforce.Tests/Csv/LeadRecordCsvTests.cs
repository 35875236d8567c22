using LeadLifecycle.Errors;
using LeadLifecycle.Leads;

namespace LeadLifecycle.Salesforce.Tests;

public class LeadRecordCsvTests
{
    private static RecordImportResult<Lead> Read(string csv, RecordImportOptions? options = null)
    {
        using var text = new StringReader(csv);
        return new LeadRecordReader(options ?? RecordImportOptions.Default).ReadCsv(text, "leads.csv");
    }

    [Fact]
    public void ReadCsv_MatchesHeaderNamesCaseInsensitively()
    {
        var lead = Assert.Single(Read("LASTNAME,company,Email\nDoe,Acme,doe@acme.test\n").Imported);

        Assert.Equal(("Doe", "Acme", "doe@acme.test"), (lead.LastName, lead.Company, lead.Email));
    }

    [Fact]
    public void ReadCsv_MatchesTheFieldLabelsOfReportExports()
    {
        var lead = Assert.Single(Read("First Name,Last Name,Lead Status,Lead Source,Zip/Postal Code,No. of Employees,Email Opt Out,Do Not Call\nAda,Lovelace,Working,Web,12345,12,1,Yes\n").Imported);

        Assert.Equal(("Ada", "Lovelace", "Working", "Web", "12345", 12), (lead.FirstName, lead.LastName, lead.Status, lead.LeadSource, lead.Address?.PostalCode, lead.NumberOfEmployees));
        Assert.True(lead.HasOptedOutOfEmail);
        Assert.True(lead.DoNotCall);
    }

    [Theory]
    [InlineData("Web,Phone Inquiry", "Phone Inquiry")]
    [InlineData("Web,", null)]
    [InlineData(",Phone Inquiry", "Phone Inquiry")]
    public void ReadCsv_WithTwoColumnsForOneField_TheLastColumnDecides(string values, string? expected)
    {
        var lead = Assert.Single(Read($"LastName,LeadSource,Lead Source\nDoe,{values}\n").Imported);

        Assert.Equal(expected, lead.LeadSource);
    }

    [Fact]
    public void ReadCsv_AfterAMalformedRow_StillNamesTheColumnAsTheFileSpellsIt()
    {
        using var text = new StringReader("Last Name,Lead Status\nDoe,Open - Not Contacted\nRoe\nPoe,Unheard Of\n");

        var result = new LeadRecordReader(RecordImportOptions.Default, LeadProcess.SalesforceClassic).ReadCsv(text, "leads.csv");

        Assert.Equal(3, result.Records.Count);
        Assert.True(result.Records[0].IsSuccess);
        Assert.IsType<MalformedRecordError>(Assert.Single(result.Records[1].Errors));
        var error = Assert.IsType<RecordFieldError>(Assert.Single(result.Records[2].Errors));
        Assert.Equal(("Lead Status", "Unheard Of", 3), (error.Column, error.Value, error.Row));
    }

    [Fact]
    public void ReadCsv_WithOnlyTheDerivedName_KeepsItAsACustomField()
    {
        var result = Read("Name,Company\nAda Lovelace,Analytical Engines\n");

        Assert.Equal("Ada Lovelace", Assert.Single(result.Imported).CustomFields.Get("Name"));
        Assert.Empty(result.IgnoredColumns);
    }

    [Fact]
    public void ReadCsv_WithABlankHeaderCell_KeepsItsValuesUnderAColumnNumber()
    {
        var result = Read("LastName,,Region__c\nDoe,x,EMEA\n");

        var lead = Assert.Single(result.Imported);
        Assert.Equal("x", lead.CustomFields.Get("Column2"));
        Assert.Equal(["Column2", "Region__c"], result.CustomFieldColumns);
    }

    [Fact]
    public void ReadCsv_WithADuplicateHeaderName_KeepsTheSecondColumnAsACustomField()
    {
        var result = Read("LastName,Company,lastname\nDoe,Acme,Roe\n");

        var lead = Assert.Single(result.Imported);
        Assert.Equal("Doe", lead.LastName);
        Assert.Equal("Roe", lead.CustomFields.Get("lastname (3)"));
        Assert.Equal(["lastname (3)"], result.CustomFieldColumns);
    }

    [Fact]
    public void ReadCsv_WithOnlyAHeader_GivesNoRecordsAndNoErrors()
    {
        var result = Read("LastName,Company\n");

        Assert.Empty(result.Records);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void ReadCsv_WithQuotedCommasQuotesAndLineBreaks_KeepsThemInTheField()
    {
        var result = Read("LastName,Description,Street\nDoe,\"one, two \"\"three\"\"\nfour\",\"1 Main St\r\nSuite 2\"\nRoe,,\n");

        Assert.Equal(2, result.Imported.Count);
        Assert.Equal("one, two \"three\"\nfour", result.Imported[0].Description);
        Assert.Equal("1 Main St\r\nSuite 2", result.Imported[0].Address?.Street);
        Assert.Equal(5, result.Lines[1]);
        Assert.Equal("Roe", result.Records[1].Value.LastName);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void ReadCsv_ReadsEveryBooleanForm(string text, bool expected)
    {
        var lead = Assert.Single(Read($"LastName,DoNotCall\nDoe,{text}\n").Imported);

        Assert.Equal(expected, lead.DoNotCall);
    }

    [Theory]
    [InlineData("2026-02-24")]
    [InlineData("02/24/2026")]
    [InlineData("2/24/26")]
    [InlineData("2026-02-24T10:00:00.000+0000")]
    public void ReadCsv_ReadsUsAndIsoDates(string text)
    {
        var lead = Assert.Single(Read($"LastName,ConvertedDate\nDoe,{text}\n").Imported);

        Assert.Equal(new DateOnly(2026, 2, 24), lead.ConvertedDate);
    }

    [Fact]
    public void ReadCsv_ReadsUnzonedDateTimesWithTheConfiguredOffset()
    {
        var options = new RecordImportOptions { UnzonedOffset = TimeSpan.FromHours(-8) };

        var lead = Assert.Single(Read("LastName,CreatedDate\nDoe,02/24/26 02:18 PM\n", options).Imported);

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 14, 18, 0, TimeSpan.FromHours(-8)), lead.CreatedAt);
    }

    [Fact]
    public void ReadCsv_ReadsNumbersGivenAsText()
    {
        var lead = Assert.Single(Read("LastName,AnnualRevenue,NumberOfEmployees\nDoe,\"1,250,000.50\",120.0\n").Imported);

        Assert.Equal(1_250_000.50m, lead.AnnualRevenue);
        Assert.Equal(120, lead.NumberOfEmployees);
    }

    [Fact]
    public void ReadCsv_WithBadOptionalValues_KeepsTheLeadWithTheFieldsEmptyAndAWarningForEach()
    {
        var result = Read("LastName,NumberOfEmployees,IsConverted,ConvertedDate\nGood,1,false,\nBad,many,false,31/12/2026\nAlso good,,,\n");

        Assert.Equal(["Good", "Bad", "Also good"], result.Imported.Select(l => l.LastName));
        Assert.True(result.IsComplete);
        Assert.Equal((null, null), (result.Imported[1].NumberOfEmployees, result.Imported[1].ConvertedDate));
        var warnings = result.Records[1].Successes.OfType<ImportWarning>().ToArray();
        Assert.Equal(["NumberOfEmployees", "ConvertedDate"], warnings.Select(w => w.Column));
        Assert.All(warnings, w => Assert.Equal((2, 3, SalesforceErrorCodes.InvalidTypeOnFieldInRecord), (w.Row, w.Line, w.Code)));
        Assert.Equal(["many", "31/12/2026"], warnings.Select(w => w.Value));
        Assert.Equal(warnings, result.Warnings);
    }

    [Fact]
    public void ReadCsv_WithBadValuesInStrictMode_RejectsTheLeadWithAnErrorForEach()
    {
        var result = Read("LastName,NumberOfEmployees,IsConverted,ConvertedDate\nGood,1,false,\nBad,many,false,31/12/2026\nAlso good,,,\n", new RecordImportOptions { Strict = true });

        Assert.Equal(["Good", "Also good"], result.Imported.Select(l => l.LastName));
        Assert.Equal(3, result.Records.Count);
        var errors = result.Errors.Cast<RecordFieldError>().ToArray();
        Assert.Equal(["NumberOfEmployees", "ConvertedDate"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal((2, 3, SalesforceErrorCodes.InvalidTypeOnFieldInRecord), (e.Row, e.Line, e.Code)));
        Assert.Equal("many", errors[0].Metadata["Value"]);
    }

    [Fact]
    public void ReadCsv_WithAnUnreadableConvertedFlag_RejectsTheLeadEvenOutsideStrictMode()
    {
        var result = Read("LastName,IsConverted\nDoe,maybe\n");

        var error = Assert.IsType<RecordFieldError>(Assert.Single(result.Errors));
        Assert.Equal(("IsConverted", "maybe", 1), (error.Column, error.Value, error.Row));
        Assert.True(result.Records[0].IsFailed);
    }

    [Fact]
    public void ReadCsv_WithARowOfAnotherWidth_ReportsTheRow()
    {
        var result = Read("LastName,Company\nDoe,Acme,extra\nRoe,Acme\n");

        var error = Assert.IsType<MalformedRecordError>(Assert.Single(result.Errors));
        Assert.Equal((1, 2, SalesforceErrorCodes.MalformedRecord), (error.Row, error.Line, error.Code));
        Assert.Equal("Roe", Assert.Single(result.Imported).LastName);
    }

    [Fact]
    public void ReadCsv_WithAnInvalidCompoundAddress_WarnsOnTheAddressColumn()
    {
        var result = Read("LastName,Address\nDoe,\"{not json\"\n");

        Assert.Equal("Address", Assert.Single(result.Warnings).Column);
        Assert.Null(Assert.Single(result.Imported).Address);
    }

    [Fact]
    public void ReadCsv_WithAddressColumnsAndACompoundAddress_PrefersTheColumns()
    {
        var lead = Assert.Single(Read("LastName,City,Address\nDoe,Paris,\"{\"\"city\"\":\"\"Lyon\"\",\"\"country\"\":\"\"FR\"\"}\"\n").Imported);

        Assert.Equal(("Paris", "FR"), (lead.Address?.City, lead.Address?.Country));
    }

    [Fact]
    public void ReadCsv_WithUnknownAndIgnoredColumns_ListsThemAndKeepsTheUnknownAsCustomFields()
    {
        var result = Read("LastName,Name,Region__c,Secret\nDoe,John Doe,EMEA,x\n", new RecordImportOptions { IgnoredColumns = ["secret"] });

        var lead = Assert.Single(result.Imported);
        Assert.Equal("EMEA", lead.CustomFields.Get("Region__c"));
        Assert.Null(lead.CustomFields.Get("Secret"));
        Assert.Equal(["Region__c"], result.CustomFieldColumns);
        Assert.Equal(["Name", "Secret"], result.IgnoredColumns);
    }

    [Fact]
    public void ReadCsv_WithAByteOrderMarkInTheText_StillMatchesTheFirstColumn()
    {
        var lead = Assert.Single(Read("\uFEFFLastName,Company\nDoe,Acme\n").Imported);

        Assert.Equal("Doe", lead.LastName);
    }

    [Fact]
    public void ReadCsv_WhenTheFileIsMissing_ReportsAFileError()
    {
        var result = new LeadRecordReader().ReadCsv(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv"));

        Assert.Equal(SalesforceErrorCodes.MalformedFile, Assert.IsType<MalformedFileError>(Assert.Single(result.FileErrors)).Code);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void ReadDataTree_WithNumbersAndBooleansAsTextAndARecordOfAnotherType_ReadsAndReports()
    {
        const string json = """
            {"records": [
              {"attributes": {"type": "Lead"}, "LastName": "Doe", "NumberOfEmployees": "12", "DoNotCall": "TRUE", "Address": {"city": "Oslo"}},
              {"attributes": {"type": "Contact"}, "LastName": "Roe"},
              {"attributes": {"type": "Lead"}, "LastName": "Poe", "AnnualRevenue": true}
            ]}
            """;

        var result = new LeadRecordReader().ReadDataTree(Fixture.Utf8(json), "Lead.json");

        Assert.Equal(2, result.Imported.Count);
        var lead = result.Imported[0];
        Assert.Equal((12, true, "Oslo"), (lead.NumberOfEmployees, lead.DoNotCall, lead.Address?.City));
        Assert.Equal((2, 3), (Assert.IsType<MalformedRecordError>(Assert.Single(result.Errors)).Row, result.Lines[1]));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((3, 4, "AnnualRevenue", "true"), (warning.Row, warning.Line, warning.Column, warning.Value));
        Assert.Null(result.Records[2].Value.AnnualRevenue);
    }

    [Fact]
    public void ReadDataTree_WhenNotJson_ReportsAFileErrorWithTheLine()
    {
        var result = new LeadRecordReader().ReadDataTree(Fixture.Utf8("{\"records\": [\n{\"LastName\": }\n]}"), "Lead.json");

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.FileErrors));
        Assert.Equal(2, error.Line);
    }
}
