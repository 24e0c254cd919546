namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;
using NixFloat = Arca.Language.Values.NixFloat;

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
        var output = new StringBuilder();
        var printer = new Printer(ctx, strict, withLocations, context, new XmlWriter(indent: true, output));
        printer.Writer.OpenElement("expr");
        printer.Print(value, Pos.None);
        printer.Writer.Close();
        return output.ToString();
    }

    private sealed class Printer(EvalContext ctx, bool strict, bool withLocations, StringContext.Builder context, XmlWriter writer)
    {
        public readonly XmlWriter Writer = writer;
        private readonly HashSet<string> drvsSeen = new(StringComparer.Ordinal);

        public void Print(Value value, Pos pos)
        {
            using var depth = ctx.EnterDepth(pos);
            var v = strict ? value.Force(ctx) : value is Thunk t ? t.ForcedValue : value;
            switch (v)
            {
                case null:
                    Writer.WriteEmptyElement("unevaluated");
                    return;
                case NixInt i:
                    Writer.WriteEmptyElement("int", ("value", i.Value.ToString(CultureInfo.InvariantCulture)));
                    return;
                case NixBool b:
                    Writer.WriteEmptyElement("bool", ("value", b.Value ? "true" : "false"));
                    return;
                case NixString s:
                    context.Add(s.Context);
                    Writer.WriteEmptyElement("string", ("value", s.Text));
                    return;
                case NixPath p:
                    Writer.WriteEmptyElement("path", ("value", p.Path));
                    return;
                case NixNull:
                    Writer.WriteEmptyElement("null");
                    return;
                case NixFloat f:
                    Writer.WriteEmptyElement("float", ("value", FloatFormatter.Format(f.Value))); // ostream << double, as Nix
                    return;
                case NixAttrs attrs:
                    PrintAttrs(attrs);
                    return;
                case NixList list:
                    Writer.OpenElement("list");
                    foreach (var item in list.Items) Print(item, pos);
                    Writer.CloseElement();
                    return;
                case NixFunction { Lambda: { } lambda }:
                    PrintLambda(lambda);
                    return;
                default:
                    // Built-ins and their partial applications (Nix has no serialisation for them yet).
                    Writer.WriteEmptyElement("unevaluated");
                    return;
            }
        }

        private void PrintAttrs(NixAttrs attrs)
        {
            if (!attrs.IsDerivation(ctx))
            {
                Writer.OpenElement("attrs");
                ShowAttrs(attrs);
                Writer.CloseElement();
                return;
            }
            var xmlAttrs = new List<(string, string)>(2);
            string drvPath = "";
            if (ForcedString(attrs, "drvPath") is { } d) { drvPath = d; xmlAttrs.Add(("drvPath", d)); }
            if (ForcedString(attrs, "outPath") is { } o) xmlAttrs.Add(("outPath", o));
            Writer.OpenElement("derivation", [.. xmlAttrs]);
            if (drvPath.Length != 0 && drvsSeen.Add(drvPath)) ShowAttrs(attrs);
            else Writer.WriteEmptyElement("repeated");
            Writer.CloseElement();
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
                Writer.OpenElement("attr", [.. xmlAttrs]);
                Print(attrs.ValueAt(i), attrPos);
                Writer.CloseElement();
            }
        }

        private void PrintLambda(LambdaExpr lambda)
        {
            var xmlAttrs = new List<(string, string)>(3);
            if (withLocations && lambda.Pos.IsKnown) AddPosition(xmlAttrs, lambda.Pos);
            Writer.OpenElement("function", [.. xmlAttrs]);
            if (lambda.Formals is { } formals)
            {
                var patAttrs = new List<(string, string)>(2);
                if (lambda.Arg is { } arg) patAttrs.Add(("name", arg));
                if (formals.Ellipsis) patAttrs.Add(("ellipsis", "1"));
                Writer.OpenElement("attrspat", [.. patAttrs]);
                var names = new string[formals.Items.Count];
                for (int i = 0; i < names.Length; i++) names[i] = formals.Items[i].Name;
                Array.Sort(names, StringComparer.Ordinal);
                foreach (var name in names) Writer.WriteEmptyElement("attr", ("name", name));
                Writer.CloseElement();
            }
            else
            {
                Writer.WriteEmptyElement("varpat", ("name", lambda.Arg ?? ""));
            }
            Writer.CloseElement();
        }

        private static void AddPosition(List<(string, string)> xmlAttrs, Pos pos)
        {
            // Only files have a path; «string» and «stdin» positions give just line and column.
            if (pos.Source is { IsFile: true } source) xmlAttrs.Add(("path", source.Origin));
            xmlAttrs.Add(("line", pos.Line.ToString(CultureInfo.InvariantCulture)));
            xmlAttrs.Add(("column", pos.Column.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
