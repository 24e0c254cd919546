namespace Arca.Language.Errors;

using Arca.Language.Syntax;

/// <summary>
/// Adds "… while …" frames to errors from exception filters: <c>catch (EvalError e) when (Traces.Add(e, pos, "…"))</c>.
/// A filter runs during the first pass and declines, so the error keeps unwinding as one exception. Catching and
/// rethrowing at every level instead would run each handler on top of the still-unwound stack and overflow it when
/// thousands of nested levels (a deep toJSON, a long foldl' chain) each add a frame.
/// </summary>
public static class Traces
{
    /// <summary>Adds the frame and returns false, so the filter never catches.</summary>
    public static bool Add(EvalError error, Pos pos, string message)
    {
        error.AddTrace(pos, message);
        return false;
    }
}
