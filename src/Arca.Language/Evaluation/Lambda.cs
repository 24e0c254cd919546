namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Language.Text;

/// <summary>
/// A closure (the value of a lambda): a function literal and the environment it was created in. Applying it builds the function's frame
/// (argument, formals with defaults delayed in that same frame so they may refer to each other) and evaluates the body.
/// </summary>
public sealed class Closure(LambdaNode definition, Env scope) : NixFunction
{
    public LambdaNode Definition { get; } = definition;
    /// <summary>The environment the function was created in.</summary>
    public Env Scope { get; } = scope;

    public override Syntax.LambdaExpr? Lambda => Definition.Syntax;

    public override string Description =>
        Definition.Name is { } name ? $"lambda {name} @ {Definition.Pos}" : $"lambda @ {Definition.Pos}";

    public override Value Apply(EvalContext ctx, Value argument, Pos callPos) => Apply(ctx, Definition, Scope, argument, callPos);

    /// <summary>
    /// Applies the lambda <paramref name="def"/> in <paramref name="scope"/>, as a closure of them would be applied; for
    /// callers that know the lambda without a closure of it (<see cref="EvalContext.Call2"/>). Inlined, so that a call
    /// through a closure costs no extra .NET frame: the evaluator's stack depth per Nix call bounds how deep a
    /// recursion can go.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Value Apply(EvalContext ctx, LambdaNode def, Env scope, Value argument, Pos callPos)
    {
        var pool = def.FrameIsPrivate ? ctx.Frames : null;
        var frame = Bind(ctx, def, scope, argument, callPos, pool);
        Value result;
        if (!ctx.Options.ShowTrace) result = def.Body.Eval(ctx, frame);
        else
        {
            try
            {
                result = def.Body.Eval(ctx, frame);
            }
            catch (EvalError e) when (AddCallFrames(e, def, callPos))
            {
                throw;
            }
        }
        // Only after a normal return: a frame left behind by an error is simply not reused.
        pool?.Return(frame);
        return result;
    }

    /// <summary>The frame of a call of <paramref name="def"/> in <paramref name="scope"/>: the argument, or the formals bound from it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Env Bind(EvalContext ctx, LambdaNode def, Env scope, Value argument, Pos callPos, FramePool? pool)
    {
        if (def.Formals is not null) return BindFormals(ctx, def, scope, def.Formals, argument, callPos, pool);
        if (pool is null) return Frame.Of(scope, argument);
        var frame = pool.Rent(scope, 1);
        Frame.Set(frame, 0, argument);
        return frame;
    }

    /// <summary>The --show-trace frames of a call; false, for use as an exception filter.</summary>
    private static bool AddCallFrames(EvalError e, LambdaNode def, Pos callPos)
    {
        e.AddTrace(def.Pos, def.Name is null ? "while calling anonymous lambda" : $"while calling '{def.Name}'");
        if (callPos.IsKnown) e.AddTrace(callPos, "from call site");
        return false;
    }

    private static Env BindFormals(EvalContext ctx, LambdaNode def, Env scope, FormalSlot[] formals, Value argument, Pos callPos, FramePool? pool)
    {
        NixAttrs attrs;
        try
        {
            attrs = Traced.ForceAttrs(ctx, argument, def.Pos, "while evaluating the value passed for the lambda argument");
        }
        catch (EvalError e) when (callPos.IsKnown && e.AddTraceWhileUnwinding(callPos, "from call site"))
        {
            throw;
        }

        var frame = pool?.Rent(scope, def.FrameSize) ?? Frame.New(scope, def.FrameSize);
        int slot = 0;
        if (def.HasArg) Frame.Set(frame, slot++, attrs);
        int used = 0;
        for (int i = 0; i < formals.Length; i++)
        {
            var formal = formals[i];
            int index = attrs.IndexOf(formal.Name);
            if (index >= 0)
            {
                used++;
                Frame.Set(frame, slot++, attrs.ValueAt(index));
            }
            else if (formal.Default is { } fallback)
            {
                Frame.Set(frame, slot++, fallback.Delay(ctx, frame));
            }
            else
            {
                var error = new TypeError($"function '{def.DisplayName}' called without required argument '{NixStringEscaper.FormatAttributeName(formal.Name)}'", def.Pos);
                if (callPos.IsKnown) error.AddTrace(callPos, "from call site");
                throw error;
            }
        }

        if (!def.Ellipsis && used != attrs.Count)
        {
            for (int i = 0; i < attrs.Count; i++)
            {
                var name = attrs.NameAt(i);
                if (HasFormal(formals, name)) continue;
                var names = new string[formals.Length];
                for (int k = 0; k < formals.Length; k++) names[k] = formals[k].Name;
                var error = new TypeError($"function '{def.DisplayName}' called with unexpected argument '{NixStringEscaper.FormatAttributeName(name)}'", def.Pos)
                {
                    Suggestion = Suggestions.Format(names, name),
                };
                if (callPos.IsKnown) error.AddTrace(callPos, "from call site");
                throw error;
            }
        }
        return frame;
    }

    private static bool HasFormal(FormalSlot[] formals, string name)
    {
        foreach (var f in formals)
            if (string.Equals(f.Name, name)) return true;
        return false;
    }
}
