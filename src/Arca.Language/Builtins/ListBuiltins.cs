namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// The list built-ins. Each forces its arguments in Nix's order (it shows in which error wins) and stays as lazy
/// as Nix: <c>map</c> and <c>genList</c> build unevaluated applications; elements are never forced unless Nix
/// forces them. Long lists are walked with loops into preallocated arrays.
/// </summary>
public static class ListBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("map", 2, Map, global: true);
        table.Add("filter", 2, Filter);
        table.Add("length", 1, (ctx, args, _) =>
            NixInt.Of(BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to builtins.length").Count));
        table.Add("head", 1, Head);
        table.Add("tail", 1, Tail);
        table.Add("elemAt", 2, ElemAt);
        table.Add("elem", 2, Elem);
        table.Add("concatLists", 1, ConcatLists);
        table.Add("concatMap", 2, ConcatMap);
        table.Add("foldl'", 3, FoldlStrict);
        table.Add("any", 2, (ctx, args, _) => AnyOrAll(ctx, args, any: true));
        table.Add("all", 2, (ctx, args, _) => AnyOrAll(ctx, args, any: false));
        table.Add("genList", 2, GenList);
        table.Add("sort", 2, Sort);
        table.Add("partition", 2, Partition);
        table.Add("groupBy", 2, GroupBy);
    }

    private static Value Map(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.map");
        if (list.Count == 0) return list;
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.map");
        var items = list.Items;
        var result = new Value[items.Length];
        var applier = new Thunk.Applier(f, BuiltinArgs.CallSite(f));
        for (int i = 0; i < items.Length; i++) result[i] = applier.Apply(items[i]);
        return new NixList(result);
    }

    private static Value Filter(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.filter");
        if (list.Count == 0) return list;
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.filter");
        var items = list.Items;
        var kept = new Value[items.Length];
        int k = 0;
        for (int i = 0; i < items.Length; i++)
        {
            var keep = BuiltinArgs.Bool(ctx, ctx.Call(f, items[i], Pos.None),
                "while evaluating the return value of the filtering function passed to builtins.filter");
            if (keep) kept[k++] = items[i];
        }
        // Keeping everything returns the very same list, as Nix does.
        if (k == items.Length) return list;
        Array.Resize(ref kept, k);
        return NixList.Of(kept);
    }

    private static Value Head(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to 'builtins.head'");
        if (list.Count == 0) throw new EvalError("'builtins.head' called on an empty list");
        return list.Items[0].Force(ctx);
    }

    private static Value Tail(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to 'builtins.tail'");
        if (list.Count == 0) throw new EvalError("'builtins.tail' called on an empty list");
        return NixList.Of(list.Items.AsSpan(1).ToArray());
    }

    private static Value ElemAt(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // Nix forces the index before the list.
        long n = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument passed to 'builtins.elemAt'");
        var list = BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to 'builtins.elemAt'");
        if (n < 0 || n >= list.Count)
            throw new EvalError($"'builtins.elemAt' called with index {n} on a list of size {list.Count}");
        return list.Items[n].Force(ctx);
    }

    private static Value Elem(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.elem");
        var x = args[0];
        foreach (var item in list.Items)
        {
            // Nix compares the value slots first: the very same value (a function too) is equal to itself. Both are
            // forced before that, as in Nix.
            x.Force(ctx);
            item.Force(ctx);
            if (ReferenceEquals(x, item) || ctx.ValuesEqual(x, item, Pos.None)) return NixBool.True;
        }
        return NixBool.False;
    }

    private static Value ConcatLists(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var outer = BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to builtins.concatLists");
        var lists = new NixList[outer.Count];
        for (int i = 0; i < lists.Length; i++)
            lists[i] = BuiltinArgs.List(ctx, outer.Items[i], "while evaluating a value of the list passed to builtins.concatLists");
        return Concat(lists);
    }

    private static Value ConcatMap(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.concatMap");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.concatMap");
        // Most results are empty in typical uses (filters written as concatMap, the module system's definition
        // lookups), so only non-empty ones are kept, and an array for them only once there are two.
        NixList? first = null;
        NixList[]? nonEmpty = null;
        int count = 0;
        var items = list.Items;
        for (int i = 0; i < items.Length; i++)
        {
            var result = ctx.Call(f, items[i], Pos.None).Force(ctx);
            if (result is not NixList l)
                // Nix points this frame at the function (the result itself rarely has a position).
                throw BuiltinArgs.WithContext(ctx.Expected("a list", result, Pos.None),
                    "while evaluating the return value of the function passed to builtins.concatMap", BuiltinArgs.CallSite(f));
            if (l.Count == 0) continue;
            if (first is null) { first = l; continue; }
            if (nonEmpty is null)
            {
                nonEmpty = new NixList[items.Length - i + 1];
                nonEmpty[count++] = first;
            }
            nonEmpty[count++] = l;
        }
        if (nonEmpty is null) return first ?? NixList.Empty;
        return Concat(nonEmpty.AsSpan(0, count));
    }

    /// <summary>One allocation for the result; a single non-empty list is returned as it is (as Nix does).</summary>
    private static NixList Concat(ReadOnlySpan<NixList> lists)
    {
        long total = 0;
        NixList? nonEmpty = null;
        foreach (var l in lists)
        {
            total += l.Count;
            if (l.Count > 0) nonEmpty = l;
        }
        if (nonEmpty is null) return NixList.Empty;
        if (total == nonEmpty.Count) return nonEmpty;
        if (total > Array.MaxLength) throw new EvalError($"cannot create list of size {total}");
        var result = new Value[total];
        int at = 0;
        foreach (var l in lists)
        {
            l.Items.CopyTo(result, at);
            at += l.Count;
        }
        return new NixList(result);
    }

    private static Value FoldlStrict(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var op = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.foldlStrict");
        var list = BuiltinArgs.List(ctx, args[2], "while evaluating the third argument passed to builtins.foldlStrict");
        // A loop with the accumulator forced at every step: constant stack however long the list.
        var accumulator = args[1];
        foreach (var item in list.Items)
            accumulator = ctx.Call2(op, accumulator, item, Pos.None).Force(ctx);
        return accumulator.Force(ctx);
    }

    private static Value AnyOrAll(EvalContext ctx, ReadOnlySpan<Value> args, bool any)
    {
        var f = BuiltinArgs.Function(ctx, args[0], any
            ? "while evaluating the first argument passed to builtins.any"
            : "while evaluating the first argument passed to builtins.all");
        var list = BuiltinArgs.List(ctx, args[1], any
            ? "while evaluating the second argument passed to builtins.any"
            : "while evaluating the second argument passed to builtins.all");
        var errorContext = any
            ? "while evaluating the return value of the function passed to builtins.any"
            : "while evaluating the return value of the function passed to builtins.all";
        foreach (var item in list.Items)
            if (BuiltinArgs.Bool(ctx, ctx.Call(f, item, Pos.None), errorContext) == any) return NixBool.Of(any);
        return NixBool.Of(!any);
    }

    private static Value GenList(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        long length = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument passed to builtins.genList");
        if (length < 0 || length > Array.MaxLength) throw new EvalError($"cannot create list of size {length}");
        // Stricter than needed, as in Nix: the generator must be a function even if no element is ever used.
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.genList");
        var result = new Value[length];
        var applier = new Thunk.Applier(f, BuiltinArgs.CallSite(f));
        for (int i = 0; i < result.Length; i++) result[i] = applier.Apply(NixInt.Of(i));
        return NixList.Of(result);
    }

    private static Value Sort(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.sort");
        if (list.Count == 0) return list;
        var comparator = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.sort");
        var items = (Value[])list.Items.Clone();
        // Nix forces every element before sorting.
        for (int i = 0; i < items.Length; i++) items[i] = items[i].Force(ctx);

        PeekSort.Less less;
        if (comparator is PrimOp { Name: "lessThan" })
        {
            // As Nix: sorting with the built-in lessThan compares directly instead of calling it.
            less = (a, b) =>
            {
                try { return ctx.CompareValues(a, b, Pos.None) < 0; }
                catch (EvalError e) { throw BuiltinArgs.WithContext(e, "while evaluating the ordering function passed to builtins.sort"); }
            };
        }
        else
        {
            less = (a, b) => BuiltinArgs.Bool(ctx, ctx.Call2(comparator, a, b, Pos.None),
                "while evaluating the return value of the sorting function passed to builtins.sort");
        }
        PeekSort.Sort(items, less);
        return new NixList(items);
    }

    private static Value Partition(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.partition");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.partition");
        var items = list.Items;
        var right = new List<Value>();
        var wrong = new List<Value>();
        foreach (var item in items)
        {
            item.Force(ctx);
            var isRight = BuiltinArgs.Bool(ctx, ctx.Call(f, item, Pos.None),
                "while evaluating the return value of the partition function passed to builtins.partition");
            (isRight ? right : wrong).Add(item);
        }
        return new NixAttrs(["right", "wrong"], [NixList.Of(right.ToArray()), NixList.Of(wrong.ToArray())], null);
    }

    private static Value GroupBy(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var f = BuiltinArgs.Function(ctx, args[0], "while evaluating the first argument passed to builtins.groupBy");
        var list = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.groupBy");
        var groups = new Dictionary<string, List<Value>>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            var name = BuiltinArgs.StringNoContext(ctx, ctx.Call(f, item, Pos.None),
                "while evaluating the return value of the grouping function passed to builtins.groupBy");
            if (!groups.TryGetValue(name, out var group)) groups.Add(name, group = []);
            group.Add(item);
        }
        var names = new string[groups.Count];
        groups.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        var values = new Value[names.Length];
        for (int i = 0; i < names.Length; i++) values[i] = NixList.Of(groups[names[i]].ToArray());
        return new NixAttrs(names, values, null);
    }
}
