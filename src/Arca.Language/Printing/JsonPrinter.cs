namespace Arca.Language.Printing;

using System.Globalization;
using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;
using NixFloat = Arca.Language.Values.NixFloat;

/// <summary>
/// A value as JSON, exactly as Nix's <c>builtins.toJSON</c> and <c>nix-instantiate --eval --json</c> write it
/// (printValueAsJSON, then nlohmann's compact dump): sets peel through <c>__toString</c> and <c>outPath</c> (so a
/// derivation is its output path), attributes in byte order, paths copied to the store when asked, floats in their
/// shortest round-trip form, strings escaped as nlohmann does and required to be valid UTF-8.
/// The result follows the byte-string convention.
/// </summary>
public static class JsonPrinter
{
    /// <summary>
    /// Prints <paramref name="value"/>, forcing as it goes when <paramref name="strict"/> (toJSON always is; without
    /// it an unforced thunk is "cannot convert a thunk to JSON", as <c>nix-instantiate --json</c> without
    /// <c>--strict</c>). The contexts of the strings met, and the store paths of copied paths, go to
    /// <paramref name="context"/>.
    /// </summary>
    public static string Print(EvalContext ctx, Value value, Pos pos, bool copyToStore, StringContext.Builder context, bool strict = true)
    {
        var printer = new Printer(ctx, strict, context);
        printer.Print(value, pos, copyToStore);
        // nlohmann checks UTF-8 only when it dumps the finished document, so evaluation errors anywhere in the value
        // win over an invalid string met earlier.
        if (printer.Utf8Error is { } error)
            throw new EvalError("JSON serialization error: " + error);
        return printer.Output.ToString();
    }

    private sealed class Printer(EvalContext ctx, bool strict, StringContext.Builder context)
    {
        public readonly StringBuilder Output = new();
        public string? Utf8Error;

        public void Print(Value value, Pos pos, bool copyToStore)
        {
            using var depth = ctx.EnterDepth(pos);
            var v = strict ? value.Force(ctx) : Unforced(value);
            switch (v)
            {
                case NixInt i:
                    Output.Append(CultureInfo.InvariantCulture, $"{i.Value}"); // formatted in place, no string
                    return;
                case NixBool b:
                    Output.Append(b.Value ? "true" : "false");
                    return;
                case NixNull:
                    Output.Append("null");
                    return;
                case NixFloat f:
                    Output.Append(JsonWriter.FormatFloat(f.Value));
                    return;
                case NixString s:
                    context.Add(s.Context);
                    AppendString(s.Text);
                    return;
                case NixPath p:
                    AppendString(copyToStore ? CopyToStore(p.Path, pos) : p.Path);
                    return;
                case NixList list:
                    PrintList(list, pos, copyToStore);
                    return;
                case NixAttrs attrs:
                    PeelAndPrint(attrs, pos, copyToStore, cameThroughToString: false);
                    return;
                default:
                    var at = v is NixFunction { Lambda: { } lambda } ? lambda.Pos : pos;
                    throw new TypeError($"cannot convert {v.ShowType} to JSON", at);
            }
        }

        private Value Unforced(Value value) =>
            value is Thunk t ? t.ForcedValue ?? throw new TypeError("cannot convert a thunk to JSON") : value;

        private string CopyToStore(string path, Pos pos)
        {
            // As interpolation does (EvalContext.CoerceToString): a missing path is Nix's error, whatever the store.
            if (ctx.IO.GetKind(path) is null) throw new EvalError($"path '{path}' does not exist");
            if (ctx.Store is null)
                throw new EvalError($"cannot copy '{path}' to the store: this evaluation has no store", pos);
            var storePath = ctx.Store.CopyPathToStore(ctx, path, pos);
            context.Add(storePath);
            return storePath;
        }

        private void PrintList(NixList list, Pos pos, bool copyToStore)
        {
            Output.Append('[');
            var items = list.Items;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) Output.Append(',');
                try
                {
                    Print(items[i], pos, copyToStore);
                }
                catch (EvalError e) when (Traces.Add(e, pos, $"while evaluating list element at index {i}"))
                {
                    throw; // unreachable: the filter adds the frame and declines
                }
            }
            Output.Append(']');
        }

        /// <summary>
        /// Nix's peelToStringOutPath with the check that <c>__toString</c> returns a string or path: follows
        /// <c>__toString</c> (which wins) and <c>outPath</c> until a non-set or a set with neither, then prints that.
        /// </summary>
        private void PeelAndPrint(NixAttrs attrs, Pos pos, bool copyToStore, bool cameThroughToString)
        {
            int toStringIndex = attrs.IndexOf("__toString");
            if (toStringIndex >= 0)
            {
                var attrPos = attrs.PosAt(toStringIndex);
                Value result;
                try
                {
                    result = ctx.Call(attrs.ValueAt(toStringIndex), attrs, attrPos);
                }
                catch (EvalError e) when (Traces.Add(e, attrPos, "while calling the `__toString` attribute"))
                {
                    throw; // unreachable: the filter adds the frame and declines
                }
                try
                {
                    using var depth = ctx.EnterDepth(pos);
                    PeelValue(result, attrPos, copyToStore, cameThroughToString: true);
                }
                catch (EvalError e) when (Traces.Add(e, attrPos, $"while {UsingOrEvaluating(result)} the result of the `__toString` attribute"))
                {
                    throw; // unreachable: the filter adds the frame and declines
                }
                return;
            }

            int outPathIndex = attrs.IndexOf("outPath");
            if (outPathIndex >= 0)
            {
                var attrPos = attrs.PosAt(outPathIndex);
                var outPath = attrs.ValueAt(outPathIndex);
                try
                {
                    using var depth = ctx.EnterDepth(pos);
                    PeelValue(outPath, attrPos, copyToStore, cameThroughToString);
                }
                catch (EvalError e) when (Traces.Add(e, attrPos, $"while {UsingOrEvaluating(outPath)} the `outPath` attribute"))
                {
                    throw; // unreachable: the filter adds the frame and declines
                }
                return;
            }

            if (cameThroughToString)
                throw new TypeError($"`__toString` must return a string, but got {attrs.ShowType}: {ErrorValuePrinter.Print(ctx, attrs)}", pos);
            PrintObject(attrs, copyToStore);
        }

        private void PeelValue(Value value, Pos pos, bool copyToStore, bool cameThroughToString)
        {
            var v = value.Force(ctx);
            if (v is NixAttrs attrs)
            {
                PeelAndPrint(attrs, pos, copyToStore, cameThroughToString);
                return;
            }
            if (cameThroughToString && v is not NixString && v is not NixPath)
                throw new TypeError($"`__toString` should return a string, but got {v.ShowType}: {ErrorValuePrinter.Print(ctx, v)}", pos);
            // A historical quirk Nix keeps: a path that came out of __toString is printed as it is, not copied.
            Print(v, pos, copyToStore && !cameThroughToString);
        }

        private static string UsingOrEvaluating(Value v) => v is Thunk { IsForced: false } ? "evaluating" : "using";

        private void PrintObject(NixAttrs attrs, bool copyToStore)
        {
            Output.Append('{');
            for (int i = 0; i < attrs.Count; i++)
            {
                if (i > 0) Output.Append(',');
                var name = attrs.NameAt(i);
                var attrPos = attrs.PosAt(i);
                AppendString(name);
                Output.Append(':');
                try
                {
                    Print(attrs.ValueAt(i), attrPos, copyToStore);
                }
                catch (EvalError e) when (Traces.Add(e, attrPos, $"while evaluating attribute '{NixStringEscaper.FormatAttributeName(name)}'"))
                {
                    throw; // unreachable: the filter adds the frame and declines
                }
            }
            Output.Append('}');
        }

        private void AppendString(string bytes)
        {
            try
            {
                JsonWriter.AppendString(Output, bytes);
            }
            catch (JsonException e)
            {
                // Remembered, not thrown: see Print. The partial output no longer matters.
                Utf8Error ??= e.Message;
            }
        }
    }
}
