namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The reusable draft a reader fills for each record: <see cref="RecordDraft.Reset"/> clears what the record
/// before set, whichever kind of value it was.</summary>
public class RecordDraftTests
{
    [Fact]
    public void Reset_ClearsEveryKindOfValueSet()
    {
        var draft = new RecordDraft(6);
        draft.SetText(0, "Acme");
        draft.SetNumber(1, 12.5m);
        draft.SetInstant(2, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        draft.SetDate(3, new DateOnly(2024, 1, 2));
        draft.SetFlag(4, true);
        draft.SetInteger(5, 250);

        draft.Reset();

        Assert.Equal((null, null, null, null, false, null), (draft.Text(0), draft.Number(1), draft.Instant(2), draft.Date(3), draft.Flag(4), draft.Integer(5)));
    }

    [Fact]
    public void Reset_AfterMoreSetsThanItTracks_ClearsEveryField()
    {
        var draft = new RecordDraft(2);
        for (var i = 0; i < 10; i++)
        {
            draft.SetNumber(0, i);
            draft.SetInteger(0, i);
            draft.SetText(1, "x");
        }

        draft.SetFlag(1, true);
        draft.Reset();

        Assert.Equal((null, null, null, false), (draft.Number(0), draft.Integer(0), draft.Text(1), draft.Flag(1)));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Integer_IsTheWholeNumberSet(int value)
    {
        var draft = new RecordDraft(1);
        draft.SetInteger(0, value);

        Assert.Equal(value, draft.Integer(0));
    }

    [Fact]
    public void Address_WithNoPartAndNoCompoundAddress_IsNull()
    {
        var draft = new RecordDraft(5);
        draft.SetText(0, string.Empty);

        Assert.Null(draft.Address(0, 1, 2, 3, 4));
    }

    [Fact]
    public void Address_FromOnePart_OrFromTheCompoundAddressAlone_IsBuilt()
    {
        var draft = new RecordDraft(5);
        draft.SetText(3, "02110");
        Assert.Equal(new Address { PostalCode = "02110" }, draft.Address(0, 1, 2, 3, 4));

        draft.Reset();
        draft.CompoundAddress = new Address { City = "Boston" };
        Assert.Equal(new Address { City = "Boston" }, draft.Address(0, 1, 2, 3, 4));
    }
}
