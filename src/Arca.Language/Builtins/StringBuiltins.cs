namespace Arca.Language.Builtins;

using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// String built-ins on byte strings (see <see cref="NixString"/>): lengths and offsets count bytes, and every
/// result keeps the context of the strings it was made from.
/// </summary>
public static class StringBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("toString", 1, ToString, global: true);
        table.Add("stringLength", 1, StringLength);
        table.Add("substring", 3, Substring);
        table.Add("concatStringsSep", 2, ConcatStringsSep);
        table.Add("replaceStrings", 3, ReplaceStrings);
    }

    private static Value ToString(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // An integer (`toString i` in every version and name) needs no context collector. Forcing first is what
        // coercion does too, with the same error frames.
        var forced = args[0].Force(ctx);
        if (forced is NixInt integer) return ctx.IntegerStrings.Of(integer.Value);
        // Paths stay paths (not copied to the store); Booleans, numbers, null and lists are accepted too.
        return ctx.CoerceToNixString(forced, Pos.None, EvalContext.Coercion.More,
            "while evaluating the first argument passed to builtins.toString");
    }

    private static Value StringLength(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var text = ctx.CoerceToNixString(args[0], Pos.None, EvalContext.Coercion.CopyToStore,
            "while evaluating the argument passed to builtins.stringLength").Text;
        return NixInt.Of(text.Length);
    }

    private static Value Substring(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        long start = BuiltinArgs.Int(ctx, args[0], "while evaluating the first argument (the start offset) passed to builtins.substring");
        if (start < 0) throw new EvalError("negative start position in 'substring'");
        long length = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument (the substring length) passed to builtins.substring");
        // The context stays whole whatever is cut (the idiom `substring 0 0 s` takes only the context of s).
        var str = ctx.CoerceToNixString(args[2], Pos.None, EvalContext.Coercion.CopyToStore,
            "while evaluating the third argument (the string) passed to builtins.substring");
        var part = Cut(str.Text, start, length);
        return NixString.Of(part, str.Context);
    }

    /// <summary>Nix's byte substring: a negative length means "to the end", as does one past the end.</summary>
    private static string Cut(string text, long start, long length)
    {
        if (start >= text.Length) return "";
        long available = text.Length - start;
        return length < 0 || length >= available ? text[(int)start..] : text.Substring((int)start, (int)length);
    }

    private static Value ConcatStringsSep(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // Most joins have no context anywhere: the builder is made only when a part brings one.
        StringContext.Builder? context = null;
        var separator = BuiltinArgs.String(ctx, args[0],
            "while evaluating the first argument (the separator string) passed to builtins.concatStringsSep");
        if (separator.HasContext) (context = new StringContext.Builder()).Add(separator.Context);
        var list = BuiltinArgs.List(ctx, args[1],
            "while evaluating the second argument (the list of strings to concat) passed to builtins.concatStringsSep");
        if (list.Count == 1 && list.Items[0].Force(ctx) is NixString only && !separator.HasContext) return only;
        // The parts first, on the evaluation's text stack (forcing one may recurse deep, and this frame stays small),
        // then one exact allocation (string.Join sums the lengths): no builder buffers to grow, no array.
        var texts = ctx.Texts;
        int mark = texts.Count;
        try
        {
            foreach (var item in list.Items)
                texts.Push(ctx.CoerceToString(item, Pos.None, EvalContext.Coercion.CopyToStore, ref context,
                    "while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep"));
            return NixString.Of(texts.Join(mark, separator.Text), context?.Build());
        }
        finally
        {
            texts.Truncate(mark);
        }
    }

    private static Value ReplaceStrings(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var fromList = BuiltinArgs.List(ctx, args[0], "while evaluating the first argument passed to builtins.replaceStrings");
        var toList = BuiltinArgs.List(ctx, args[1], "while evaluating the second argument passed to builtins.replaceStrings");
        if (fromList.Count != toList.Count)
            throw new EvalError("'from' and 'to' arguments passed to builtins.replaceStrings have different lengths");
        var from = new string[fromList.Count];
        for (int i = 0; i < from.Length; i++)
            from[i] = BuiltinArgs.String(ctx, fromList.Items[i],
                "while evaluating one of the strings to replace passed to builtins.replaceStrings").Text;
        // Replacements are forced only when their pattern matches, and their context joins only then.
        var to = new string?[from.Length];
        var context = new StringContext.Builder();
        var subject = BuiltinArgs.String(ctx, args[2], "while evaluating the third argument passed to builtins.replaceStrings");
        context.Add(subject.Context);
        var s = subject.Text;

        var sb = new StringBuilder(s.Length);
        // One step past the end, so an empty pattern also matches at the very end.
        for (int p = 0; p <= s.Length;)
        {
            int match = -1;
            for (int i = 0; i < from.Length; i++)
            {
                var pattern = from[i];
                // The first byte decides most mismatches without a full comparison.
                if (pattern.Length == 0 || (pattern.Length <= s.Length - p && s[p] == pattern[0]
                    && string.CompareOrdinal(s, p, pattern, 0, pattern.Length) == 0))
                {
                    match = i;
                    break;
                }
            }
            if (match < 0)
            {
                if (p < s.Length) sb.Append(s[p]);
                p++;
                continue;
            }
            if (to[match] is null)
            {
                var replacement = BuiltinArgs.String(ctx, toList.Items[match],
                    "while evaluating one of the replacement strings passed to builtins.replaceStrings");
                context.Add(replacement.Context);
                to[match] = replacement.Text;
            }
            sb.Append(to[match]);
            if (from[match].Length == 0)
            {
                // An empty pattern inserts before every byte and at the end, consuming one byte each time.
                if (p < s.Length) sb.Append(s[p]);
                p++;
            }
            else p += from[match].Length;
        }
        return NixString.Of(sb.ToString(), context.Build());
    }
}
