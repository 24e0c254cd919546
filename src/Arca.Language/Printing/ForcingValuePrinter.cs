namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Values;

/// <summary>
/// Values as <c>nix eval</c> prints them (Nix's <c>Printer</c> with <c>force</c> and <c>derivationPaths</c>): forces
/// as it goes, quotes attribute names that are not identifiers, shows derivations as <c>«derivation /nix/store/….drv»</c>,
/// functions as <c>«lambda f @ pos»</c>/<c>«primop map»</c>, a container met again as <c>«repeated»</c>.
/// </summary>
public static class ForcingValuePrinter
{
    public static string Print(EvalContext ctx, Value value)
    {
        var sb = new StringBuilder();
        Append(ctx, sb, value, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return sb.ToString();
    }

    private static void Append(EvalContext ctx, StringBuilder sb, Value v, HashSet<object> seen, int depth)
    {
        if (depth > ctx.Options.MaxCallDepth) throw new StackOverflowError("stack overflow; max-call-depth exceeded");
        ctx.EnsureStack();
        v = v.Force(ctx);
        switch (v)
        {
            case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
            case NixFloat f: sb.Append(FloatFormatter.Format(f.Value)); return;
            case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
            case NixNull: sb.Append("null"); return;
            case NixString s: LiteralPrinter.AppendString(sb, s.Text); return;
            case NixPath p: sb.Append(p.Path); return;
            case NixAttrs a:
                if (!seen.Add(a)) { sb.Append("«repeated»"); return; }
                if (a.IsDerivation(ctx))
                {
                    sb.Append("«derivation");
                    if (a.TryGet("drvPath", out var drvPath))
                        sb.Append(' ').Append(ctx.CoerceToString(drvPath, default, EvalContext.Coercion.Strict, new StringContext.Builder()));
                    sb.Append('»');
                    return;
                }
                sb.Append('{');
                for (int i = 0; i < a.Count; i++)
                {
                    sb.Append(' ');
                    LiteralPrinter.AppendAttrName(sb, a.NameAt(i));
                    sb.Append(" = ");
                    Append(ctx, sb, a.ValueAt(i), seen, depth + 1);
                    sb.Append(';');
                }
                sb.Append(" }");
                return;
            case NixList l:
                if (l.Count > 0 && !seen.Add(l)) { sb.Append("«repeated»"); return; }
                sb.Append('[');
                foreach (var item in l.Items)
                {
                    sb.Append(' ');
                    Append(ctx, sb, item, seen, depth + 1);
                }
                sb.Append(" ]");
                return;
            default:
                sb.Append(ErrorValuePrinter.Print(ctx, v));
                return;
        }
    }
}
