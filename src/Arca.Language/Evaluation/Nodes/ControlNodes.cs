namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>if c then a else b</c>.</summary>
public sealed class IfNode(Node condition, Node then, Node otherwise, Pos conditionPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) =>
        (Traced.EvalBool(ctx, condition, env, conditionPos, "while evaluating a branch condition") ? then : otherwise).Eval(ctx, env);

    internal override bool EvalMayKeepFrame => condition.EvalMayKeepFrame || then.EvalMayKeepFrame || otherwise.EvalMayKeepFrame;
}

/// <summary><c>assert c; body</c>, with Nix's message quoting the condition as printed.</summary>
public sealed class AssertNode(Node condition, Node body, Pos pos, Pos conditionPos, string conditionText, EqualNode? equality) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        if (!Traced.EvalBool(ctx, condition, env, conditionPos, "in the condition of the assert statement"))
        {
            if (equality is not null)
            {
                // Explain which parts differ, as Nix does for `assert a == b`.
                try
                {
                    var a = equality.Left.Eval(ctx, env);
                    var b = equality.Right.Eval(ctx, env);
                    AssertEquality.Check(ctx, a, b, equality.Pos);
                }
                catch (AssertionError e) when (e.AddTraceWhileUnwinding(pos, $"while evaluating the condition of the assertion '{conditionText}'"))
        {
            throw;
        }
            }
            throw new AssertionError($"assertion '{conditionText}' failed", pos);
        }
        return body.Eval(ctx, env);
    }
}

/// <summary><c>!e</c>.</summary>
public sealed class NotNode(Node operand, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) =>
        NixBool.Of(!Traced.EvalBool(ctx, operand, env, pos, "in the argument of '!'"));

    internal override bool EvalMayKeepFrame => operand.EvalMayKeepFrame;
}

/// <summary><c>a &amp;&amp; b</c>.</summary>
public sealed class AndNode(Node left, Node right, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) =>
        NixBool.Of(Traced.EvalBool(ctx, left, env, leftPos, "in the left operand of '&&'")
                   && Traced.EvalBool(ctx, right, env, rightPos, "in the right operand of '&&'"));

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>a || b</c>.</summary>
public sealed class OrNode(Node left, Node right, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) =>
        NixBool.Of(Traced.EvalBool(ctx, left, env, leftPos, "in the left operand of '||'")
                   || Traced.EvalBool(ctx, right, env, rightPos, "in the right operand of '||'"));

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>a -> b</c>.</summary>
public sealed class ImpliesNode(Node left, Node right, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) =>
        NixBool.Of(!Traced.EvalBool(ctx, left, env, leftPos, "in the left operand of '->'")
                   || Traced.EvalBool(ctx, right, env, rightPos, "in the right operand of '->'"));

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>a == b</c>.</summary>
public sealed class EqualNode(Node left, Node right, Pos pos, Pos leftPos, Pos rightPos) : Node
{
    public Node Left => left;
    public Node Right => right;
    public Pos Pos => pos;

    public override Value Eval(EvalContext ctx, Env env)
    {
        var a = Traced.Eval(ctx, left, env, leftPos, "in the left operand of '=='");
        var b = Traced.Eval(ctx, right, env, rightPos, "in the right operand of '=='");
        return NixBool.Of(Equal(ctx, a, b, pos, "while testing two values for equality"));
    }

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;

    internal static bool Equal(EvalContext ctx, Value a, Value b, Pos pos, string errorCtx)
    {
        if (a is NixInt x && b is NixInt y) return x.Value == y.Value;
        if (a is NixString s && b is NixString t) return string.Equals(s.Text, t.Text);
        try
        {
            return ctx.ValuesEqual(a, b, pos);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, errorCtx))
        {
            throw;
        }
    }
}

/// <summary><c>a != b</c>.</summary>
public sealed class NotEqualNode(Node left, Node right, Pos pos, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var a = Traced.Eval(ctx, left, env, leftPos, "in the left operand of '!='");
        var b = Traced.Eval(ctx, right, env, rightPos, "in the right operand of '!='");
        return NixBool.Of(!EqualNode.Equal(ctx, a, b, pos, "while testing two values for inequality"));
    }

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>a // b</c>.</summary>
public sealed class UpdateNode(Node left, Node right, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        // Nix evaluates the right operand first (it queues the rightmost set first).
        var b = Traced.Eval(ctx, right, env, rightPos, "in the right operand of '//'");
        if (b is not NixAttrs rb) throw Traced.TypeMismatchNoPos(ctx, "a set", b, rightPos, "in the right operand of '//'");
        var a = Traced.Eval(ctx, left, env, leftPos, "in the left operand of '//'");
        if (a is not NixAttrs ra) throw Traced.TypeMismatchNoPos(ctx, "a set", a, leftPos, "in the left operand of '//'");
        return ra.Update(rb, ctx.MergeLayouts);
    }

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>a ++ b</c>.</summary>
public sealed class ConcatListsNode(Node left, Node right, Pos pos, Pos leftPos, Pos rightPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var a = Traced.Eval(ctx, left, env, leftPos, "in the left operand of '++'");
        var b = Traced.Eval(ctx, right, env, rightPos, "in the right operand of '++'");
        var la = Traced.ForceList(ctx, a, pos, "while evaluating one of the elements to concatenate");
        var lb = Traced.ForceList(ctx, b, pos, "while evaluating one of the elements to concatenate");
        if (lb.Count == 0) return la;
        if (la.Count == 0) return lb;
        var items = new Value[la.Count + lb.Count];
        la.Items.CopyTo(items, 0);
        lb.Items.CopyTo(items, la.Count);
        return new NixList(items);
    }

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>__curPos</c>: <c>{ file, line, column }</c> of where it is written.</summary>
public sealed class CurPosNode(Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env) => PosValue.Make(pos);

    internal override bool EvalMayKeepFrame => false;
}

/// <summary>The <c>{ column, file, line }</c> set Nix makes for positions (<c>__curPos</c>, <c>unsafeGetAttrPos</c>).</summary>
public static class PosValue
{
    /// <summary>Only positions in files make a set (latest Nix); a command-line expression's position is null.</summary>
    public static Value Make(Pos pos)
    {
        if (!pos.IsKnown || !pos.Source!.IsFile) return NixNull.Instance;
        return new AttrsBuilder(3)
            .Add("column", NixInt.Of(pos.Column))
            .Add("file", NixString.Of(pos.Source!.Origin))
            .Add("line", NixInt.Of(pos.Line))
            .Build();
    }
}
