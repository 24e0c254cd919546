namespace Arca.Language.Values;

using Arca.Language.Syntax;

/// <summary>
/// One shared copy of each small layout (names and positions) that sets built at run time keep producing:
/// <c>listToAttrs</c> in <c>derivation</c> makes <c>{ out = …; }</c> for every package, each time in new arrays.
/// Handing out one copy lets those sets share their arrays, and lets <see cref="AttrsMergeLayouts"/> recognise the
/// merges they take part in (it keys on array identity). Compared by content; bounded, so an evaluation that builds
/// endless distinct layouts stops remembering them. One per evaluation: single-threaded.
/// </summary>
public sealed class AttrsLayouts
{
    /// <summary>Larger sets rarely repeat their names exactly; they are not looked up.</summary>
    public const int MaxSize = 16;

    private const int MaxRemembered = 4096;

    // Keyed by a class, so the dictionary is the shared instantiation the precompiled framework already has (a
    // struct key would be compiled at run time, on every start).
    private readonly Dictionary<Layout, Layout> known = new();

    /// <summary>The shared copy of this layout: the arrays given, the first time they are seen (ownership passes).</summary>
    public void Share(ref string[] names, ref Pos[]? positions)
    {
        if (names.Length > MaxSize) return;
        var layout = new Layout(names, positions);
        if (known.TryGetValue(layout, out var shared))
        {
            names = shared.Names;
            positions = shared.Positions;
        }
        else if (known.Count < MaxRemembered)
        {
            known.Add(layout, layout);
        }
    }

    private sealed class Layout(string[] names, Pos[]? positions) : IEquatable<Layout>
    {
        public string[] Names { get; } = names;
        public Pos[]? Positions { get; } = positions;

        public bool Equals(Layout? other)
        {
            if (other is null) return false;
            if (!Names.AsSpan().SequenceEqual(other.Names)) return false;
            if (Positions is null || other.Positions is null) return Positions is null && other.Positions is null;
            return Positions.AsSpan().SequenceEqual(other.Positions);
        }

        public override bool Equals(object? obj) => obj is Layout other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var name in Names) hash.Add(string.GetHashCode(name, StringComparison.Ordinal));
            if (Positions is not null)
                foreach (var pos in Positions) hash.Add(pos.GetHashCode()); // the position's one integer, not decoded
            return hash.ToHashCode();
        }
    }
}
