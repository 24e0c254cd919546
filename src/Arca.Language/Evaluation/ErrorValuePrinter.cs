namespace Arca.Language.Evaluation;

using System.Globalization;
using System.Text;
using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary>
/// Prints a value inside an error message as Nix's error printer does (print.cc with <c>errorPrintOptions</c>):
/// never forces anything, at most 10 levels deep, 10 attributes and 10 list items in total, 1024 bytes per string,
/// <c>type</c>/<c>_type</c> first, repeated values as «repeated», functions as «lambda f @ pos».
/// </summary>
public static class ErrorValuePrinter
{
    private const int MaxDepth = 10, MaxAttrs = 10, MaxListItems = 10, MaxStringLength = 1024;

    public static string Print(EvalContext ctx, Value v)
    {
        _ = ctx;
        var printer = new State();
        printer.Append(v, 0);
        return printer.Output.ToString();
    }

    private sealed class State
    {
        public readonly StringBuilder Output = new();
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);
        private int attrsPrinted, itemsPrinted;

        public void Append(Value v, int depth)
        {
            var sb = Output;
            switch (v)
            {
                case Thunk t:
                    if (t.ForcedValue is { } forced) Append(forced, depth);
                    else sb.Append("«thunk»");
                    return;
                case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
                case NixFloat f: sb.Append(FloatFormatter.Format(f.Value)); return;
                case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
                case NixNull: sb.Append("null"); return;
                case NixPath p: sb.Append(p.Path); return;
                case NixString s: LiteralPrinter.AppendString(sb, s.Text, MaxStringLength); return;
                case NixList l: AppendList(l, depth); return;
                case NixAttrs a: AppendAttrs(a, depth); return;
                case Lambda lambda:
                    sb.Append("«lambda");
                    if (lambda.Definition.Name is { } name) sb.Append(' ').Append(name);
                    sb.Append(" @ ").Append(lambda.Definition.Pos.ToString()).Append('»');
                    return;
                case PrimOp p: sb.Append("«primop ").Append(p.Name).Append('»'); return;
                case PrimOpApp pa: sb.Append("«partially applied primop ").Append(pa.PrimOp.Name).Append('»'); return;
                default: sb.Append("«unknown»"); return;
            }
        }

        private void AppendList(NixList l, int depth)
        {
            var sb = Output;
            if (l.Count > 0 && !seen.Add(l)) { sb.Append("«repeated»"); return; }
            if (depth >= MaxDepth) { sb.Append("[ ... ]"); return; }
            sb.Append('[');
            for (int i = 0; i < l.Count; i++)
            {
                sb.Append(' ');
                if (itemsPrinted >= MaxListItems)
                {
                    int rest = l.Count - i;
                    sb.Append('«').Append(rest).Append(rest == 1 ? " item elided»" : " items elided»");
                    break;
                }
                Append(l.Items[i], depth + 1);
                itemsPrinted++;
            }
            sb.Append(" ]");
        }

        private void AppendAttrs(NixAttrs a, int depth)
        {
            var sb = Output;
            if (a.Count > 0 && !seen.Add(a)) { sb.Append("«repeated»"); return; }
            if (depth >= MaxDepth) { sb.Append("{ ... }"); return; }
            sb.Append('{');
            // With a limit on attributes, Nix shows `type` and `_type` first (they say what the set is).
            var order = new List<int>(a.Count);
            for (int i = 0; i < a.Count; i++) if (IsImportant(a.NameAt(i))) order.Add(i);
            order.Sort((x, y) => string.CompareOrdinal(a.NameAt(x), a.NameAt(y)));
            for (int i = 0; i < a.Count; i++) if (!IsImportant(a.NameAt(i))) order.Add(i);
            for (int k = 0; k < order.Count; k++)
            {
                sb.Append(' ');
                if (attrsPrinted >= MaxAttrs)
                {
                    int rest = order.Count - k;
                    sb.Append('«').Append(rest).Append(rest == 1 ? " attribute elided»" : " attributes elided»");
                    break;
                }
                int i = order[k];
                LiteralPrinter.AppendAttrName(sb, a.NameAt(i));
                sb.Append(" = ");
                Append(a.ValueAt(i), depth + 1);
                sb.Append(';');
                attrsPrinted++;
            }
            sb.Append(" }");
        }

        private static bool IsImportant(string name) => name is "type" or "_type";
    }
}
