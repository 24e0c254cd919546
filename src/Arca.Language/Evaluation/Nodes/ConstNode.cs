namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Values;

/// <summary>A literal (or a global built-in, fixed for the evaluation): evaluation and delaying allocate nothing.</summary>
public sealed class ConstNode(Value value) : Node
{
    public Value Value { get; } = value;

    public override Value Eval(EvalContext ctx, Env env) => Value;

    public override Value Delay(EvalContext ctx, Env env) => Value;

    internal override bool EvalMayKeepFrame => false;
    internal override bool DelayMayKeepFrame => false;
}

/// <summary>A global whose value is a thunk (e.g. a built-in written in Nix): forced on use, shared when delayed.</summary>
public sealed class GlobalThunkNode(Value value) : Node
{
    public override Value Eval(EvalContext ctx, Env env) => value.Force(ctx);

    public override Value Delay(EvalContext ctx, Env env) => value;

    internal override bool EvalMayKeepFrame => false;
    internal override bool DelayMayKeepFrame => false;
}
