namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Values;

/// <summary>
/// Values as <c>nix-instantiate --eval</c> prints them (Nix's <c>printAmbiguous</c>): <c>{ a = 1; b = "x"; }</c>,
/// <c>[ 1 2 ]</c>, <c>&lt;LAMBDA&gt;</c>, <c>&lt;PRIMOP&gt;</c>, unforced thunks as <c>&lt;CODE&gt;</c>, a set or list met
/// again as <c>«repeated»</c>. Attribute names are printed as they are (Nix does not quote them here). Never forces.
/// The result follows the byte-string convention.
/// </summary>
public static class ValuePrinter
{
    // Literal markers in the byte-string convention (the output is written byte for byte).
    private static readonly string Repeated = ByteString.FromText("«repeated»");
    private static readonly string PotentialInfiniteRecursion = ByteString.FromText("«potential infinite recursion»");

    public static string Print(EvalContext ctx, Value value, StringContext.Builder? context = null)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Append(ctx, sb, value, seen, context, 0);
        return sb.ToString();
    }

    /// <param name="v">The value as stored in its parent (a thunk or the value itself): Nix tracks lists by that slot.</param>
    private static void Append(EvalContext ctx, StringBuilder sb, Value v, HashSet<object> seen, StringContext.Builder? context, int depth)
    {
        if (depth > ctx.Options.MaxCallDepth) throw new StackOverflowError("stack overflow; max-call-depth exceeded");
        ctx.EnsureStack();
        var slot = v;
        if (v is Thunk t)
        {
            if (t.ForcedValue is not { } forced)
            {
                sb.Append(t.IsBlackHole ? PotentialInfiniteRecursion : "<CODE>");
                return;
            }
            v = forced;
        }
        switch (v)
        {
            case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
            case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
            case NixString s:
                LiteralPrinter.AppendString(sb, s.Text);
                context?.Add(s.Context);
                return;
            case NixPath p: sb.Append(p.Path); return;
            case NixNull: sb.Append("null"); return;
            case NixFloat f: sb.Append(FloatFormatter.Format(f.Value)); return;
            case NixAttrs a:
                // Sets are tracked by their bindings (shared by every slot holding the set), as in Nix.
                if (a.Count > 0 && !seen.Add(a)) { sb.Append(Repeated); return; }
                sb.Append("{ ");
                for (int i = 0; i < a.Count; i++)
                {
                    LiteralPrinter.AppendIdentifier(sb, a.NameAt(i));
                    sb.Append(" = ");
                    Append(ctx, sb, a.ValueAt(i), seen, context, depth + 1);
                    sb.Append("; ");
                }
                sb.Append('}');
                return;
            case NixList l:
                if (l.Count > 0 && !seen.Add(slot)) { sb.Append(Repeated); return; }
                sb.Append("[ ");
                foreach (var item in l.Items)
                {
                    Append(ctx, sb, item, seen, context, depth + 1);
                    sb.Append(' ');
                }
                sb.Append(']');
                return;
            case Closure: sb.Append("<LAMBDA>"); return;
            case PrimOp: sb.Append("<PRIMOP>"); return;
            case PrimOpApp: sb.Append("<PRIMOP-APP>"); return;
            default: sb.Append("<LAMBDA>"); return;
        }
    }
}
