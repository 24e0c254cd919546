namespace Arca.Language.Evaluation;

using System.Globalization;
using System.Text;
using Arca.Language.Values;

/// <summary>
/// Prints a value inside an error message as Nix's error printer does: shallow (unforced thunks are not forced),
/// with limits on depth, attributes, list items and string length so an error never evaluates or dumps a huge value.
/// </summary>
public static class ErrorValuePrinter
{
    private const int MaxDepth = 10, MaxItems = 10, MaxStringLength = 1024;

    public static string Print(EvalContext ctx, Value v)
    {
        var sb = new StringBuilder();
        Append(sb, v, 0);
        _ = ctx;
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Value v, int depth)
    {
        switch (v)
        {
            case Thunk t:
                if (t.ForcedValue is { } forced) Append(sb, forced, depth); else sb.Append("«thunk»");
                return;
            case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
            case NixFloat f: sb.Append(f.Value.ToString("G6", CultureInfo.InvariantCulture)); return;
            case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
            case NixNull: sb.Append("null"); return;
            case NixPath p: sb.Append(p.Path); return;
            case NixString s:
                var text = s.Text.Length > MaxStringLength ? s.Text[..MaxStringLength] : s.Text;
                sb.Append('"');
                foreach (var c in text)
                {
                    switch (c)
                    {
                        case '"': sb.Append("\\\""); break;
                        case '\\': sb.Append("\\\\"); break;
                        case '\n': sb.Append("\\n"); break;
                        case '\r': sb.Append("\\r"); break;
                        case '\t': sb.Append("\\t"); break;
                        case '$': sb.Append('$'); break;
                        default: sb.Append(c); break;
                    }
                }
                sb.Append('"');
                if (s.Text.Length > MaxStringLength) sb.Append("«").Append(s.Text.Length - MaxStringLength).Append(" bytes elided»");
                return;
            case NixList l:
                if (depth >= MaxDepth) { sb.Append("[ … ]"); return; }
                sb.Append("[ ");
                for (int i = 0; i < l.Count && i < MaxItems; i++) { Append(sb, l.Items[i], depth + 1); sb.Append(' '); }
                if (l.Count > MaxItems) sb.Append("«").Append(l.Count - MaxItems).Append(" items elided» ");
                sb.Append(']');
                return;
            case NixAttrs a:
                if (depth >= MaxDepth) { sb.Append("{ … }"); return; }
                sb.Append("{ ");
                for (int i = 0; i < a.Count && i < MaxItems; i++)
                {
                    sb.Append(a.NameAt(i)).Append(" = ");
                    Append(sb, a.ValueAt(i), depth + 1);
                    sb.Append("; ");
                }
                if (a.Count > MaxItems) sb.Append("«").Append(a.Count - MaxItems).Append(" attributes elided» ");
                sb.Append('}');
                return;
            case PrimOp p: sb.Append("«primop ").Append(p.Name).Append('»'); return;
            case PrimOpApp pa: sb.Append("«partially applied primop ").Append(pa.PrimOp.Name).Append('»'); return;
            default: sb.Append("«lambda»"); return;
        }
    }
}
