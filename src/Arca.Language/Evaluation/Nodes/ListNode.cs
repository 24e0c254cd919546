namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Values;

/// <summary><c>[ a b c ]</c>: each element delayed (constants and variables are stored as they are).</summary>
public sealed class ListNode(Node[] items) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var values = new Value[items.Length];
        for (int i = 0; i < values.Length; i++) values[i] = items[i].Delay(ctx, env);
        return new NixList(values);
    }

    internal override bool EvalMayKeepFrame => AnyDelayMayKeepFrame(items);
}
