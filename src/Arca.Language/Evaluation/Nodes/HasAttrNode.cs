namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>e ? a.b</c>: false as soon as a step is not a set or lacks the name.</summary>
public sealed class HasAttrNode(Node target, AttrPathPart[] path, Pos pos, Pos targetPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        Value current = Traced.Eval(ctx, target, env, targetPos, "in the argument of '?'");
        for (int i = 0; i < path.Length; i++)
        {
            var forced = current.Force(ctx);
            var name = path[i].GetName(ctx, env);
            if (forced is not NixAttrs attrs) return NixBool.False;
            int index = attrs.IndexOf(name);
            if (index < 0) return NixBool.False;
            current = attrs.ValueAt(index);
        }
        _ = pos;
        return NixBool.True;
    }

    internal override bool EvalMayKeepFrame => target.EvalMayKeepFrame || AttrPathPart.AnyEvalMayKeepFrame(path);
}
