namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// The attribute-set built-ins. Sets are sorted arrays of names, so results are built as sorted arrays directly
/// (merges and filters of sorted input stay sorted); values are never forced unless Nix forces them, and
/// <c>mapAttrs</c>/<c>zipAttrsWith</c> build unevaluated applications.
/// </summary>
public static class AttrSetBuiltins
{
    /// <summary>Up to this many attributes, a built-in's temporary index list lives on the stack.</summary>
    private const int StackIndexLimit = 256;

    public static void Register(BuiltinTable table)
    {
        table.Add("attrNames", 1, AttrNames);
        table.Add("attrValues", 1, AttrValues);
        table.Add("getAttr", 2, GetAttr);
        table.Add("hasAttr", 2, HasAttr);
        table.Add("unsafeGetAttrPos", 2, UnsafeGetAttrPos);
        table.Add("removeAttrs", 2, RemoveAttrs, global: true);
        table.Add("listToAttrs", 1, ListToAttrs);
        table.Add("intersectAttrs", 2, IntersectAttrs);
        table.Add("catAttrs", 2, CatAttrs);
        table.Add("mapAttrs", 2, MapAttrs);
        table.Add("zipAttrsWith", 2, ZipAttrsWith);
    }

    private static Value AttrNames(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var attrs = BuiltinArgs.Attrs(ctx, args[0], "while evaluating the argument passed to builtins.attrNames");
        var names = new Value[attrs.Count];
        for (int i = 0; i < names.Length; i++) names[i] = NixString.Of(attrs.NameAt(i));
        return NixList.Of(names);
    }

    private static Value AttrValues(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var attrs = BuiltinArgs.Attrs(ctx, args[0], "while evaluating the argument passed to builtins.attrValues");
        return NixList.Of(attrs.Values.ToArray());
    }

    private static Value GetAttr(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var name = BuiltinArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.getAttr");
        var attrs = BuiltinArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.getAttr");
        return BuiltinArgs.Attr(attrs, name, "in the attribute set under consideration", out _).Force(ctx);
    }

    private static Value HasAttr(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var name = BuiltinArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.hasAttr");
        var attrs = BuiltinArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.hasAttr");
        return NixBool.Of(attrs.Contains(name));
    }

    private static Value UnsafeGetAttrPos(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var name = BuiltinArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.unsafeGetAttrPos");
        var attrs = BuiltinArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.unsafeGetAttrPos");
        int i = attrs.IndexOf(name);
        if (i < 0) return NixNull.Instance;
        var at = attrs.PosAt(i);
        // Only positions in files are reported; an attribute from a string or stdin (or none) has null.
        if (at.Source is not { IsFile: true } source) return NixNull.Instance;
        return new NixAttrs(
            ["column", "file", "line"],
            [NixInt.Of(at.Column), NixString.Of(source.Origin), NixInt.Of(at.Line)],
            null);
    }

    private static Value RemoveAttrs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var attrs = BuiltinArgs.Attrs(ctx, args[0], "while evaluating the first argument passed to builtins.removeAttrs");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.removeAttrs");
        var remove = new string[list.Count];
        for (int i = 0; i < remove.Length; i++)
            remove[i] = BuiltinArgs.StringNoContext(ctx, list.Items[i],
                "while evaluating the values of the second argument passed to builtins.removeAttrs");
        if (remove.Length == 0 || attrs.Count == 0) return attrs;
        Array.Sort(remove, StringComparer.Ordinal);

        // Both sides are sorted: one merge pass finds what is kept, then the result is built at its exact size.
        Span<int> kept = attrs.Count <= StackIndexLimit ? stackalloc int[attrs.Count] : new int[attrs.Count];
        int k = 0, r = 0;
        for (int i = 0; i < attrs.Count; i++)
        {
            var name = attrs.NameAt(i);
            while (r < remove.Length && string.CompareOrdinal(remove[r], name) < 0) r++;
            if (r < remove.Length && string.Equals(remove[r], name)) continue;
            kept[k++] = i;
        }
        return attrs.Subset(kept[..k]);
    }

    private static Value ListToAttrs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[0], "while evaluating the argument passed to builtins.listToAttrs");
        int n = list.Count;
        if (n == 0) return NixAttrs.Empty;
        var names = new string[n];
        for (int i = 0; i < n; i++)
        {
            var pair = BuiltinArgs.Attrs(ctx, list.Items[i], "while evaluating an element of the list passed to builtins.listToAttrs");
            var nameValue = BuiltinArgs.Attr(pair, "name", "in a {name=...; value=...;} pair", out var namePos);
            names[i] = BuiltinArgs.StringNoContext(ctx, nameValue,
                "while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs", namePos);
        }

        // Sort the names with their element indices. Of equal names the first element wins, whatever order the
        // (unstable) sort left them in: the smallest index of each run.
        Span<int> order = n <= StackIndexLimit ? stackalloc int[n] : new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        names.AsSpan().Sort(order, StringComparer.Ordinal);
        int k = 0;
        for (int j = 0; j < n; j++)
        {
            if (k > 0 && string.Equals(names[k - 1], names[j]))
            {
                if (order[j] < order[k - 1]) order[k - 1] = order[j];
                continue;
            }
            names[k] = names[j];
            order[k] = order[j];
            k++;
        }

        // The names array becomes the set's own when no name repeats.
        var outNames = k == n ? names : names[..k];
        var outValues = new Value[k];
        Pos[]? outPositions = null;
        for (int j = 0; j < k; j++)
        {
            var pair = (NixAttrs)list.Items[order[j]].Force(ctx);
            outValues[j] = BuiltinArgs.Attr(pair, "value", "in a {name=...; value=...;} pair", out var valuePos);
            if (valuePos.IsKnown) (outPositions ??= new Pos[k])[j] = valuePos;
        }
        ctx.Layouts.Share(ref outNames, ref outPositions);
        return new NixAttrs(outNames, outValues, outPositions);
    }

    private static Value IntersectAttrs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var left = BuiltinArgs.Attrs(ctx, args[0], "while evaluating the first argument passed to builtins.intersectAttrs");
        var right = BuiltinArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.intersectAttrs");
        int capacity = Math.Min(left.Count, right.Count);
        if (capacity == 0) return NixAttrs.Empty;
        // The attributes come from the right set: first the indices of those kept, then the set at its exact size.
        // Walk the smaller set and look each name up in the larger one (the indices stay ascending either way).
        Span<int> kept = capacity <= StackIndexLimit ? stackalloc int[capacity] : new int[capacity];
        int k = 0;
        if (left.Count < right.Count)
        {
            for (int i = 0; i < left.Count; i++)
            {
                int j = right.IndexOf(left.NameAt(i));
                if (j >= 0) kept[k++] = j;
            }
        }
        else
        {
            for (int j = 0; j < right.Count; j++)
                if (left.IndexOf(right.NameAt(j)) >= 0) kept[k++] = j;
        }
        return right.Subset(kept[..k]);
    }

    private static Value CatAttrs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var name = BuiltinArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.catAttrs");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.catAttrs");
        var found = new Value[list.Count];
        int k = 0;
        foreach (var item in list.Items)
        {
            var attrs = BuiltinArgs.Attrs(ctx, item, "while evaluating an element in the list passed as second argument to builtins.catAttrs");
            if (attrs.TryGet(name, out var v)) found[k++] = v;
        }
        if (k != found.Length) Array.Resize(ref found, k);
        return NixList.Of(found);
    }

    private static Value MapAttrs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // Only the set is forced; the function is applied (and checked) when an attribute is used.
        var attrs = BuiltinArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.mapAttrs");
        if (attrs.Count == 0) return attrs;
        // One shared node; each attribute is a thunk whose state is its index (small integers are cached), so a
        // mapAttrs costs one object per attribute, and the name string is made only if the attribute is used.
        var node = new MapAttrsNode(args[0], attrs);
        var names = attrs.Names.ToArray();
        var values = new Value[names.Length];
        for (int i = 0; i < names.Length; i++) values[i] = node.Delay(NixInt.Of(i));
        return new NixAttrs(names, values, null);
    }

    private static Value ZipAttrsWith(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.zipAttrsWith");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.zipAttrsWith");
        var sets = new NixAttrs[list.Count];
        // First pass: force every set and count the values of each name, so each list is allocated once.
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        for (int i = 0; i < sets.Length; i++)
        {
            var attrs = BuiltinArgs.Attrs(ctx, list.Items[i], "while evaluating a value of the list passed as second argument to builtins.zipAttrsWith");
            sets[i] = attrs;
            foreach (var name in attrs.Names)
            {
                if (slots.TryGetValue(name, out int slot)) counts[slot]++;
                else { slots.Add(name, counts.Count); counts.Add(1); }
            }
        }
        var lists = new Value[counts.Count][];
        for (int s = 0; s < lists.Length; s++) lists[s] = new Value[counts[s]];
        var filled = new int[counts.Count];
        foreach (var attrs in sets)
            for (int i = 0; i < attrs.Count; i++)
            {
                int slot = slots[attrs.NameAt(i)];
                lists[slot][filled[slot]++] = attrs.ValueAt(i);
            }

        var names = new string[slots.Count];
        slots.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        var sortedLists = new Value[names.Length][];
        for (int i = 0; i < names.Length; i++) sortedLists[i] = lists[slots[names[i]]];
        var node = new ZipAttrsNode(f, names, sortedLists);
        var values = new Value[names.Length];
        for (int i = 0; i < names.Length; i++) values[i] = node.Delay(NixInt.Of(i));
        return new NixAttrs(names, values, null);
    }

    /// <summary>
    /// The attributes of a <c>mapAttrs</c> result: <c>f name value</c> for the attribute at the thunk's index.
    /// Nix does not force <c>f</c> here, so it has no position for the call until some attribute has forced it (an
    /// unevaluated argument has none); only a thunk already forced can tell us that (see <see cref="BuiltinArgs.CallSite"/>).
    /// </summary>
    private sealed class MapAttrsNode(Value function, NixAttrs source) : Thunk.SharedNode
    {
        public override Value Evaluate(EvalContext ctx, Value state)
        {
            int i = (int)((NixInt)state).Value;
            var site = function is Thunk { IsForced: true } ? BuiltinArgs.CallSite(function) : Pos.None;
            return ctx.Call2(function, NixString.Of(source.NameAt(i)), source.ValueAt(i), site);
        }
    }

    /// <summary>The attributes of a <c>zipAttrsWith</c> result: <c>f name values</c>; the function was forced, so its position is the call site.</summary>
    private sealed class ZipAttrsNode(Value function, string[] names, Value[][] lists) : Thunk.SharedNode
    {
        private readonly Pos site = BuiltinArgs.CallSite(function);

        public override Value Evaluate(EvalContext ctx, Value state)
        {
            int i = (int)((NixInt)state).Value;
            return ctx.Call2(function, NixString.Of(names[i]), new NixList(lists[i]), site);
        }
    }
}
