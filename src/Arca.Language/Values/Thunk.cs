namespace Arca.Language.Values;

using Arca.Language.Errors;
using Arca.Language.Evaluation;

/// <summary>
/// A suspended computation: an executable node and the environment to run it in. Forced at most once, then updated
/// in place to its value. While being forced it is a black hole; forcing it again then is
/// "infinite recursion encountered". If forcing throws, the thunk is restored so a later force (after
/// <c>tryEval</c>, say) runs it again and fails the same way, as in Nix.
/// </summary>
public sealed class Thunk : Value
{
    private Node? node;
    private Env? env;
    private Value? value;

    public Thunk(Node node, Env env)
    {
        this.node = node;
        this.env = env;
    }

    public override ValueKind Kind => ValueKind.Thunk;

    public bool IsForced => value is not null;

    /// <summary>The value if already forced, else null; never forces (error printers must not evaluate).</summary>
    public Value? ForcedValue => value;

    /// <summary>True while the thunk is being forced (printers show it as «potential infinite recursion»).</summary>
    public bool IsBlackHole => value is null && node is null;

    /// <summary>A thunk of a lazy application <c>function argument</c> (what <c>map</c> and friends produce).</summary>
    public static Thunk Apply(Value function, Value argument, Syntax.Pos pos) =>
        new(new LazyApplication(function, argument, pos), Env.Empty);

    internal Value Evaluate(EvalContext ctx)
    {
        if (value is not null) return value;
        var n = node;
        var e = env;
        if (n is null) throw new InfiniteRecursionError();
        node = null; // black hole
        try
        {
            ctx.EnsureStack();
            var result = n.Eval(ctx, e!);
            if (result is Thunk inner) result = inner.Evaluate(ctx);
            value = result;
            env = null;
            return result;
        }
        catch
        {
            node = n;
            throw;
        }
    }

    /// <summary>The node of <see cref="Apply"/>; ignores the environment.</summary>
    private sealed class LazyApplication(Value function, Value argument, Syntax.Pos pos) : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => ctx.Call(function, argument, pos);
    }
}
