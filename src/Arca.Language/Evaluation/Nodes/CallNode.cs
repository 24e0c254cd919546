namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>f a</c>: one argument, the most common call.</summary>
public sealed class CallNode1(Node function, Node argument, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var f = function.Eval(ctx, env);
        return ctx.Call(f, argument.Delay(ctx, env), pos).Force(ctx);
    }

    internal override bool EvalMayKeepFrame => function.EvalMayKeepFrame || argument.DelayMayKeepFrame;
}

/// <summary>
/// <c>f a b …</c>: arguments are applied in turn, except that a built-in receiving all its arguments at once is
/// invoked directly, without building partial applications.
/// </summary>
public sealed class CallNode(Node function, Node[] arguments, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var f = function.Eval(ctx, env);
        int i = 0;
        while (i < arguments.Length)
        {
            if (f is PrimOp primOp && primOp.Arity <= arguments.Length - i && primOp.Arity > 1)
            {
                var args = new PrimOpArguments();
                int arity = primOp.Arity;
                for (int k = 0; k < arity; k++) args[k] = arguments[i + k].Delay(ctx, env);
                i += arity;
                f = primOp.Invoke(ctx, ((ReadOnlySpan<Value>)args)[..arity], pos).Force(ctx);
                continue;
            }
            if (f is Closure && i + 1 < arguments.Length)
            {
                f = ctx.Call2(f, arguments[i].Delay(ctx, env), arguments[i + 1].Delay(ctx, env), pos).Force(ctx);
                i += 2;
                continue;
            }
            f = ctx.Call(f, arguments[i++].Delay(ctx, env), pos).Force(ctx);
        }
        return f;
    }

    internal override bool EvalMayKeepFrame => function.EvalMayKeepFrame || AnyDelayMayKeepFrame(arguments);
}

/// <summary>A call of a known built-in with exactly its arity (<c>map f xs</c>, <c>__sub a b</c> when not specialised further).</summary>
public sealed class PrimOpCallNode(PrimOp primOp, Node[] arguments, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var args = new PrimOpArguments();
        for (int k = 0; k < arguments.Length; k++) args[k] = arguments[k].Delay(ctx, env);
        return primOp.Invoke(ctx, ((ReadOnlySpan<Value>)args)[..arguments.Length], pos).Force(ctx);
    }

    internal override bool EvalMayKeepFrame => AnyDelayMayKeepFrame(arguments);
}
