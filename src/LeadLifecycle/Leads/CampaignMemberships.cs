using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace LeadLifecycle.Leads;

/// <summary>The campaigns a lead is a member of (Salesforce <c>CampaignMember</c> records), in the order given.</summary>
/// <remarks>Immutable, with value equality, so leads compare by content. <see cref="MostRecent"/> is the membership
/// whose campaign conversion makes the opportunity's primary campaign source.</remarks>
[CollectionBuilder(typeof(CampaignMemberships), nameof(Create))]
public sealed class CampaignMemberships : IReadOnlyList<CampaignMembership>, IEquatable<CampaignMemberships>
{
    private readonly ImmutableArray<CampaignMembership> _memberships;

    private CampaignMemberships(ImmutableArray<CampaignMembership> memberships) => _memberships = memberships;

    /// <summary>Gets the empty list.</summary>
    public static CampaignMemberships Empty { get; } = new(ImmutableArray<CampaignMembership>.Empty);

    /// <summary>Gets the number of memberships.</summary>
    public int Count => _memberships.Length;

    /// <summary>Gets the most recently associated membership (on a tie, the later in the list), or null when there
    /// is none.</summary>
    public CampaignMembership? MostRecent
    {
        get
        {
            CampaignMembership? latest = null;
            foreach (var membership in _memberships)
            {
                if (latest is null || membership.AssociatedAt >= latest.AssociatedAt)
                {
                    latest = membership;
                }
            }

            return latest;
        }
    }

    /// <summary>Gets a membership by position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The membership.</returns>
    public CampaignMembership this[int index] => _memberships[index];

    /// <summary>Creates a list of memberships.</summary>
    /// <param name="memberships">The memberships.</param>
    /// <returns>The list.</returns>
    public static CampaignMemberships Create(ReadOnlySpan<CampaignMembership> memberships)
    {
        foreach (var membership in memberships)
        {
            ArgumentNullException.ThrowIfNull(membership, nameof(memberships));
        }

        return memberships.IsEmpty ? Empty : new([.. memberships]);
    }

    /// <summary>Returns a copy with one more membership at the end.</summary>
    /// <param name="membership">The membership.</param>
    /// <returns>The longer list.</returns>
    public CampaignMemberships Add(CampaignMembership membership) => new(_memberships.Add(Preconditions.NotNull(membership)));

    /// <summary>Returns an enumerator over the memberships.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<CampaignMembership> GetEnumerator() => ((IEnumerable<CampaignMembership>)_memberships).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_memberships).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(CampaignMemberships? other) =>
        other is not null && (ReferenceEquals(this, other) || _memberships.AsSpan().SequenceEqual(other._memberships.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CampaignMemberships);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var membership in _memberships)
        {
            hash.Add(membership);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the memberships as text.</summary>
    /// <returns>The campaign ids and times.</returns>
    public override string ToString() => "[" + string.Join(", ", _memberships.Select(m => $"{m.CampaignId}@{m.AssociatedAt:O}")) + "]";
}
