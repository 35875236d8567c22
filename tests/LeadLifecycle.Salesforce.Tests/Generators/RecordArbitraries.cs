using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Salesforce.Tests;

/// <summary>What a generated CSV row must become.</summary>
public enum RowOutcome
{
    /// <summary>A lead with the row's last name.</summary>
    Lead = 1,

    /// <summary>A lead with the row's last name and one warning.</summary>
    LeadWithWarning = 2,

    /// <summary>A per-row error.</summary>
    Error = 3,
}

/// <summary>A generated hostile CSV row: its text (ending with a line break) and what it must become.</summary>
public sealed record HostileRow(string Text, RowOutcome Outcome, string? LastName)
{
    public override string ToString() => $"{Outcome} {LastName}: {(Text.Length > 60 ? Text[..60] + "..." : Text).ReplaceLineEndings("\\n")}";
}

/// <summary>A generated CSV file of hostile rows under a header of three columns.</summary>
public sealed record HostileFile(HostileRow[] Rows)
{
    /// <summary>The row-length limit the file is read with: small, so that oversized rows stay cheap.</summary>
    public const int MaxRowLength = 200;

    public string Csv => "LastName,CreatedDate,Description\n" + string.Concat(Rows.Select(r => r.Text));

    public override string ToString() => string.Join(" | ", Rows.Select(r => r.ToString()));
}

/// <summary>An edge date-time written without an offset, and the offset it is read at.</summary>
public sealed record EdgeDate(DateTime Local, TimeSpan Offset)
{
    public override string ToString() => $"{Local:O} at {Offset}";
}

/// <summary>A date-time at minute precision written in a culture's short date and time forms.</summary>
public sealed record CultureDate(DateTime Local, string Culture, TimeSpan Offset)
{
    public override string ToString() => $"{Local:O} in {Culture} at {Offset}";
}

/// <summary>Generators of hostile records (issue 10) and of encodings and cultures (issue 13).</summary>
public static class RecordArbitraries
{
    /// <summary>The cultures the date property covers: day-first, month-first, dots, dashes, 12 and 24 hours.</summary>
    public static readonly string[] Cultures = ["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "es-ES", "it-IT", "pt-BR", "ja-JP", "sv-SE", "pl-PL"];

    /// <summary>Every offset from -14 to +14 hours in quarter hours.</summary>
    public static Gen<TimeSpan> Offsets { get; } = Gen.Choose(-56, 56).Select(q => TimeSpan.FromMinutes(q * 15));

    /// <summary>Date-times near both ends of the calendar and around the CRM sentinels.</summary>
    public static Gen<DateTime> EdgeLocals { get; } = Gen.OneOf(
        Gen.Elements(
            new DateTime(9999, 12, 31, 23, 59, 59), new DateTime(9999, 12, 31, 0, 0, 0), new DateTime(9999, 12, 30, 23, 0, 0),
            new DateTime(1, 1, 1, 0, 0, 0), new DateTime(1, 1, 1, 13, 59, 0), new DateTime(1900, 1, 1), new DateTime(1970, 1, 1),
            new DateTime(2000, 2, 29, 12, 0, 0)),
        Gen.Choose(0, (2 * 24 * 60) - 1).Select(m => new DateTime(9999, 12, 30).AddMinutes(m)),
        Gen.Choose(0, 2 * 24 * 60).Select(m => new DateTime(1, 1, 1).AddMinutes(m)));

    public static Arbitrary<EdgeDate> EdgeDates() => (from local in EdgeLocals from offset in Offsets select new EdgeDate(local, offset)).ToArbitrary();

    public static Arbitrary<CultureDate> CultureDates() =>
        (from days in Gen.Choose(0, 60 * 365)
         from minutes in Gen.Choose(0, (24 * 60) - 1)
         from culture in Gen.Elements(Cultures)
         from offset in Offsets
         select new CultureDate(new DateTime(1990, 1, 1).AddDays(days).AddMinutes(minutes), culture, offset)).ToArbitrary();

    public static Arbitrary<HostileFile> HostileFiles() => Gen.Sized(size => Row.ArrayOf(Math.Min(size, 40))).Select(rows => new HostileFile(rows)).ToArbitrary();

    private static Gen<string> Name { get; } = Gen.Choose(1, 99999).Select(i => string.Create(CultureInfo.InvariantCulture, $"Lead {i}"));

    private static Gen<HostileRow> Row { get; } = Gen.Frequency(
        (6, from name in Name select new HostileRow($"{name},2024-01-02T03:04:05Z,ok\n", RowOutcome.Lead, name)),
        (2, from name in Name select new HostileRow($"\"{name}\",,\"multi\nline, \"\"quoted\"\"\"\n", RowOutcome.Lead, name)),
        (2, from name in Name select new HostileRow($"{name},9999-12-31T23:59:59,sentinel\n", RowOutcome.LeadWithWarning, name)),
        (2, from name in Name select new HostileRow($"{name},not a date,x\n", RowOutcome.LeadWithWarning, name)),
        (2, Gen.Constant(new HostileRow("\"\"\n", RowOutcome.Error, null))),
        (2, from name in Name select new HostileRow($"{name},,x,extra\n", RowOutcome.Error, null)),
        (2, from name in Name from length in Gen.Choose(HostileFile.MaxRowLength + 1, HostileFile.MaxRowLength * 4)
            select new HostileRow($"{name},,\"{new string('x', length / 2)}\n{new string('y', length / 2)}\"\n", RowOutcome.Error, null)),
        (1, from name in Name from length in Gen.Choose(HostileFile.MaxRowLength + 1, HostileFile.MaxRowLength * 4)
            select new HostileRow($"{name},,{new string('z', length)}\n", RowOutcome.Error, null)));
}
