namespace Arca.Language.Values;

using Arca.Language.Syntax;

/// <summary>
/// An attribute set: names sorted by bytes (the order of <c>attrNames</c> and of printing), with values that may be
/// unforced thunks and, where known, the position each attribute was defined at (for <c>unsafeGetAttrPos</c> and
/// error messages). Immutable, except that a forced thunk may be replaced by its value (<see cref="Resolve"/>), which
/// changes nothing the language can see; <c>//</c> merges two sorted arrays in one pass. The names and positions
/// arrays may be shared with other sets (sets written in the source, <see cref="AttrsMergeLayouts"/>,
/// <see cref="AttrsLayouts"/>) and are never written after construction.
/// </summary>
public sealed class NixAttrs : Value
{
    public static readonly NixAttrs Empty = new([], [], null);

    /// <summary>Below this size a linear scan beats binary search (names are mostly short, interned strings).</summary>
    private const int LinearScanLimit = 8;

    private readonly string[] names;
    private readonly Value[] values;
    private readonly Pos[]? positions;

    /// <param name="sortedNames">Unique names in ordinal order; ownership passes to the set.</param>
    internal NixAttrs(string[] sortedNames, Value[] values, Pos[]? positions)
    {
        names = sortedNames;
        this.values = values;
        this.positions = positions;
    }

    public override ValueKind Kind => ValueKind.Attrs;

    public int Count => names.Length;

    public ReadOnlySpan<string> Names => names;
    public ReadOnlySpan<Value> Values => values;

    public string NameAt(int index) => names[index];
    public Value ValueAt(int index) => values[index];
    public Pos PosAt(int index) => positions?[index] ?? Pos.None;

    /// <summary>
    /// Puts the value of the forced thunk at <paramref name="index"/> in its place (if it is still there), so later
    /// selections skip the thunk and the thunk can be collected. Invisible to the language: the set's contents mean
    /// the same, as when Nix updates a thunk's value cell in place.
    /// </summary>
    internal void Resolve(int index, Thunk thunk, Value value)
    {
        ref var cell = ref values[index];
        if (ReferenceEquals(cell, thunk)) cell = value;
    }

    /// <summary>Index of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        var n = names;
        if (n.Length <= LinearScanLimit)
        {
            for (int i = 0; i < n.Length; i++)
                if (ReferenceEquals(n[i], name) || string.Equals(n[i], name)) return i;
            return -1;
        }
        int lo = 0, hi = n.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = string.CompareOrdinal(n[mid], name);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public bool TryGet(string name, out Value value)
    {
        int i = IndexOf(name);
        if (i < 0) { value = null!; return false; }
        value = values[i];
        return true;
    }

    public Value? Get(string name)
    {
        int i = IndexOf(name);
        return i < 0 ? null : values[i];
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>
    /// <c>this // right</c>: right's attributes win. Returns an operand unchanged when the other is empty. With
    /// <paramref name="layouts"/>, a merge of operands laid out as an earlier one shares that result's names and
    /// positions and only copies values.
    /// </summary>
    public NixAttrs Update(NixAttrs right, AttrsMergeLayouts? layouts = null)
    {
        if (right.Count == 0) return this;
        if (Count == 0) return right;
        bool remember = false;
        if (layouts is not null)
        {
            var known = layouts.Find(names, positions, right.names, right.positions, out remember);
            if (known is not null) return new NixAttrs(known.Names, Gather(known.Plan, values, right.values), known.Positions);
        }
        var ln = names; var rn = right.names;
        // Count the merged size first, so the arrays are allocated once at their final length (overrides of existing
        // names are common: overlays, `prev.x // { … }`).
        int merged = ln.Length + rn.Length;
        for (int a = 0, b = 0; a < ln.Length && b < rn.Length;)
        {
            int c = string.CompareOrdinal(ln[a], rn[b]);
            if (c < 0) a++;
            else
            {
                if (c == 0) { merged--; a++; }
                b++;
            }
        }
        remember &= merged <= AttrsMergeLayouts.MaxRemembered;
        var outNames = new string[merged];
        var outValues = new Value[outNames.Length];
        Pos[]? outPos = positions is null && right.positions is null ? null : new Pos[outNames.Length];
        int[]? plan = remember ? new int[merged] : null;
        int i = 0, j = 0, k = 0;
        while (i < ln.Length && j < rn.Length)
        {
            int c = string.CompareOrdinal(ln[i], rn[j]);
            if (c < 0) { PutLeft(i); i++; }
            else
            {
                PutRight(j);
                if (c == 0) i++;
                j++;
            }
        }
        for (; i < ln.Length; i++) PutLeft(i);
        for (; j < rn.Length; j++) PutRight(j);
        if (plan is not null) layouts!.Remember(ln, rn, new AttrsMergeLayouts.Layout(outNames, outPos, plan));
        return new NixAttrs(outNames, outValues, outPos);

        void PutLeft(int from)
        {
            if (plan is not null) plan[k] = from;
            Put(k++, ln[from], values[from], PosAt(from));
        }

        void PutRight(int from)
        {
            if (plan is not null) plan[k] = ~from;
            Put(k++, rn[from], right.values[from], right.PosAt(from));
        }

        void Put(int at, string name, Value value, Pos pos)
        {
            outNames[at] = name;
            outValues[at] = value;
            if (outPos is not null) outPos[at] = pos;
        }
    }

    private static Value[] Gather(int[] plan, Value[] left, Value[] right)
    {
        var result = new Value[plan.Length];
        for (int k = 0; k < plan.Length; k++)
        {
            int from = plan[k];
            result[k] = from >= 0 ? left[from] : right[~from];
        }
        return result;
    }

    /// <summary>
    /// The attributes at <paramref name="indices"/> (ascending), with their positions: what <c>removeAttrs</c> and
    /// <c>intersectAttrs</c> keep. Allocated at its exact size; the set itself when every attribute is kept.
    /// </summary>
    internal NixAttrs Subset(ReadOnlySpan<int> indices)
    {
        if (indices.Length == 0) return Empty;
        if (indices.Length == names.Length) return this;
        var outNames = new string[indices.Length];
        var outValues = new Value[indices.Length];
        var outPositions = positions is null ? null : new Pos[indices.Length];
        for (int k = 0; k < indices.Length; k++)
        {
            int i = indices[k];
            outNames[k] = names[i];
            outValues[k] = values[i];
            if (outPositions is not null) outPositions[k] = positions![i];
        }
        return new NixAttrs(outNames, outValues, outPositions);
    }

    /// <summary>True when this set is a derivation (<c>type = "derivation"</c>), forcing only that attribute.</summary>
    public bool IsDerivation(Evaluation.EvalContext ctx) =>
        TryGet("type", out var t) && t.Force(ctx) is NixString { Text: "derivation" };
}
