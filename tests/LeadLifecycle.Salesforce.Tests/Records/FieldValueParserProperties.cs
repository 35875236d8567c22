using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The value parser's fast paths give what the general paths give.</summary>
public class FieldValueParserProperties
{
    private static readonly string[] TrueWords = ["1", "true", "yes"];
    private static readonly string[] FalseWords = [string.Empty, "0", "false", "no"];

    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 1000)]
    public bool FastIsoDateTime_ReadsAsTheGeneralIsoParser(IsoText iso)
    {
        var fast = FieldValueParser.TryFastIso(iso.Text, iso.UnzonedOffset, out var fastValue);
        var general = FieldValueParser.TryIso(iso.Text, iso.UnzonedOffset, out var generalValue);
        return fast == general && fastValue == generalValue && (!fast || fastValue.Offset == generalValue.Offset);
    }

    [Property(Arbitrary = new[] { typeof(CsvRowArbitraries) }, MaxTest = 500)]
    public bool Boolean_AcceptsExactlyTheDocumentedWords_InAnyCase(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        var expected = (TrueWords.Contains(word) || FalseWords.Contains(word), TrueWords.Contains(word));
        return (FieldValueParser.TryBoolean(text, out var value), value) == expected;
    }

    [Property(MaxTest = 1000)]
    public FsCheck.Property FastIsoDate_ReadsAsTheExactFormatParser() =>
        FsCheck.Fluent.Prop.ForAll(CsvRowArbitraries.IsoDateTexts.ToArbitrary(), text =>
        {
            var fast = FieldValueParser.TryIsoDate(text, out var fastValue);
            var general = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var generalValue);
            return fast == general && fastValue == generalValue;
        });

    [Fact]
    public void FastIsoDateTime_ReadsSalesforcesApiForm()
    {
        Assert.True(FieldValueParser.TryFastIso("2024-01-22T20:36:47.123+0000", TimeSpan.FromHours(3), out var value));
        Assert.Equal(new DateTimeOffset(2024, 1, 22, 20, 36, 47, 123, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }
}
