namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>A variable of the innermost scope (function argument, let binding): one array read.</summary>
public sealed class LocalVarNode(int slot, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var v = Frame.Get(env, slot);
        if (v is not Thunk t) return v;
        try
        {
            var value = t.Evaluate(ctx);
            Frame.Resolve(env, slot, t, value);
            return value;
        }
        // The cycle closes here: Nix reports the infinite recursion at the variable that re-entered it.
        catch (InfiniteRecursionError e) when (e.AtIfUnknown(pos) is null)
        {
            throw;
        }
    }

    // A slot is still empty while a rec/let is filling its frame; then the reference becomes a thunk.
    public override Value Delay(EvalContext ctx, Env env) => Frame.Get(env, slot) ?? new Thunk(this, env);

    internal override bool EvalMayKeepFrame => false;

    // A function's own frame is full when its body runs (only a let or rec being filled has empty slots, and a body
    // with one of those keeps its frame anyway), so delaying reads the slot.
    internal override bool DelayMayKeepFrame => false;
}

/// <summary>A variable of an enclosing scope, resolved to (depth, slot) at compile time.</summary>
public sealed class VarNode(int depth, int slot, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        for (int d = depth; d > 0; d--) env = Frame.Up(env);
        var v = Frame.Get(env, slot);
        if (v is not Thunk t) return v;
        try
        {
            var value = t.Evaluate(ctx);
            Frame.Resolve(env, slot, t, value);
            return value;
        }
        catch (InfiniteRecursionError e) when (e.AtIfUnknown(pos) is null)
        {
            throw;
        }
    }

    public override Value Delay(EvalContext ctx, Env env)
    {
        var e = env;
        for (int d = depth; d > 0; d--) e = Frame.Up(e);
        // The thunk of a slot still being filled is made over the frame that holds the slot, not the current one, so
        // that delaying a variable never keeps the current frame.
        return Frame.Get(e, slot) ?? new Thunk(inOwnFrame ??= new LocalVarNode(slot, pos), e);
    }

    /// <summary>The same variable read from the frame that holds it (made when first needed, which is rare).</summary>
    private LocalVarNode? inOwnFrame;

    internal override bool EvalMayKeepFrame => false;
    internal override bool DelayMayKeepFrame => false;
}

/// <summary>
/// A variable bound by no lexical scope but under one or more <c>with</c>: looked up at run time in the sets of the
/// enclosing <c>with</c>s, innermost first (lexical bindings were already preferred at compile time, as in Nix).
/// </summary>
/// <param name="withDepths">Depth of each enclosing <c>with</c> frame from the current frame, innermost first.</param>
public sealed class WithVarNode(string name, int[] withDepths, Pos pos, Pos[] withPositions) : Node
{
    public override Value Eval(EvalContext ctx, Env env) => Lookup(ctx, env).Force(ctx);

    internal override bool EvalMayKeepFrame => false;

    private Value Lookup(EvalContext ctx, Env env)
    {
        for (int i = 0; i < withDepths.Length; i++)
        {
            var e = env;
            for (int d = withDepths[i]; d > 0; d--) e = Frame.Up(e);
            var attrs = Traced.ForceAttrs(ctx, Frame.Get(e, 0), withPositions[i], "while evaluating the first subexpression of a with expression");
            int index = attrs.IndexOf(name);
            if (index >= 0) return attrs.ValueAt(index);
        }
        throw new UndefinedVariableError($"undefined variable '{name}'", pos);
    }
}
