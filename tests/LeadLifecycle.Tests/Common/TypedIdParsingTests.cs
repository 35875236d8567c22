using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LeadLifecycle.Tests.Common;

/// <summary>Typed ids parse from and format to their plain text, so they can be route and query parameters.</summary>
public sealed class TypedIdParsingTests
{
    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool EveryIdType_RoundTripsItsText(IdText text) =>
        RoundTrips<LeadId>(text.Value) && RoundTrips<AccountId>(text.Value) && RoundTrips<ContactId>(text.Value)
        && RoundTrips<OpportunityId>(text.Value) && RoundTrips<OwnerId>(text.Value) && RoundTrips<CampaignId>(text.Value);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 00Q5e00000AbCdE")]
    [InlineData("00Q5e00000AbCdE\n")]
    [InlineData(null)]
    public void TryParse_BlankOrPaddedText_Fails(string? text)
    {
        Assert.False(LeadId.TryParse(text, null, out var id));
        Assert.True(id.IsEmpty);
        Assert.False(OwnerId.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void Parse_BlankText_ThrowsFormatExceptionNamingTheType()
    {
        var exception = Assert.Throws<FormatException>(() => AccountId.Parse(" ", null));
        Assert.Contains(nameof(AccountId), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SalesforceId_KeepsTheTextAsIs()
    {
        Assert.Equal(new LeadId("00Q5e00000AbCdEAAV"), LeadId.Parse("00Q5e00000AbCdEAAV", null));
        Assert.Equal("00Q5e00000AbCdEAAV", $"{LeadId.Parse("00Q5e00000AbCdEAAV", null)}");
    }

    private static bool RoundTrips<TId>(string text)
        where TId : struct, ISpanParsable<TId>
    {
        var id = TId.Parse(text, null);
        return TId.TryParse(id.ToString(), null, out var again) && again.Equals(id) && id.ToString() == text
            && TId.TryParse(text.AsSpan(), null, out var fromSpan) && fromSpan.Equals(id);
    }

    public sealed record IdText(string Value);

    public static class Arbitraries
    {
        public static Arbitrary<IdText> IdText() =>
            ArbMap.Default.GeneratorFor<NonWhiteSpaceString>()
                .Select(s => s.Get.Trim())
                .Where(s => s.Length > 0)
                .Select(s => new IdText(s))
                .ToArbitrary();
    }
}
