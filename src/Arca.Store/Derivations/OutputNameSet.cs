namespace Arca.Store.Derivations;

using System.Collections;

/// <summary>
/// The output names used of one input derivation: a small set of byte strings kept sorted by bytes (Nix's
/// <c>StringSet</c>), the order the ATerm lists them in. Almost always one name (<c>out</c>), held without an array;
/// more go into a sorted array. Every derivation has several inputs, so this replaces a <see cref="SortedSet{T}"/>
/// (a tree object and a node per name) with one small object.
/// </summary>
public sealed class OutputNameSet : IReadOnlyCollection<string>
{
    private string? single;
    private string[]? many;
    private int count;

    public int Count => count;

    /// <summary>The <paramref name="index"/>-th name in byte order.</summary>
    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            return count == 1 ? single! : many![index];
        }
    }

    /// <summary>Adds a name; false if it was already there.</summary>
    public bool Add(string name)
    {
        if (count == 0)
        {
            single = name;
            count = 1;
            return true;
        }
        if (count == 1)
        {
            int order = string.CompareOrdinal(single, name);
            if (order == 0) return false;
            // A cleared set reuses its array.
            many ??= new string[4];
            many[0] = order < 0 ? single! : name;
            many[1] = order < 0 ? name : single!;
            single = null;
            count = 2;
            return true;
        }
        int at = Array.BinarySearch(many!, 0, count, name, StringComparer.Ordinal);
        if (at >= 0) return false;
        at = ~at;
        if (count == many!.Length) Array.Resize(ref many, count * 2);
        Array.Copy(many, at, many, at + 1, count - at);
        many[at] = name;
        count++;
        return true;
    }

    /// <summary>Removes every name, keeping the array for names to come.</summary>
    public void Clear()
    {
        single = null;
        if (many is not null) Array.Clear(many, 0, count);
        count = 0;
    }

    public bool Contains(string name) =>
        count switch
        {
            0 => false,
            1 => string.Equals(single, name, StringComparison.Ordinal),
            _ => Array.BinarySearch(many!, 0, count, name, StringComparer.Ordinal) >= 0,
        };

    public void UnionWith(OutputNameSet other)
    {
        for (int i = 0; i < other.count; i++) Add(other[i]);
    }

    /// <summary>Walks the names in byte order without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(OutputNameSet set) : IEnumerator<string>
    {
        private int index = -1;

        public readonly string Current => set[index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < set.count;

        public void Reset() => index = -1;

        public readonly void Dispose() { }
    }
}
