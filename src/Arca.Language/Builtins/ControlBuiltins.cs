namespace Arca.Language.Builtins;

using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Errors, strictness and diagnostics: <c>abort</c>, <c>throw</c>, <c>addErrorContext</c>, <c>tryEval</c>,
/// <c>seq</c>, <c>deepSeq</c>, <c>trace</c>, <c>traceVerbose</c>, <c>warn</c> and <c>break</c>.
/// </summary>
public static class ControlBuiltins
{
    /// <summary>The prefix of <c>builtins.warn</c> messages; continuation lines are indented to its width.</summary>
    private const string WarningPrefix = "evaluation warning: ";

    public static void Register(BuiltinTable table)
    {
        table.Add("abort", 1, Abort, global: true);
        table.Add("throw", 1, Throw, global: true);
        // Its own frame replaces the usual "while calling the 'addErrorContext' builtin", as in Nix.
        table.Add("addErrorContext", 2, AddErrorContext, addsCallFrame: false);
        table.Add("tryEval", 1, TryEval);
        table.Add("seq", 2, (ctx, args, _) => { args[0].Force(ctx); return args[1].Force(ctx); });
        table.Add("deepSeq", 2, (ctx, args, _) => { ctx.ForceDeep(args[0], Pos.None); return args[1].Force(ctx); });
        table.Add("trace", 2, Trace);
        // Nix picks the implementation once from --trace-verbose; the setting cannot change during an evaluation.
        table.Add("traceVerbose", 2, (ctx, args, pos) => ctx.Options.TraceVerbose ? Trace(ctx, args, pos) : args[1].Force(ctx));
        table.Add("warn", 2, Warn);
        // Without a debugger `break` just returns its argument.
        table.Add("break", 1, (ctx, args, _) => args[0].Force(ctx), global: true);
    }

    private static Value Abort(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var message = BuiltinArgs.Coerce(ctx, args[0], EvalContext.Coercion.CopyToStore, new StringContext.Builder(),
            "while evaluating the error message passed to builtins.abort");
        throw new AbortError($"evaluation aborted with the following error message: '{message}'");
    }

    private static Value Throw(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // Sic: Nix says "builtin.throw" here.
        var message = BuiltinArgs.Coerce(ctx, args[0], EvalContext.Coercion.CopyToStore, new StringContext.Builder(),
            "while evaluating the error message passed to builtin.throw");
        throw new ThrownError(message);
    }

    private static Value AddErrorContext(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        try
        {
            return args[1].Force(ctx);
        }
        catch (EvalError e)
        {
            // The message is only evaluated when it is needed, as in Nix.
            var message = BuiltinArgs.Coerce(ctx, args[0], EvalContext.Coercion.Strict, new StringContext.Builder(),
                "while evaluating the error message passed to builtins.addErrorContext");
            e.AddTraceAlways(Pos.None, message);
            throw;
        }
    }

    private static Value TryEval(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        Value value;
        try
        {
            value = args[0].Force(ctx);
        }
        catch (AssertionError)
        {
            // Only `throw` and `assert` are caught; the thunk restored itself, so forcing it again fails again.
            // A fresh set each time: a shared one would print as «repeated» where Nix prints it again.
            return new NixAttrs(["success", "value"], [NixBool.False, NixBool.False], null);
        }
        return new NixAttrs(["success", "value"], [NixBool.True, value], null);
    }

    private static Value Trace(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var message = args[0].Force(ctx);
        var text = message is NixString s ? s.Text : ErrorValuePrinter.PrintUnlimited(ctx, message);
        WriteDiagnostic(ctx, "trace: " + text);
        return args[1].Force(ctx);
    }

    private static Value Warn(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var message = BuiltinArgs.String(ctx, args[0], "while evaluating the first argument; the message passed to builtins.warn").Text;
        WriteDiagnostic(ctx, FormatWarning(message));
        if (ctx.Options.AbortOnWarn)
            throw new EvalError("aborting to reveal stack trace of warning, as abort-on-warn is set");
        return args[1].Force(ctx);
    }

    /// <summary>
    /// As Nix's logger lays out a warning from an expression: the prefix, then every further line indented to the
    /// prefix's width, trailing blanks removed from each line; a message starting with a newline is not indented.
    /// </summary>
    internal static string FormatWarning(string message)
    {
        if (message.StartsWith('\n')) return "evaluation warning:" + message.TrimEnd(' ', '\t', '\n', '\r');
        var body = message.TrimEnd(' ', '\t', '\n', '\r');
        var sb = new StringBuilder(body.Length + WarningPrefix.Length);
        int start = 0;
        bool first = true;
        while (true)
        {
            int end = body.IndexOf('\n', start);
            var line = end < 0 ? body[start..] : body[start..end];
            if (!first) sb.Append('\n');
            var indented = (first ? WarningPrefix : new string(' ', WarningPrefix.Length)) + line;
            sb.Append(indented.TrimEnd(' ', '\t', '\n', '\r'));
            first = false;
            if (end < 0) break;
            start = end + 1;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Writes one line to the diagnostics stream. The text stays in the byte-string convention: the CLI's writer
    /// emits such chars as the bytes they are (converting to .NET text here would mangle non-UTF-8 strings).
    /// </summary>
    private static void WriteDiagnostic(EvalContext ctx, string bytes)
    {
        ctx.Diagnostics.WriteLine(bytes);
        ctx.Diagnostics.Flush();
    }
}
