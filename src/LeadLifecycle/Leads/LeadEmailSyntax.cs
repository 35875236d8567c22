using System.Buffers;
using System.Net.Mail;

namespace LeadLifecycle.Leads;

/// <summary>The email rule of leads: an address with one @, a local part, and a dotted domain without empty labels,
/// that <see cref="MailAddress"/> reads back unchanged, as Salesforce accepts.</summary>
/// <remarks>The common shape (letters, digits and <c>._%+-</c> before the @; labels of letters, digits and inner
/// hyphens after it) is recognised in place without allocating; every other text, and every text that fails the
/// common shape, is decided by <see cref="MailAddress"/> as before. The fast path only ever answers true for texts the
/// full rule accepts (a property test holds the two to the same answers), so the rule itself is the full one.</remarks>
internal static class LeadEmailSyntax
{
    private static readonly SearchValues<char> LocalCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> LabelCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    /// <summary>Whether the text is an email address leads accept.</summary>
    public static bool IsValid(string email) => IsCommonShape(email.AsSpan().Trim()) || IsValidByMailAddress(email);

    /// <summary>The full rule, through <see cref="MailAddress"/>: allocates, so used only off the common shape.</summary>
    internal static bool IsValidByMailAddress(string email)
    {
        var trimmed = email.Trim();
        if (!MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal))
        {
            return false;
        }

        var at = trimmed.LastIndexOf('@');
        var domain = trimmed.AsSpan(at + 1);
        return at > 0 && trimmed.IndexOf('@', StringComparison.Ordinal) == at
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && !trimmed.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Whether the text is a plain dot-atom address: <c>local@label.label...</c>, the local part of letters,
    /// digits and <c>._%+-</c> without a leading, trailing or doubled dot, at least two domain labels of letters,
    /// digits and hyphens, none empty and none starting or ending with a hyphen.</summary>
    internal static bool IsCommonShape(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var local = text[..at];
        if (local.ContainsAnyExcept(LocalCharacters) || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var labels = 0;
        while (true)
        {
            var dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            if (label.IsEmpty || label.ContainsAnyExcept(LabelCharacters) || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            labels++;
            if (dot < 0)
            {
                return labels >= 2;
            }

            domain = domain[(dot + 1)..];
        }
    }
}
