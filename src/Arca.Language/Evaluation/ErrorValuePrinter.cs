namespace Arca.Language.Evaluation;

using System.Globalization;
using System.Text;
using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary>
/// Prints a value the way Nix's value printer (print.cc) does inside messages: never forcing anything (an unforced
/// thunk is «thunk»), a set or list met a second time as «repeated», functions as «lambda f @ pos» / «primop map».
/// Error messages use Nix's errorPrintOptions: at most 10 levels deep, 10 attributes and 10 list items counted over
/// the whole value, 1024 bytes per string, <c>type</c>/<c>_type</c> first. <c>trace</c> prints without limits
/// (<see cref="PrintUnlimited"/>). The output follows the byte-string convention (see <see cref="NixString"/>) like
/// the strings it quotes: the markers « and » are written as their UTF-8 bytes, so a message holding a printed value
/// goes out with <see cref="ByteString.Write"/> (or <see cref="ByteString.ToText"/>) in one step.
/// </summary>
public static class ErrorValuePrinter
{
    /// <summary>How much of a value to show; <see cref="Errors"/> are Nix's errorPrintOptions.</summary>
    public readonly record struct Limits(int MaxDepth, int MaxAttrs, int MaxListItems, int MaxStringLength)
    {
        public static readonly Limits Errors = new(10, 10, 10, 1024);
        public static readonly Limits None = new(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue);
    }

    private static readonly string Open = ByteString.FromText("«"), Close = ByteString.FromText("»");

    /// <summary>A value inside an error message.</summary>
    public static string Print(EvalContext ctx, Value v) => Print(ctx, v, Limits.Errors);

    /// <summary>A value as <c>builtins.trace</c> shows it.</summary>
    public static string PrintUnlimited(EvalContext ctx, Value v) => Print(ctx, v, Limits.None);

    public static string Print(EvalContext ctx, Value v, Limits limits)
    {
        var printer = new Printer(ctx, limits);
        printer.Append(v, 0);
        return printer.Output.ToString();
    }

    private sealed class Printer(EvalContext ctx, Limits limits)
    {
        public readonly StringBuilder Output = new();
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);
        private int attrsPrinted, listItemsPrinted;

        public void Append(Value slot, int depth)
        {
            ctx.EnsureStack();
            var sb = Output;
            var v = slot;
            if (slot is Thunk t)
            {
                if (t.ForcedValue is not { } forced)
                {
                    Marker(t.IsBlackHole ? "potential infinite recursion" : "thunk");
                    return;
                }
                v = forced;
            }
            switch (v)
            {
                case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
                case NixFloat f: sb.Append(FloatFormatter.Format(f.Value)); return;
                case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
                case NixNull: sb.Append("null"); return;
                case NixPath p: sb.Append(p.Path); return;
                case NixString s: AppendString(s.Text); return;
                case NixList l: AppendList(slot, l, depth); return;
                case NixAttrs a: AppendAttrs(a, depth); return;
                case NixFunction fn: Marker(fn.Description); return;
                default: Marker("unknown"); return;
            }
        }

        private void Marker(string text) => Output.Append(Open).Append(text).Append(Close);

        private void Elided(int count, string single, string plural) =>
            Output.Append(Open).Append(count).Append(' ').Append(count == 1 ? single : plural).Append(" elided").Append(Close);

        private void AppendString(string text)
        {
            if (text.Length <= limits.MaxStringLength)
            {
                LiteralPrinter.AppendString(Output, text);
                return;
            }
            LiteralPrinter.AppendString(Output, text[..limits.MaxStringLength]);
            Output.Append(' ');
            Elided(text.Length - limits.MaxStringLength, "byte", "bytes");
        }

        private void AppendList(Value slot, NixList list, int depth)
        {
            // Nix tracks lists by the slot holding them (sets by their bindings), so [ x x ] repeats but two equal literals don't.
            if (list.Count > 0 && !seen.Add(slot)) { Marker("repeated"); return; }
            if (depth >= limits.MaxDepth) { Output.Append("[ ... ]"); return; }
            Output.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                Output.Append(' ');
                if (listItemsPrinted >= limits.MaxListItems)
                {
                    Elided(list.Count - i, "item", "items");
                    break;
                }
                Append(list.Items[i], depth + 1);
                listItemsPrinted++;
            }
            Output.Append(" ]");
        }

        private void AppendAttrs(NixAttrs attrs, int depth)
        {
            if (attrs.Count > 0 && !seen.Add(attrs)) { Marker("repeated"); return; }
            if (depth >= limits.MaxDepth) { Output.Append("{ ... }"); return; }
            Output.Append('{');
            var order = AttrOrder(attrs);
            for (int k = 0; k < order.Length; k++)
            {
                int i = order[k];
                Output.Append(' ');
                if (attrsPrinted >= limits.MaxAttrs)
                {
                    Elided(attrs.Count - k, "attribute", "attributes");
                    break;
                }
                LiteralPrinter.AppendAttrName(Output, attrs.NameAt(i));
                Output.Append(" = ");
                Append(attrs.ValueAt(i), depth + 1);
                Output.Append(';');
                attrsPrinted++;
            }
            Output.Append(" }");
        }

        /// <summary>Sorted by name; when output is limited, <c>type</c> and <c>_type</c> come first (they say what a set is).</summary>
        private int[] AttrOrder(NixAttrs attrs)
        {
            var order = new int[attrs.Count];
            int n = 0;
            bool limited = limits.MaxAttrs != int.MaxValue;
            if (limited)
                for (int i = 0; i < attrs.Count; i++)
                    if (attrs.NameAt(i) is "_type" or "type") order[n++] = i;
            for (int i = 0; i < attrs.Count; i++)
                if (!limited || attrs.NameAt(i) is not ("_type" or "type")) order[n++] = i;
            return order;
        }
    }
}
