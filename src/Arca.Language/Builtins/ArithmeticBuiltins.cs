namespace Arca.Language.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Values;

/// <summary><c>add</c>, <c>sub</c>, <c>mul</c>, <c>div</c>, <c>lessThan</c>: the targets of Nix's desugared operators.</summary>
public static class ArithmeticBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("add", 2, (ctx, args, _) => Arithmetic.Add(ctx, args[0].Force(ctx), args[1].Force(ctx)));
        table.Add("sub", 2, (ctx, args, _) => Arithmetic.Sub(ctx, args[0].Force(ctx), args[1].Force(ctx)));
        table.Add("mul", 2, (ctx, args, _) => Arithmetic.Mul(ctx, args[0].Force(ctx), args[1].Force(ctx)));
        table.Add("div", 2, (ctx, args, _) => Arithmetic.Div(ctx, args[0].Force(ctx), args[1].Force(ctx)));
        table.Add("lessThan", 2, (ctx, args, _) => NixBool.Of(Arithmetic.LessThan(ctx, args[0].Force(ctx), args[1].Force(ctx))));
    }
}
