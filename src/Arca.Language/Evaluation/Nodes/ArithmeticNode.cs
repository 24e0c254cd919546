namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

public enum ArithmeticOp : byte { Add, Sub, Mul, Div, LessThan }

/// <summary>
/// <c>a - b</c>, <c>a * b</c>, <c>a / b</c>, <c>a &lt; b</c> (and the comparisons desugared from it) when the
/// desugared name (<c>__sub</c>, …) resolves to the global built-in: no thunks, no partial application, ints fast.
/// </summary>
public sealed class ArithmeticNode(ArithmeticOp op, Node left, Node right, Pos pos, string builtinName) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        // As the desugared call `__sub a b`: the operands are forced inside the built-in, so an error while
        // evaluating them also gets the "while calling the 'sub' builtin" frame.
        try
        {
            var a = left.Eval(ctx, env);
            var b = right.Eval(ctx, env);
            if (a is NixInt x && b is NixInt y)
            {
                switch (op)
                {
                    case ArithmeticOp.LessThan: return NixBool.Of(x.Value < y.Value);
                    case ArithmeticOp.Sub:
                    {
                        long r = x.Value - y.Value;
                        if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return NixInt.Of(r);
                        break;
                    }
                }
            }
            return op switch
            {
                ArithmeticOp.Add => Arithmetic.Add(ctx, a, b),
                ArithmeticOp.Sub => Arithmetic.Sub(ctx, a, b),
                ArithmeticOp.Mul => Arithmetic.Mul(ctx, a, b),
                ArithmeticOp.Div => Arithmetic.Div(ctx, a, b),
                _ => NixBool.Of(Arithmetic.LessThan(ctx, a, b)),
            };
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, $"while calling the '{builtinName}' builtin"))
        {
            throw;
        }
    }

    internal override bool EvalMayKeepFrame => left.EvalMayKeepFrame || right.EvalMayKeepFrame;
}

/// <summary><c>!a &lt; b</c> style comparisons desugared as <c>!(__lessThan …)</c> are handled by <see cref="NotNode"/>; this is <c>-e</c> = <c>__sub 0 e</c>.</summary>
public sealed class NegateNode(Node operand, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        try
        {
            var v = operand.Eval(ctx, env);
            if (v is NixInt i && i.Value != long.MinValue) return NixInt.Of(-i.Value);
            return Arithmetic.Sub(ctx, NixInt.Of(0), v);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, "while calling the 'sub' builtin"))
        {
            throw;
        }
    }

    internal override bool EvalMayKeepFrame => operand.EvalMayKeepFrame;
}
