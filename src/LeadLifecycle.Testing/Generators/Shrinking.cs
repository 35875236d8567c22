namespace LeadLifecycle.Testing;

/// <summary>Shrinking helpers shared by the kit's arbitraries.</summary>
internal static class Shrinking
{
    /// <summary>Shorter sequences first (each half), then one element fewer at each position, then each element
    /// simplified in place: FsCheck takes the first candidate that still fails, so a long counterexample loses big
    /// chunks first and ends with only the steps that matter, each as simple as it can be.</summary>
    public static IEnumerable<T[]> Sequence<T>(T[] items, Func<T, IEnumerable<T>> simplify)
    {
        if (items.Length > 1)
        {
            yield return items[..(items.Length / 2)];
            yield return items[(items.Length / 2)..];
        }

        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items[..i], .. items[(i + 1)..]];
        }

        for (var i = 0; i < items.Length; i++)
        {
            foreach (var simpler in simplify(items[i]))
            {
                var copy = (T[])items.Clone();
                copy[i] = simpler;
                yield return copy;
            }
        }
    }

    /// <summary>The list without one of its elements, at each position, while more than <paramref name="keep"/> remain.</summary>
    public static IEnumerable<IReadOnlyList<T>> DropOne<T>(IReadOnlyList<T> items, int keep)
    {
        if (items.Count <= keep)
        {
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            yield return [.. items.Take(i), .. items.Skip(i + 1)];
        }
    }
}
