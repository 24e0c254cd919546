namespace Arca.Language.Values;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;

/// <summary>
/// The body of a built-in: receives exactly <see cref="PrimOp.Arity"/> unforced arguments. A span, not an array: a
/// call of a built-in passes its arguments from the caller's stack, so the millions of built-in calls of a module
/// system evaluation allocate nothing for them (an implementation that keeps an argument copies the value).
/// </summary>
public delegate Value PrimOpImpl(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos);

/// <summary>Room on the stack for the arguments of a built-in call (no built-in takes more than three).</summary>
[System.Runtime.CompilerServices.InlineArray(PrimOp.MaxArity)]
public struct PrimOpArguments
{
    private Value _first;
}

/// <summary>A built-in function such as <c>builtins.map</c>. Applying it to fewer arguments than its arity makes a <see cref="PrimOpApp"/>.</summary>
public sealed class PrimOp(string name, int arity, PrimOpImpl impl) : NixFunction
{
    /// <summary>The largest arity of any built-in (<c>foldl'</c>, <c>substring</c>, <c>replaceStrings</c>).</summary>
    public const int MaxArity = 3;

    public string Name { get; } = name;
    public int Arity { get; } = arity;
    public PrimOpImpl Impl { get; } = impl;

    public override string ShowType => $"the built-in function '{Name}'";

    public override string Description => "primop " + Name;

    /// <summary>
    /// Whether an error gains the "while calling the 'name' builtin" frame. Nix turns it off (<c>addTrace = false</c>)
    /// for <c>addErrorContext</c>, whose own frame says more.
    /// </summary>
    public bool AddsCallFrame { get; init; } = true;

    public override Value Apply(EvalContext ctx, Value argument, Pos callPos) =>
        Arity == 1 ? Invoke(ctx, new ReadOnlySpan<Value>(in argument), callPos) : new PrimOpApp(this, [argument]);

    /// <summary>Runs the built-in on all its arguments; an error gains Nix's "while calling the 'name' builtin" frame.</summary>
    public Value Invoke(EvalContext ctx, ReadOnlySpan<Value> args, Pos callPos)
    {
        try
        {
            return Impl(ctx, args, callPos);
        }
        // Frames only with a position (calls from inside built-ins have none), and never for a built-in registered
        // without (addErrorContext: its own context replaces it, Nix's addTrace = false).
        // Nix adds this frame even without a position; calls from inside built-ins (no position here) skip it.
        catch (Errors.EvalError e) when (AddsCallFrame && callPos.IsKnown && e.AddTraceWhileUnwinding(callPos, $"while calling the '{Name}' builtin"))
        {
            throw;
        }
    }
}

/// <summary>A built-in applied to some but not all of its arguments.</summary>
public sealed class PrimOpApp(PrimOp primOp, Value[] args) : NixFunction
{
    public PrimOp PrimOp { get; } = primOp;
    public Value[] Args { get; } = args;

    public override string ShowType => $"the partially applied built-in function '{PrimOp.Name}'";

    public override string Description => "partially applied primop " + PrimOp.Name;

    public override Value Apply(EvalContext ctx, Value argument, Pos callPos)
    {
        if (Args.Length + 1 < PrimOp.Arity)
        {
            var more = new Value[Args.Length + 1];
            Args.CopyTo(more, 0);
            more[^1] = argument;
            return new PrimOpApp(PrimOp, more);
        }
        var all = new PrimOpArguments();
        Args.CopyTo(all);
        all[Args.Length] = argument;
        return PrimOp.Invoke(ctx, ((ReadOnlySpan<Value>)all)[..PrimOp.Arity], callPos);
    }
}
