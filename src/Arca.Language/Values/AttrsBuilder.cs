namespace Arca.Language.Values;

using Arca.Language.Syntax;

/// <summary>
/// Collects attributes in any order and produces a sorted <see cref="NixAttrs"/>. Adding a name twice keeps the last
/// value unless the caller checks <see cref="Contains"/> first (Nix's duplicate errors belong to the caller, who
/// knows the positions).
/// </summary>
public sealed class AttrsBuilder(int capacity = 8)
{
    private string[] names = new string[Math.Max(capacity, 1)];
    private Value[] values = new Value[Math.Max(capacity, 1)];
    private Pos[]? positions;
    private int count;
    private bool sorted = true;

    public int Count => count;

    public AttrsBuilder Add(string name, Value value, Pos pos = default)
    {
        if (count == names.Length)
        {
            // Empty after a Build that handed its arrays over: start again at a small size.
            int grown = Math.Max(count * 2, 4);
            Array.Resize(ref names, grown);
            Array.Resize(ref values, grown);
            if (positions is not null) Array.Resize(ref positions, grown);
        }
        if (pos.IsKnown && positions is null) positions = new Pos[names.Length];
        if (count > 0 && sorted && string.CompareOrdinal(names[count - 1], name) >= 0) sorted = false;
        names[count] = name;
        values[count] = value;
        if (positions is not null) positions[count] = pos;
        count++;
        return this;
    }

    public bool Contains(string name)
    {
        for (int i = 0; i < count; i++)
            if (string.Equals(names[i], name)) return true;
        return false;
    }

    /// <summary>
    /// The set. The builder's arrays become the set's when they are exactly full and already sorted (the common case
    /// of a builder made with the right capacity), so the builder starts afresh after it.
    /// </summary>
    public NixAttrs Build()
    {
        if (count == 0) return NixAttrs.Empty;
        string[] n; Value[] v; Pos[]? p;
        if (count == names.Length)
        {
            n = names; v = values; p = positions;
            names = []; values = []; positions = null; count = 0;
        }
        else
        {
            n = names.AsSpan(0, count).ToArray();
            v = values.AsSpan(0, count).ToArray();
            // Not through a span of positions: that generic helper over Arca's struct would be compiled at run time.
            if (positions is null) p = null;
            else Array.Copy(positions, p = new Pos[count], count);
        }
        if (!sorted) SortKeepingLast(ref n, ref v, ref p);
        sorted = true;
        return new NixAttrs(n, v, p);
    }

    /// <summary>Stable sort by name, then the last of each run of equal names (later additions win).</summary>
    private static void SortKeepingLast(ref string[] n, ref Value[] v, ref Pos[]? p)
    {
        var names = n;
        int count = n.Length;
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Array.Sort(order, (a, b) => { int c = string.CompareOrdinal(names[a], names[b]); return c != 0 ? c : a.CompareTo(b); });
        int kept = 0;
        for (int i = 0; i < count; i++)
            if (i + 1 == count || !string.Equals(n[order[i + 1]], n[order[i]])) kept++;
        var sn = new string[kept]; var sv = new Value[kept]; var sp = p is null ? null : new Pos[kept];
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            int idx = order[i];
            if (i + 1 < count && string.Equals(n[order[i + 1]], n[idx])) continue;
            sn[k] = n[idx]; sv[k] = v[idx];
            if (sp is not null) sp[k] = p![idx];
            k++;
        }
        n = sn; v = sv; p = sp;
    }
}
