namespace Arca.Cli;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Values;

/// <summary>The structured output formats of the evaluating commands (<c>--json</c>, <c>--xml</c>).</summary>
internal static class OutputFormats
{
    public static string Json(EvalContext ctx, Value value, bool strict)
    {
        _ = ctx; _ = value; _ = strict;
        throw new EvalError("--json output is not available yet");
    }

    public static string Xml(EvalContext ctx, Value value, bool strict, bool location)
    {
        _ = ctx; _ = value; _ = strict; _ = location;
        throw new EvalError("--xml output is not available yet");
    }
}
