namespace Arca.Language.Errors;

using Arca.Language.Syntax;

/// <summary>One line of context Nix shows under an error with <c>--show-trace</c>: "… while calling 'f'" at a position.</summary>
/// <param name="Always">Shown even when the trace is cut short without <c>--show-trace</c> (Nix's <c>TracePrint::Always</c>,
/// used by <c>addErrorContext</c> and "entering the infinite recursion").</param>
public readonly record struct TraceFrame(Pos Pos, string Message, bool Always = false);

/// <summary>
/// Any error raised while parsing or evaluating Nix: a message, the position it is reported at, and the trace frames
/// added as it unwinds. The hierarchy mirrors Nix's, because <c>tryEval</c> catches exactly
/// <see cref="AssertionError"/> (which <see cref="ThrownError"/> derives from) and nothing else.
/// </summary>
public class EvalError(string message, Pos pos = default) : Exception(message)
{
    public Pos Pos { get; private set; } = pos;

    /// <summary>Nix's "Did you mean …?" line under the message (already formatted: "x" or "one of x or y"), if any.</summary>
    public string? Suggestion { get; set; }

    /// <summary>Frames, innermost first, as they were added while the error unwound.</summary>
    public List<TraceFrame> Trace { get; private set; } = [];

    /// <summary>A copy with its own list of frames (a memoised failure is rethrown as a copy; see <c>Thunk</c>).</summary>
    public EvalError Copy()
    {
        var copy = (EvalError)MemberwiseClone();
        copy.Trace = new List<TraceFrame>(Trace);
        return copy;
    }

    /// <summary>Sets the position if none is known yet (an inner builtin may not know where it was called).</summary>
    public EvalError AtIfUnknown(Pos pos)
    {
        if (!Pos.IsKnown) Pos = pos;
        return this;
    }

    /// <summary>
    /// For exception filters (<c>catch (EvalError e) when (e.AddTraceWhileUnwinding(…))</c>): adds the frame as the error
    /// passes and declines to catch it. The error then unwinds in one pass instead of being caught and rethrown at
    /// every level, which costs time proportional to the depth each time (quadratic for deep recursions).
    /// </summary>
    public bool AddTraceWhileUnwinding(Pos pos, string message)
    {
        AddTrace(pos, message);
        return false;
    }

    public EvalError AddTrace(Pos pos, string message)
    {
        Trace.Add(new TraceFrame(pos, message));
        return this;
    }

    /// <summary>Adds a frame that is shown even when the trace is truncated (see <see cref="TraceFrame.Always"/>).</summary>
    public EvalError AddTraceAlways(Pos pos, string message)
    {
        Trace.Add(new TraceFrame(pos, message, Always: true));
        return this;
    }
}

/// <summary>A syntax error; Nix exits with 1 and prints it like an evaluation error.</summary>
public sealed class ParseError(string message, Pos pos) : EvalError(message, pos);

/// <summary><c>assert</c> failed. Caught by <c>tryEval</c>.</summary>
public class AssertionError(string message, Pos pos = default) : EvalError(message, pos);

/// <summary><c>throw "…"</c>. Caught by <c>tryEval</c>.</summary>
public sealed class ThrownError(string message, Pos pos = default) : AssertionError(message, pos);

/// <summary><c>abort "…"</c>: never caught.</summary>
public sealed class AbortError(string message, Pos pos = default) : EvalError(message, pos);

/// <summary>A value of the wrong type ("expected a set but found an integer: 1").</summary>
public sealed class TypeError(string message, Pos pos = default) : EvalError(message, pos);

public sealed class UndefinedVariableError(string message, Pos pos = default) : EvalError(message, pos);

/// <summary>A function called without a required argument.</summary>
public sealed class MissingArgumentError(string message, Pos pos = default) : EvalError(message, pos);

/// <summary>A thunk forced while it was being forced.</summary>
public sealed class InfiniteRecursionError(Pos pos = default) : EvalError("infinite recursion encountered", pos)
{
    /// <summary>The thunk found black-holed: its first force marks where the cycle was entered.</summary>
    public object? Origin { get; init; }
}

/// <summary>The evaluation nested deeper than the stack (or <c>max-call-depth</c>) allows.</summary>
public sealed class StackOverflowError(string message, Pos pos = default) : EvalError(message, pos);
