using System.Globalization;
using System.Text;

namespace LeadLifecycle.Salesforce.Tests;

public class LeadRecordCsvStreamingTests
{
    [Fact]
    public void ReadCsvRecords_OverThousandsOfRows_KeepsFileOrderAndEveryErrorAndWarningWithItsLine()
    {
        var csv = new StringBuilder("LastName,NumberOfEmployees,Status\n");
        var expected = new List<(int Row, int Line, string? LastName, string? Code)>();
        var line = 1;
        for (var row = 1; row <= 5000; row++)
        {
            if (row % 501 == 0)
            {
                csv.Append('\n');
                line++;
            }

            line++;
            if (row % 777 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"Wide{row},1,Open,extra\n");
                expected.Add((row, line, null, SalesforceErrorCodes.MalformedRecord));
            }
            else if (row % 97 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"Bad{row},many,Open\n");
                expected.Add((row, line, $"Bad{row}", SalesforceErrorCodes.InvalidTypeOnFieldInRecord));
            }
            else
            {
                csv.Append(CultureInfo.InvariantCulture, $"\"Lead, {row}\",{row},{(row % 2 == 0 ? "Open" : "Working")}\n");
                expected.Add((row, 0, $"Lead, {row}", null));
            }
        }

        using var text = new StringReader(csv.ToString());
        var records = new LeadRecordReader().ReadCsvRecords(text, "leads.csv")
            .Select((r, i) => r.IsSuccess
                ? (i + 1, r.Successes.OfType<ImportWarning>().FirstOrDefault()?.Line ?? 0, r.Value.LastName, r.Successes.OfType<ImportWarning>().FirstOrDefault()?.Code)
                : (i + 1, ((MalformedRecordError)r.Errors[0]).Line, (string?)null, ((MalformedRecordError)r.Errors[0]).Code))
            .ToList();

        Assert.Equal(expected, records);

    }

    [Fact]
    public void ReadCsvRecords_StoppedAfterAFewRecords_ReadsOnlyALittleOfAnEndlessFile()
    {
        using var text = new EndlessCsv();

        var first = new LeadRecordReader().ReadCsvRecords(text, "endless.csv").Take(10).ToList();

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Lead {i}"), first.Select(r => r.Value.LastName));
        Assert.InRange(text.CharactersRead, 1, 4 * 1024 * 1024);
    }

    /// <summary>A CSV text that never ends, counting what was read.</summary>
    private sealed class EndlessCsv : TextReader
    {
        private string _pending = "LastName,Company,Status\n";
        private int _position;
        private int _row;

        public long CharactersRead { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                if (_position == _pending.Length)
                {
                    _row++;
                    _pending = string.Create(CultureInfo.InvariantCulture, $"Lead {_row},Company {_row % 7},Open\n");
                    _position = 0;
                }

                var chunk = Math.Min(buffer.Length - written, _pending.Length - _position);
                _pending.AsSpan(_position, chunk).CopyTo(buffer[written..]);
                _position += chunk;
                written += chunk;
            }

            CharactersRead += written;
            return written;
        }
    }
}
