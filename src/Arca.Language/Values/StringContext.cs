namespace Arca.Language.Values;

/// <summary>
/// The context of a string: the store paths it refers to, as Nix encodes them.
/// An element is one of: <c>/nix/store/…</c> (an opaque path), <c>=/nix/store/….drv</c> (a derivation with all its
/// outputs, from <c>drvPath</c>), or <c>!out!/nix/store/….drv</c> (one output of a derivation). Immutable; elements
/// kept sorted and unique. One shared empty context.
/// </summary>
public sealed class StringContext
{
    public static readonly StringContext Empty = new([]);

    private readonly string[] elements;

    private StringContext(string[] sortedUnique) => elements = sortedUnique;

    public bool IsEmpty => elements.Length == 0;
    public int Count => elements.Length;
    /// <summary>The elements, sorted; a span, so walking them allocates no enumerator (every derivation walks its context).</summary>
    public ReadOnlySpan<string> Elements => elements;

    public static StringContext Of(string element) => new([element]);

    public static StringContext Of(IEnumerable<string> elements)
    {
        var array = elements.Distinct(StringComparer.Ordinal).ToArray();
        if (array.Length == 0) return Empty;
        Array.Sort(array, StringComparer.Ordinal);
        return new StringContext(array);
    }

    public StringContext Union(StringContext other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other)) return this;
        if (IsEmpty) return other;
        return Of(elements.Concat(other.elements));
    }

    /// <summary>
    /// A builder that unions many contexts with one allocation at the end (interpolation, concatStringsSep). One
    /// context alone is kept as it is; more go into a set, which <see cref="Clear"/> keeps for a builder's next use.
    /// </summary>
    public sealed class Builder
    {
        private HashSet<string>? set;
        private bool usingSet;
        private StringContext? single;

        public void Add(StringContext context)
        {
            if (context.IsEmpty) return;
            if (!usingSet && (single is null || ReferenceEquals(single, context))) { single = context; return; }
            AddAll(StartSet(), context.elements);
        }

        /// <summary>
        /// HashSet.UnionWith takes an IEnumerable and so boxes the array's enumerator, one allocation per context
        /// added (each interpolation, each derivation attribute); a loop over the array has none.
        /// </summary>
        private static void AddAll(HashSet<string> set, string[] elements)
        {
            foreach (var element in elements) set.Add(element);
        }

        public void Add(string element) => StartSet().Add(element);

        /// <summary>The set, holding the single context so far if there was one.</summary>
        private HashSet<string> StartSet()
        {
            if (usingSet) return set!;
            set ??= new HashSet<string>(StringComparer.Ordinal);
            if (single is not null) AddAll(set, single.elements);
            usingSet = true;
            return set;
        }

        /// <summary>Forgets everything added, keeping the set's room for the next use.</summary>
        public void Clear()
        {
            if (usingSet) set!.Clear();
            usingSet = false;
            single = null;
        }

        public StringContext Build()
        {
            if (!usingSet) return single ?? Empty;
            if (set!.Count == 0) return Empty;
            // A set is already free of duplicates: sorted as it is, without Of's Distinct pass.
            var array = new string[set.Count];
            set.CopyTo(array);
            Array.Sort(array, StringComparer.Ordinal);
            return new StringContext(array);
        }
    }
}
