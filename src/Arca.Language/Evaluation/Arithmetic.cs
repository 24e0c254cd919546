namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary>
/// Nix's arithmetic on forced operands: 64-bit integers with overflow errors, floats when either side is a float,
/// "division by zero". Shared by the built-ins (<c>add</c>, <c>sub</c>, <c>mul</c>, <c>div</c>) and the operator nodes.
/// Errors carry no position of their own; callers add "while calling the 'sub' builtin" at the operator.
/// </summary>
public static class Arithmetic
{
    public static Value Add(EvalContext ctx, Value a, Value b)
    {
        if (a is NixInt x && b is NixInt y)
        {
            long r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) < 0)
                throw new EvalError($"integer overflow in adding {x.Value} + {y.Value}");
            return NixInt.Of(r);
        }
        if (a is NixFloat || b is NixFloat)
            return new NixFloat(Float(ctx, a, "while evaluating the first argument of the addition")
                                + Float(ctx, b, "while evaluating the second argument of the addition"));
        Int(ctx, a, "while evaluating the first argument of the addition");
        Int(ctx, b, "while evaluating the second argument of the addition");
        throw new InvalidOperationException("unreachable");
    }

    public static Value Sub(EvalContext ctx, Value a, Value b)
    {
        if (a is NixInt x && b is NixInt y)
        {
            long r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) < 0)
                throw new EvalError($"integer overflow in subtracting {x.Value} - {y.Value}");
            return NixInt.Of(r);
        }
        if (a is NixFloat || b is NixFloat)
            return new NixFloat(Float(ctx, a, "while evaluating the first argument of the subtraction")
                                - Float(ctx, b, "while evaluating the second argument of the subtraction"));
        Int(ctx, a, "while evaluating the first argument of the subtraction");
        Int(ctx, b, "while evaluating the second argument of the subtraction");
        throw new InvalidOperationException("unreachable");
    }

    public static Value Mul(EvalContext ctx, Value a, Value b)
    {
        if (a is NixInt x && b is NixInt y)
        {
            long high = Math.BigMul(x.Value, y.Value, out long low);
            if (high != (low >> 63))
                throw new EvalError($"integer overflow in multiplying {x.Value} * {y.Value}");
            return NixInt.Of(low);
        }
        if (a is NixFloat || b is NixFloat)
            return new NixFloat(Float(ctx, a, "while evaluating the first of the multiplication")
                                * Float(ctx, b, "while evaluating the second argument of the multiplication"));
        Int(ctx, a, "while evaluating the first argument of the multiplication");
        Int(ctx, b, "while evaluating the second argument of the multiplication");
        throw new InvalidOperationException("unreachable");
    }

    public static Value Div(EvalContext ctx, Value a, Value b)
    {
        double divisor = Float(ctx, b, "while evaluating the second operand of the division");
        if (divisor == 0) throw new EvalError("division by zero");
        if (a is NixFloat || b is NixFloat)
            return new NixFloat(Float(ctx, a, "while evaluating the first operand of the division") / divisor);
        long x = Int(ctx, a, "while evaluating the first operand of the division");
        long y = ((NixInt)b).Value;
        if (x == long.MinValue && y == -1)
            throw new EvalError($"integer overflow in dividing {x} / {y}");
        return NixInt.Of(x / y);
    }

    public static bool LessThan(EvalContext ctx, Value a, Value b)
    {
        if (a is NixInt x && b is NixInt y) return x.Value < y.Value;
        return ctx.CompareValues(a, b, default) < 0;
    }

    private static double Float(EvalContext ctx, Value v, string errorCtx) => v switch
    {
        NixFloat f => f.Value,
        NixInt i => i.Value,
        _ => throw ctx.Expected("a float", v, default).AddTrace(default, errorCtx),
    };

    private static long Int(EvalContext ctx, Value v, string errorCtx) =>
        v is NixInt i ? i.Value : throw ctx.Expected("an integer", v, default).AddTrace(default, errorCtx);

    /// <summary>A float as Nix shows it in messages.</summary>
    public static string Show(double value) => FloatFormatter.Format(value);
}
