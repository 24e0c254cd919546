namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Values;

/// <summary>
/// Nix's <c>forceValueDeep</c> (<c>--strict</c>, <c>deepSeq</c>): forces every attribute and list element, each
/// container once, adding "while evaluating the attribute 'x'" / "list element at index n" frames to errors and
/// counting nesting against <c>max-call-depth</c> so an endless structure is an error, not a crash.
/// </summary>
public static class DeepForce
{
    public static void Force(EvalContext ctx, Value v)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Recurse(ctx, v, seen, 0);
    }

    private static void Recurse(EvalContext ctx, Value v, HashSet<object> seen, int depth)
    {
        if (depth > ctx.Options.MaxCallDepth) throw new StackOverflowError("stack overflow; max-call-depth exceeded");
        ctx.EnsureStack();
        var forced = v.Force(ctx);
        switch (forced)
        {
            case NixAttrs attrs:
                if (!seen.Add(attrs)) return;
                for (int i = 0; i < attrs.Count; i++)
                {
                    var item = attrs.ValueAt(i);
                    if (item is not Thunk && item is not NixAttrs && item is not NixList) continue;
                    try
                    {
                        Recurse(ctx, item, seen, depth + 1);
                    }
                    catch (EvalError e)
                    {
                        e.AddTrace(attrs.PosAt(i), $"while evaluating the attribute '{attrs.NameAt(i)}'");
                        throw;
                    }
                }
                return;
            case NixList list:
                if (!seen.Add(list)) return;
                for (int i = 0; i < list.Count; i++)
                {
                    var item = list.Items[i];
                    if (item is not Thunk && item is not NixAttrs && item is not NixList) continue;
                    try
                    {
                        Recurse(ctx, item, seen, depth + 1);
                    }
                    catch (EvalError e)
                    {
                        e.AddTrace(default, $"while evaluating list element at index {i}");
                        throw;
                    }
                }
                return;
        }
    }
}
