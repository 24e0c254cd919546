namespace Arca.Cli;

using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary>The structured output formats of the evaluating commands (<c>--json</c>, <c>--xml</c>), as nix-instantiate writes them.</summary>
internal static class OutputFormats
{
    /// <summary>JSON without a trailing newline; store paths are copied as Nix's <c>printValueAsJSON(copyToStore = true)</c>.</summary>
    public static string Json(EvalContext ctx, Value value, bool strict) =>
        JsonPrinter.Print(ctx, value, default, copyToStore: true, new StringContext.Builder(), strict);

    public static string Xml(EvalContext ctx, Value value, bool strict, bool location) =>
        XmlPrinter.Print(ctx, value, location, new StringContext.Builder(), strict);
}
