namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// <c>builtins.genericClosure</c>: a work-list loop (never recursion) over <c>startSet</c>, calling <c>operator</c>
/// on every element whose <c>key</c> is new. As in Nix, keys live in a set ordered by the <c>&lt;</c> of the
/// language, so two keys are "the same" when neither is less than the other, and comparing keys of different
/// types is an error that names both elements.
/// </summary>
public static class GenericClosureBuiltin
{
    public static void Register(BuiltinTable table) => table.Add("genericClosure", 1, GenericClosure);

    private static Value GenericClosure(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var input = BuiltinArgs.Attrs(ctx, args[0], "while evaluating the first argument passed to builtins.genericClosure");
        var startSetValue = BuiltinArgs.Attr(input, "startSet", "in the attrset passed as argument to builtins.genericClosure", out _);
        var startSet = BuiltinArgs.List(ctx, startSetValue,
            "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure");
        if (startSet.Count == 0) return startSet;

        var op = BuiltinArgs.Function(ctx,
            BuiltinArgs.Attr(input, "operator", "in the attrset passed as argument to builtins.genericClosure", out _),
            "while evaluating the 'operator' attribute passed as argument to builtins.genericClosure");

        var work = new Queue<Value>(startSet.Items);
        var keys = new SortedDictionary<Value, Value>(new KeyOrder(ctx));
        var result = new List<Value>();
        while (work.Count > 0)
        {
            var element = work.Dequeue();
            Value key;
            try
            {
                var attrs = BuiltinArgs.Attrs(ctx, element, "");
                key = BuiltinArgs.Attr(attrs, "key", "", out _);
            }
            catch (EvalError e)
            {
                e.AddTrace(Pos.None, $"in genericClosure element {ErrorValuePrinter.Print(ctx, element)}");
                throw;
            }
            key = key.Force(ctx);

            try
            {
                if (!keys.TryAdd(key, element)) continue;
            }
            catch (EvalError e)
            {
                // Name the element whose key could not be compared with this one (traces print outermost first).
                var other = FindIncomparable(keys, key, ctx);
                if (other is not null)
                {
                    e.AddTrace(Pos.None, $"with element {ErrorValuePrinter.Print(ctx, other)}");
                    e.AddTrace(Pos.None, $"while comparing element {ErrorValuePrinter.Print(ctx, element)}");
                }
                else
                {
                    e.AddTrace(Pos.None, $"while checking key of element {ErrorValuePrinter.Print(ctx, element)}");
                }
                throw;
            }
            result.Add(element);

            try
            {
                var next = BuiltinArgs.List(ctx, ctx.Call(op, element, Pos.None),
                    "while evaluating the return value of the `operator` passed to builtins.genericClosure");
                foreach (var item in next.Items)
                {
                    item.Force(ctx);
                    work.Enqueue(item);
                }
            }
            catch (EvalError e)
            {
                e.AddTrace(Pos.None, $"while calling operator on genericClosure element {ErrorValuePrinter.Print(ctx, element)}");
                throw;
            }
        }
        return new NixList(result.ToArray());
    }

    private static Value? FindIncomparable(SortedDictionary<Value, Value> keys, Value key, EvalContext ctx)
    {
        foreach (var (otherKey, element) in keys)
        {
            try { ctx.CompareValues(key, otherKey, Pos.None); }
            catch (EvalError) { return element; }
        }
        return null;
    }

    /// <summary>The language's ordering as a comparer: equal exactly when neither key is less than the other.</summary>
    private sealed class KeyOrder(EvalContext ctx) : IComparer<Value>
    {
        public int Compare(Value? x, Value? y) => ctx.CompareValues(x!, y!, Pos.None);
    }
}
