using LeadLifecycle.Errors;

namespace LeadLifecycle.Salesforce.Tests;

public class LeadRecordCsvTests
{
    private static LeadImportResult Read(string csv, LeadImportOptions? options = null)
    {
        using var text = new StringReader(csv);
        return new LeadRecordReader(options ?? LeadImportOptions.Default).ReadCsv(text, "leads.csv");
    }

    [Fact]
    public void ReadCsv_MatchesHeaderNamesCaseInsensitively()
    {
        var lead = Assert.Single(Read("LASTNAME,company,Email\nDoe,Acme,doe@acme.test\n").Leads);

        Assert.Equal(("Doe", "Acme", "doe@acme.test"), (lead.LastName, lead.Company, lead.Email));
    }

    [Fact]
    public void ReadCsv_MatchesTheFieldLabelsOfReportExports()
    {
        var lead = Assert.Single(Read("First Name,Last Name,Lead Status,Lead Source,Zip/Postal Code,No. of Employees,Email Opt Out,Do Not Call\nAda,Lovelace,Working,Web,12345,12,1,Yes\n").Leads);

        Assert.Equal(("Ada", "Lovelace", "Working", "Web", "12345", 12), (lead.FirstName, lead.LastName, lead.Status, lead.LeadSource, lead.Address?.PostalCode, lead.NumberOfEmployees));
        Assert.True(lead.HasOptedOutOfEmail);
        Assert.True(lead.DoNotCall);
    }

    [Fact]
    public void ReadCsv_WithOnlyTheDerivedName_KeepsItAsACustomField()
    {
        var result = Read("Name,Company\nAda Lovelace,Analytical Engines\n");

        Assert.Equal("Ada Lovelace", Assert.Single(result.Leads).CustomFields.Get("Name"));
        Assert.Empty(result.IgnoredColumns);
    }

    [Fact]
    public void ReadCsv_WithABlankHeaderCell_KeepsItsValuesUnderAColumnNumber()
    {
        var result = Read("LastName,,Region__c\nDoe,x,EMEA\n");

        var lead = Assert.Single(result.Leads);
        Assert.Equal("x", lead.CustomFields.Get("Column2"));
        Assert.Equal(["Column2", "Region__c"], result.CustomFieldColumns);
    }

    [Fact]
    public void ReadCsv_WithADuplicateHeaderName_KeepsTheSecondColumnAsACustomField()
    {
        var result = Read("LastName,Company,lastname\nDoe,Acme,Roe\n");

        var lead = Assert.Single(result.Leads);
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

        Assert.Equal(2, result.Leads.Count);
        Assert.Equal("one, two \"three\"\nfour", result.Leads[0].Description);
        Assert.Equal("1 Main St\r\nSuite 2", result.Leads[0].Address?.Street);
        Assert.Equal(5, result.Records[1].Line);
        Assert.Equal(2, result.Records[1].Row);
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
        var lead = Assert.Single(Read($"LastName,DoNotCall\nDoe,{text}\n").Leads);

        Assert.Equal(expected, lead.DoNotCall);
    }

    [Theory]
    [InlineData("2026-02-24")]
    [InlineData("02/24/2026")]
    [InlineData("2/24/26")]
    [InlineData("2026-02-24T10:00:00.000+0000")]
    public void ReadCsv_ReadsUsAndIsoDates(string text)
    {
        var lead = Assert.Single(Read($"LastName,ConvertedDate\nDoe,{text}\n").Leads);

        Assert.Equal(new DateOnly(2026, 2, 24), lead.ConvertedDate);
    }

    [Fact]
    public void ReadCsv_ReadsUnzonedDateTimesWithTheConfiguredOffset()
    {
        var options = new LeadImportOptions { UnzonedOffset = TimeSpan.FromHours(-8) };

        var lead = Assert.Single(Read("LastName,CreatedDate\nDoe,02/24/26 02:18 PM\n", options).Leads);

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 14, 18, 0, TimeSpan.FromHours(-8)), lead.CreatedAt);
    }

    [Fact]
    public void ReadCsv_ReadsNumbersGivenAsText()
    {
        var lead = Assert.Single(Read("LastName,AnnualRevenue,NumberOfEmployees\nDoe,\"1,250,000.50\",120.0\n").Leads);

        Assert.Equal(1_250_000.50m, lead.AnnualRevenue);
        Assert.Equal(120, lead.NumberOfEmployees);
    }

    [Fact]
    public void ReadCsv_WithBadValues_ReportsEveryOneWithRowAndColumnAndKeepsTheOtherRows()
    {
        var result = Read("LastName,NumberOfEmployees,IsConverted,ConvertedDate\nGood,1,false,\nBad,many,maybe,31/12/2026\nAlso good,,,\n");

        Assert.Equal(["Good", "Also good"], result.Leads.Select(l => l.LastName));
        Assert.Equal(3, result.Records.Count);
        var errors = result.Errors.Cast<RecordFieldError>().ToArray();
        Assert.Equal(["NumberOfEmployees", "IsConverted", "ConvertedDate"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal((2, 3, SalesforceErrorCodes.InvalidTypeOnFieldInRecord), (e.Row, e.Line, e.Code)));
        Assert.Equal("many", errors[0].Value);
    }

    [Fact]
    public void ReadCsv_WithARowOfAnotherWidth_ReportsTheRow()
    {
        var result = Read("LastName,Company\nDoe,Acme,extra\nRoe,Acme\n");

        var error = Assert.IsType<MalformedRecordError>(Assert.Single(result.Errors));
        Assert.Equal((1, 2, SalesforceErrorCodes.MalformedRecord), (error.Row, error.Line, error.Code));
        Assert.Equal("Roe", Assert.Single(result.Leads).LastName);
    }

    [Fact]
    public void ReadCsv_WithAnInvalidCompoundAddress_ReportsTheAddressColumn()
    {
        var result = Read("LastName,Address\nDoe,\"{not json\"\n");

        var error = Assert.IsType<RecordFieldError>(Assert.Single(result.Errors));
        Assert.Equal("Address", error.Column);
    }

    [Fact]
    public void ReadCsv_WithAddressColumnsAndACompoundAddress_PrefersTheColumns()
    {
        var lead = Assert.Single(Read("LastName,City,Address\nDoe,Paris,\"{\"\"city\"\":\"\"Lyon\"\",\"\"country\"\":\"\"FR\"\"}\"\n").Leads);

        Assert.Equal(("Paris", "FR"), (lead.Address?.City, lead.Address?.Country));
    }

    [Fact]
    public void ReadCsv_WithUnknownAndIgnoredColumns_ListsThemAndKeepsTheUnknownAsCustomFields()
    {
        var result = Read("LastName,Name,Region__c,Secret\nDoe,John Doe,EMEA,x\n", new LeadImportOptions { IgnoredColumns = ["secret"] });

        var lead = Assert.Single(result.Leads);
        Assert.Equal("EMEA", lead.CustomFields.Get("Region__c"));
        Assert.Null(lead.CustomFields.Get("Secret"));
        Assert.Equal(["Region__c"], result.CustomFieldColumns);
        Assert.Equal(["Name", "Secret"], result.IgnoredColumns);
    }

    [Fact]
    public void ReadCsv_WithAByteOrderMarkInTheText_StillMatchesTheFirstColumn()
    {
        var lead = Assert.Single(Read("\uFEFFLastName,Company\nDoe,Acme\n").Leads);

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

        var lead = Assert.Single(result.Leads);
        Assert.Equal((12, true, "Oslo"), (lead.NumberOfEmployees, lead.DoNotCall, lead.Address?.City));
        Assert.Equal((2, 3), (Assert.IsType<MalformedRecordError>(result.Errors[0]).Row, result.Records[1].Line));
        var field = Assert.IsType<RecordFieldError>(result.Errors[1]);
        Assert.Equal((3, 4, "AnnualRevenue"), (field.Row, field.Line, field.Column));
    }

    [Fact]
    public void ReadDataTree_WhenNotJson_ReportsAFileErrorWithTheLine()
    {
        var result = new LeadRecordReader().ReadDataTree(Fixture.Utf8("{\"records\": [\n{\"LastName\": }\n]}"), "Lead.json");

        var error = Assert.IsType<MalformedFileError>(Assert.Single(result.FileErrors));
        Assert.Equal(2, error.Line);
    }
}
