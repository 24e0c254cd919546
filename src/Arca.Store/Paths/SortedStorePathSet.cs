namespace Arca.Store.Paths;

using System.Collections;

/// <summary>
/// An immutable set of store paths held as one array in byte order: the references of a path being registered.
/// A <see cref="SortedSet{T}"/> costs a node per path and a stack to enumerate; adding thousands of .drv files
/// made one per file only to read it once.
/// </summary>
public sealed class SortedStorePathSet : IReadOnlySet<StorePath>
{
    public static readonly SortedStorePathSet Empty = new([]);

    private readonly StorePath[] paths;

    private SortedStorePathSet(StorePath[] sortedDistinct) => paths = sortedDistinct;

    /// <summary>The paths, sorted by bytes and without duplicates (copied: the set does not share the caller's array).</summary>
    public static SortedStorePathSet Of(IEnumerable<StorePath> paths)
    {
        var array = paths.ToArray();
        if (array.Length == 0) return Empty;
        if (!IsStrictlyAscending(array))
        {
            Array.Sort(array);
            int kept = 0;
            for (int i = 0; i < array.Length; i++)
                if (kept == 0 || array[i] != array[kept - 1]) array[kept++] = array[i];
            if (kept < array.Length) array = array[..kept];
        }
        return new SortedStorePathSet(array);
    }

    private static bool IsStrictlyAscending(StorePath[] paths)
    {
        for (int i = 1; i < paths.Length; i++)
            if (paths[i - 1].CompareTo(paths[i]) >= 0) return false;
        return true;
    }

    public int Count => paths.Length;

    public bool Contains(StorePath item) => Array.BinarySearch(paths, item) >= 0;

    public ReadOnlySpan<StorePath>.Enumerator GetEnumerator() => new ReadOnlySpan<StorePath>(paths).GetEnumerator();

    IEnumerator<StorePath> IEnumerable<StorePath>.GetEnumerator() => ((IEnumerable<StorePath>)paths).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => paths.GetEnumerator();

    // The set relations are for completeness (nothing on the registration path asks them): through a HashSet.
    private HashSet<StorePath> AsHashSet() => [.. paths];

    public bool IsProperSubsetOf(IEnumerable<StorePath> other) => AsHashSet().IsProperSubsetOf(other);
    public bool IsProperSupersetOf(IEnumerable<StorePath> other) => AsHashSet().IsProperSupersetOf(other);
    public bool IsSubsetOf(IEnumerable<StorePath> other) => AsHashSet().IsSubsetOf(other);
    public bool IsSupersetOf(IEnumerable<StorePath> other) => AsHashSet().IsSupersetOf(other);
    public bool Overlaps(IEnumerable<StorePath> other) => AsHashSet().Overlaps(other);
    public bool SetEquals(IEnumerable<StorePath> other) => AsHashSet().SetEquals(other);
}
