using FsCheck;
using FsCheck.Fluent;

namespace LeadLifecycle.Tests.Generators;

/// <summary>Email-like text for the email rule's properties: mostly near the common <c>local@domain.tld</c> shape,
/// with the characters that decide the edge cases (dots, hyphens, @, spaces, quotes, brackets, atext punctuation,
/// non-ASCII letters, white space at the ends) mixed in. Texts are built from parts, so a failure shrinks to a short
/// address.</summary>
public static class EmailArbitraries
{
    private static readonly char[] Edge =
        ['.', '.', '-', '-', '@', '_', '%', '+', ' ', '"', '(', ')', '[', ']', '<', '>', ',', ';', ':', '\\', '\'', '!', '#', '$', '&', '*', '/', '=', '?', '^', '`', '{', '|', '}', '~', 'é', 'ü', '\t', '\u00A0'];

    public static Arbitrary<EmailText> EmailTexts() => Texts().Select(t => new EmailText(t)).ToArbitrary();

    private static Gen<string> Texts() =>
        Gen.Frequency(
            (6, Shaped()),
            (2, Gen.Elements(Edge.Concat("abcXYZ019".ToCharArray()).ToArray()).ArrayOf().Select(c => new string(c))),
            (1, from text in Shaped() from left in Gen.Elements("", " ", "\t", "\n") from right in Gen.Elements("", " ", "\r\n") select left + text + right));

    private static Gen<string> Shaped() =>
        from local in Part()
        from domain in Part().ArrayOf()
        from tld in Gen.Elements("com", "org", "co.uk", "io", "x", "1", "c-m", "-co", "co-", "", "é")
        from at in Gen.Frequency((8, Gen.Constant("@")), (1, Gen.Constant("@@")), (1, Gen.Constant("")))
        select local + at + string.Join('.', domain.Append(tld));

    private static Gen<string> Part() =>
        from letters in Gen.Elements("a", "ada", "Grace", "x1", "0", "first.last", "o'brien", "tag+1", "a_b", "a%b", "z-z", "", "ÄÖ")
        from edge in Gen.Frequency((3, Gen.Constant(string.Empty)), (2, Gen.Elements(Edge).Select(c => c.ToString())))
        from edgeFirst in Gen.Elements(true, false)
        select edgeFirst ? edge + letters : letters + edge;
}

/// <summary>A generated email-like text (a wrapper so FsCheck uses <see cref="EmailArbitraries"/> for it).</summary>
/// <param name="Value">The text.</param>
public sealed record EmailText(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
