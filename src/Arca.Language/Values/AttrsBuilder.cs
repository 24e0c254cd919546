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
            Array.Resize(ref names, count * 2);
            Array.Resize(ref values, count * 2);
            if (positions is not null) Array.Resize(ref positions, count * 2);
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
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return true;
        return false;
    }

    public NixAttrs Build()
    {
        if (count == 0) return NixAttrs.Empty;
        var n = names.AsSpan(0, count).ToArray();
        var v = values.AsSpan(0, count).ToArray();
        Pos[]? p = positions?.AsSpan(0, count).ToArray();
        if (!sorted)
        {
            // Stable sort by name, then keep the last of each run of equal names (later additions win).
            var order = new int[count];
            for (int i = 0; i < count; i++) order[i] = i;
            Array.Sort(order, (a, b) => { int c = string.CompareOrdinal(n[a], n[b]); return c != 0 ? c : a.CompareTo(b); });
            var sn = new List<string>(count); var sv = new List<Value>(count); var sp = p is null ? null : new List<Pos>(count);
            for (int i = 0; i < count; i++)
            {
                int idx = order[i];
                if (i + 1 < count && string.Equals(n[order[i + 1]], n[idx], StringComparison.Ordinal)) continue;
                sn.Add(n[idx]); sv.Add(v[idx]); sp?.Add(p![idx]);
            }
            n = sn.ToArray(); v = sv.ToArray(); p = sp?.ToArray();
        }
        return new NixAttrs(n, v, p);
    }
}
