using FsCheck.Xunit;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>The row-length limiter finds row ends the same way whichever pieces the text arrives in: a whole chunk at
/// once (held text within the limit, its quick path) or a few characters at a time (rows crossing the limit).</summary>
public class RowLengthLimiterProperties
{
    [Property(Arbitrary = new[] { typeof(RecordArbitraries) }, MaxTest = 300)]
    public bool HostileFile_ReadInSmallPieces_ReadsAsReadWhole(HostileFile file, int seed)
    {
        var reader = new LeadRecordReader(new RecordImportOptions { MaxRowLength = HostileFile.MaxRowLength });
        var whole = reader.ReadCsv(new StringReader(file.Csv), "hostile.csv");
        var pieces = reader.ReadCsv(new PieceReader(file.Csv, seed), "hostile.csv");
        return whole.FileErrors.Count == 0 && pieces.FileErrors.Count == 0
            && whole.Records.Select(Describe).SequenceEqual(pieces.Records.Select(Describe));
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) }, MaxTest = 300)]
    public bool HostileFile_UnderALargeLimit_PassesThroughUnchanged(HostileFile file, int seed)
    {
        var limiter = new RowLengthLimiter(new PieceReader(file.Csv, seed), RecordImportOptions.DefaultMaxRowLength);
        return limiter.ReadToEnd() == file.Csv;
    }

    private static string Describe(FluentResults.Result<LeadLifecycle.Leads.Lead> record) =>
        record.IsSuccess
            ? $"{record.Value} {string.Join('|', record.Successes.Select(s => s.Message))}"
            : string.Join('|', record.Errors.Select(e => e.Message));

    /// <summary>Text handed out a few characters at a time (1 to 40, chosen by the seed), as a slow network stream does.</summary>
    private sealed class PieceReader(string text, int seed) : TextReader
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, _random.Next(1, 41)), text.Length - _position);
            text.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }
}
