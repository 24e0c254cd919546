namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// A value as XML, exactly as Nix's <c>builtins.toXML</c> and <c>nix-instantiate --eval --xml</c> write it
/// (printValueAsXML): an indented document under <c>&lt;expr&gt;</c>, derivations shown once each, lambdas with their
/// argument patterns, XML attributes in name order, and (with locations) the file, line and column of attributes
/// and lambdas. The result follows the byte-string convention.
/// </summary>
public static class XmlPrinter
{
    /// <summary>
    /// Prints <paramref name="value"/>; <paramref name="strict"/> forces as it goes (toXML always does), otherwise
    /// unforced thunks are <c>&lt;unevaluated /&gt;</c>. String contexts go to <paramref name="context"/>.
    /// </summary>
    public static string Print(EvalContext ctx, Value value, bool withLocations, StringContext.Builder context, bool strict = true)
    {
        var printer = new Printer(ctx, strict, withLocations, context);
        printer.Writer.Open("expr", []);
        printer.Print(value, Pos.None);
        printer.Writer.Close();
        return printer.Writer.Output.ToString();
    }

    private sealed class Printer(EvalContext ctx, bool strict, bool withLocations, StringContext.Builder context)
    {
        public readonly XmlDocumentWriter Writer = new();
        private readonly HashSet<string> drvsSeen = new(StringComparer.Ordinal);

        public void Print(Value value, Pos pos)
        {
            using var depth = ctx.EnterDepth(pos);
            var v = strict ? value.Force(ctx) : value is Thunk t ? t.ForcedValue : value;
            switch (v)
            {
                case null:
                    Writer.Empty("unevaluated", []);
                    return;
                case NixInt i:
                    Writer.Empty("int", [("value", i.Value.ToString(CultureInfo.InvariantCulture))]);
                    return;
                case NixBool b:
                    Writer.Empty("bool", [("value", b.Value ? "true" : "false")]);
                    return;
                case NixString s:
                    context.Add(s.Context);
                    Writer.Empty("string", [("value", s.Text)]);
                    return;
                case NixPath p:
                    Writer.Empty("path", [("value", p.Path)]);
                    return;
                case NixNull:
                    Writer.Empty("null", []);
                    return;
                case NixFloat f:
                    Writer.Empty("float", [("value", FormatFloat(f.Value))]);
                    return;
                case NixAttrs attrs:
                    PrintAttrs(attrs);
                    return;
                case NixList list:
                    Writer.Open("list", []);
                    foreach (var item in list.Items) Print(item, pos);
                    Writer.Close();
                    return;
                case NixFunction { Lambda: { } lambda }:
                    PrintLambda(lambda);
                    return;
                default:
                    // Built-ins and their partial applications (Nix has no serialisation for them yet).
                    Writer.Empty("unevaluated", []);
                    return;
            }
        }

        private void PrintAttrs(NixAttrs attrs)
        {
            if (!attrs.IsDerivation(ctx))
            {
                Writer.Open("attrs", []);
                ShowAttrs(attrs);
                Writer.Close();
                return;
            }
            var xmlAttrs = new List<(string, string)>(2);
            string drvPath = "";
            if (ForcedString(attrs, "drvPath") is { } d) { drvPath = d; xmlAttrs.Add(("drvPath", d)); }
            if (ForcedString(attrs, "outPath") is { } o) xmlAttrs.Add(("outPath", o));
            Writer.Open("derivation", xmlAttrs);
            if (drvPath.Length != 0 && drvsSeen.Add(drvPath)) ShowAttrs(attrs);
            else Writer.Empty("repeated", []);
            Writer.Close();
        }

        /// <summary>The attribute's text if it is (or, when strict, forces to) a string; its context is not collected, as in Nix.</summary>
        private string? ForcedString(NixAttrs attrs, string name)
        {
            if (!attrs.TryGet(name, out var value)) return null;
            var v = strict ? value.Force(ctx) : value is Thunk t ? t.ForcedValue : value;
            return v is NixString s ? s.Text : null;
        }

        private void ShowAttrs(NixAttrs attrs)
        {
            for (int i = 0; i < attrs.Count; i++)
            {
                var attrPos = attrs.PosAt(i);
                var xmlAttrs = new List<(string, string)>(4) { ("name", attrs.NameAt(i)) };
                if (withLocations && attrPos.IsKnown) AddPosition(xmlAttrs, attrPos);
                Writer.Open("attr", xmlAttrs);
                Print(attrs.ValueAt(i), attrPos);
                Writer.Close();
            }
        }

        private void PrintLambda(LambdaExpr lambda)
        {
            var xmlAttrs = new List<(string, string)>(3);
            if (withLocations && lambda.Pos.IsKnown) AddPosition(xmlAttrs, lambda.Pos);
            Writer.Open("function", xmlAttrs);
            if (lambda.Formals is { } formals)
            {
                var patAttrs = new List<(string, string)>(2);
                if (lambda.Arg is { } arg) patAttrs.Add(("name", arg));
                if (formals.Ellipsis) patAttrs.Add(("ellipsis", "1"));
                Writer.Open("attrspat", patAttrs);
                var names = new string[formals.Items.Count];
                for (int i = 0; i < names.Length; i++) names[i] = formals.Items[i].Name;
                Array.Sort(names, StringComparer.Ordinal);
                foreach (var name in names) Writer.Empty("attr", [("name", name)]);
                Writer.Close();
            }
            else
            {
                Writer.Empty("varpat", [("name", lambda.Arg ?? "")]);
            }
            Writer.Close();
        }

        private static void AddPosition(List<(string, string)> xmlAttrs, Pos pos)
        {
            // Only files have a path; «string» and «stdin» positions give just line and column.
            if (pos.Source is { IsFile: true } source) xmlAttrs.Add(("path", source.Origin));
            xmlAttrs.Add(("line", pos.Line.ToString(CultureInfo.InvariantCulture)));
            xmlAttrs.Add(("column", pos.Column.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A double as C++'s <c>ostream &lt;&lt; double</c> writes it (boost::format's <c>%1%</c>): like <c>%g</c>, 6 significant digits.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value)) return double.IsNegative(value) ? "-nan" : "nan";
        if (double.IsInfinity(value)) return value < 0 ? "-inf" : "inf";
        if (value == 0) return double.IsNegative(value) ? "-0" : "0";
        // %g: scientific when the exponent (after rounding to 6 digits) is < -4 or >= 6; trailing zeros removed.
        var scientific = value.ToString("E5", CultureInfo.InvariantCulture); // d.dddddE+xxx
        int e = scientific.IndexOf('E');
        int exponent = int.Parse(scientific.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = scientific[..e];
            if (mantissa.Contains('.')) mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            var sb = new StringBuilder(mantissa).Append('e').Append(exponent < 0 ? '-' : '+');
            int abs = Math.Abs(exponent);
            if (abs < 10) sb.Append('0');
            return sb.Append(abs.ToString(CultureInfo.InvariantCulture)).ToString();
        }
        var fixedText = value.ToString("F" + (5 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (fixedText.Contains('.')) fixedText = fixedText.TrimEnd('0').TrimEnd('.');
        return fixedText;
    }
}
