namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Explains why <c>assert a == b</c> failed, walking the values exactly as equality does and throwing an
/// <see cref="AssertionError"/> at the first difference (Nix's <c>assertEqValues</c>).
/// </summary>
internal static class AssertEquality
{
    public static void Check(EvalContext ctx, Value v1, Value v2, Pos pos)
    {
        ctx.EnsureStack();
        v1 = v1.Force(ctx);
        v2 = v2.Force(ctx);
        if (ReferenceEquals(v1, v2) && v1 is not NixFunction) return;
        string P(Value v) => ErrorValuePrinter.Print(ctx, v);

        if (v1 is NixInt or NixFloat && v2 is NixInt or NixFloat)
        {
            if (ctx.ValuesEqual(v1, v2, pos)) return;
            throw new AssertionError($"{v1.ShowType} with value '{P(v1)}' is not equal to {v2.ShowType} with value '{P(v2)}'");
        }
        if (v1.Kind != v2.Kind)
            throw new AssertionError($"{v1.ShowType} of value '{P(v1)}' is not equal to {v2.ShowType} of value '{P(v2)}'");

        switch (v1)
        {
            case NixBool b1:
                if (b1.Value != ((NixBool)v2).Value)
                    throw new AssertionError($"boolean '{P(v1)}' is not equal to boolean '{P(v2)}'");
                return;
            case NixString s1:
                if (!string.Equals(s1.Text, ((NixString)v2).Text))
                    throw new AssertionError($"string '{P(v1)}' is not equal to string '{P(v2)}'");
                return;
            case NixPath p1:
                if (!string.Equals(p1.Path, ((NixPath)v2).Path))
                    throw new AssertionError($"path '{P(v1)}' is not equal to path '{P(v2)}'");
                return;
            case NixNull:
                return;
            case NixList l1:
            {
                var l2 = (NixList)v2;
                if (l1.Count != l2.Count)
                    throw new AssertionError($"list of size '{l1.Count}' is not equal to list of size '{l2.Count}', left hand side is '{P(v1)}', right hand side is '{P(v2)}'");
                for (int n = 0; n < l1.Count; n++)
                {
                    try { Check(ctx, l1.Items[n], l2.Items[n], pos); }
                    catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, $"while comparing list element {n}"))
        {
            throw;
        }
                }
                return;
            }
            case NixAttrs a1:
            {
                var a2 = (NixAttrs)v2;
                if (a1.IsDerivation(ctx) && a2.IsDerivation(ctx) && a1.TryGet("outPath", out var o1) && a2.TryGet("outPath", out var o2))
                {
                    try { Check(ctx, o1, o2, pos); return; }
                    catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, "while comparing a derivation by its 'outPath' attribute"))
        {
            throw;
        }
                }
                if (a1.Count != a2.Count)
                    throw new AssertionError($"attribute names of attribute set '{P(v1)}' differs from attribute set '{P(v2)}'");
                for (int i = 0; i < a1.Count; i++)
                {
                    var name = a1.NameAt(i);
                    if (!string.Equals(name, a2.NameAt(i)))
                    {
                        if (!a2.Contains(name))
                            throw new AssertionError($"attribute name '{Text.NixStringEscaper.FormatAttributeName(name)}' is contained in '{P(v1)}', but not in '{P(v2)}'");
                        throw new AssertionError($"attribute name '{Text.NixStringEscaper.FormatAttributeName(a2.NameAt(i))}' is missing in '{P(v1)}', but is contained in '{P(v2)}'");
                    }
                    try { Check(ctx, a1.ValueAt(i), a2.ValueAt(i), pos); }
                    catch (EvalError e)
                    {
                        if (a2.PosAt(i).IsKnown) e.AddTrace(a2.PosAt(i), "where right hand side is");
                        if (a1.PosAt(i).IsKnown) e.AddTrace(a1.PosAt(i), "where left hand side is");
                        e.AddTrace(pos, $"while comparing attribute '{name}'");
                        throw;
                    }
                }
                return;
            }
            case NixFunction:
                throw new AssertionError("distinct functions and immediate comparisons of identical functions compare as unequal");
            case NixFloat f1:
                if (f1.Value != ((NixFloat)v2).Value)
                    throw new AssertionError($"float '{f1.Value:F6}' is not equal to float '{((NixFloat)v2).Value:F6}'");
                return;
        }
    }
}
