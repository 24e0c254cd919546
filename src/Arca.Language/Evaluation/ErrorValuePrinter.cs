namespace Arca.Language.Evaluation;

using System.Globalization;
using System.Text;
using Arca.Language.Values;

/// <summary>
/// Prints a value the way Nix's value printer (print.cc) does inside messages: never forcing anything (an unforced
/// thunk is «thunk»), marking a set or list met a second time as «repeated», and — for error messages — eliding past
/// 10 levels, 10 attributes, 10 list items (counted over the whole value) and 1024 bytes of a string, so an error
/// never evaluates or dumps a huge value. <c>trace</c> prints without limits (<see cref="PrintUnlimited"/>).
/// </summary>
public static class ErrorValuePrinter
{
    /// <summary>How much of a value to show; <see cref="Errors"/> are Nix's errorPrintOptions.</summary>
    public readonly record struct Limits(int MaxDepth, int MaxAttrs, int MaxListItems, int MaxStringLength)
    {
        public static readonly Limits Errors = new(10, 10, 10, 1024);
        public static readonly Limits None = new(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue);
    }

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

    /// <summary>A double as C++'s <c>ostream &lt;&lt; double</c> writes it (<c>%g</c>, 6 significant digits): 1.1, 1e+20, inf.</summary>
    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return double.IsNegative(d) ? "-nan" : "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";
        // %g: the exponent of the value rounded to 6 significant digits picks the notation; trailing zeros go.
        var scientific = d.ToString("E5", CultureInfo.InvariantCulture); // d.dddddE+xxx
        int e = scientific.IndexOf('E');
        int exponent = int.Parse(scientific[(e + 1)..], CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = scientific[..e].TrimEnd('0').TrimEnd('.');
            return mantissa + (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        var fixedText = d.ToString("F" + Math.Max(0, 5 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (fixedText.Contains('.')) fixedText = fixedText.TrimEnd('0').TrimEnd('.');
        return fixedText;
    }

    /// <summary>A string literal as Nix prints it: quotes, escapes, and at most <paramref name="maxLength"/> bytes.</summary>
    public static void AppendStringLiteral(StringBuilder sb, string text, int maxLength = int.MaxValue)
    {
        sb.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            if (i >= maxLength)
            {
                sb.Append("\" ");
                AppendElided(sb, text.Length - i, "byte", "bytes");
                return;
            }
            char c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '$' when i + 1 < text.Length && text[i + 1] == '{': sb.Append("\\$"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }

    /// <summary>An attribute name: bare when it is a valid identifier (and not a keyword), else a string literal.</summary>
    public static void AppendAttrName(StringBuilder sb, string name)
    {
        if (IsVarName(name)) sb.Append(name);
        else AppendStringLiteral(sb, name);
    }

    private static bool IsVarName(string s)
    {
        if (s.Length == 0) return false;
        if (s is "if" or "then" or "else" or "assert" or "with" or "let" or "in" or "rec" or "inherit") return false;
        char c = s[0];
        if (c is >= '0' and <= '9' or '-' or '\'') return false;
        foreach (char ch in s)
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '\'')) return false;
        return true;
    }

    private static void AppendElided(StringBuilder sb, int count, string single, string plural) =>
        sb.Append('«').Append(count).Append(' ').Append(count == 1 ? single : plural).Append(" elided»");

    private sealed class Printer(EvalContext ctx, Limits limits)
    {
        public readonly StringBuilder Output = new();
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);
        private int attrsPrinted, listItemsPrinted;

        public void Append(Value slot, int depth)
        {
            ctx.EnsureStack();
            var sb = Output;
            var v = slot is Thunk t ? t.ForcedValue : slot;
            switch (v)
            {
                case null: sb.Append("«thunk»"); return;
                case NixInt i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); return;
                case NixFloat f: sb.Append(FormatFloat(f.Value)); return;
                case NixBool b: sb.Append(b.Value ? "true" : "false"); return;
                case NixNull: sb.Append("null"); return;
                case NixPath p: sb.Append(p.Path); return;
                case NixString s: AppendStringLiteral(sb, s.Text, limits.MaxStringLength); return;
                case NixList l: AppendList(slot, l, depth); return;
                case NixAttrs a: AppendAttrs(a, depth); return;
                case NixFunction fn: sb.Append('«').Append(fn.Description).Append('»'); return;
                default: sb.Append("«unknown»"); return;
            }
        }

        private void AppendList(Value slot, NixList list, int depth)
        {
            // Nix tracks lists by the slot holding them, sets by their bindings.
            if (list.Count > 0 && !seen.Add(slot)) { Output.Append("«repeated»"); return; }
            if (depth >= limits.MaxDepth) { Output.Append("[ ... ]"); return; }
            Output.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                Output.Append(' ');
                if (listItemsPrinted >= limits.MaxListItems)
                {
                    AppendElided(Output, list.Count - i, "item", "items");
                    break;
                }
                Append(list.Items[i], depth + 1);
                listItemsPrinted++;
            }
            Output.Append(" ]");
        }

        private void AppendAttrs(NixAttrs attrs, int depth)
        {
            if (!seen.Add(attrs)) { Output.Append("«repeated»"); return; }
            if (depth >= limits.MaxDepth) { Output.Append("{ ... }"); return; }
            Output.Append('{');
            var order = AttrOrder(attrs);
            for (int k = 0; k < order.Length; k++)
            {
                int i = order[k];
                Output.Append(' ');
                if (attrsPrinted >= limits.MaxAttrs)
                {
                    AppendElided(Output, attrs.Count - k, "attribute", "attributes");
                    break;
                }
                AppendAttrName(Output, attrs.NameAt(i));
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
