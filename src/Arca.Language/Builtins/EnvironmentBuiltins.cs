namespace Arca.Language.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>getEnv</c>: the process environment, read through <see cref="EvalContext.IO"/>; empty in pure and restricted evaluation.</summary>
public static class EnvironmentBuiltins
{
    public static void Register(BuiltinTable table) => table.Add("getEnv", 1, GetEnv);

    private static Value GetEnv(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var name = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.getEnv");
        if (ctx.Options.RestrictEval || ctx.Options.PureEval) return NixString.Empty;
        return NixString.Of(ctx.IO.GetEnvironmentVariable(name) ?? "");
    }
}
