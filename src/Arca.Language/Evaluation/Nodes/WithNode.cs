namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Values;

/// <summary><c>with e; body</c>: a one-slot frame holding the (lazy) set, searched by <see cref="WithVarNode"/>.</summary>
public sealed class WithNode(Node scope, Node body) : Node
{
    public override Value Eval(EvalContext ctx, Env env) => body.Eval(ctx, Frame.Of(env, scope.Delay(ctx, env)));
}
