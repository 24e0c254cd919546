namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// <c>exec</c> and <c>importNative</c>. As in Nix they exist only with <c>allow-unsafe-native-code-during-evaluation</c>
/// (otherwise <c>builtins ? exec</c> is false and a use is an undefined variable or missing attribute), so
/// <see cref="BuiltinModules"/> registers this module only then. Even then Arca refuses to run them: importNative
/// loads a C++ plugin written against Nix's own evaluator, which cannot work here, and exec is not supported yet.
/// </summary>
public static class NativeCodeBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("exec", 1, (ctx, args, pos) =>
        {
            var list = IoArgs.List(ctx, args[0], "while evaluating the first argument passed to builtins.exec");
            if (list.Count == 0) throw new EvalError("at least one argument to 'exec' required");
            var program = IoArgs.Coerce(ctx, list.Items[0], new StringContext.Builder(),
                "while evaluating the first element of the argument passed to builtins.exec", EvalContext.Coercion.Strict);
            throw new EvalError($"cannot execute '{program}': builtins.exec is not supported by Arca");
        });
        table.Add("importNative", 2, (ctx, args, pos) =>
        {
            var path = IoArgs.RealisePath(ctx, args[0]);
            throw new EvalError($"could not open '{path}': native plugins for Nix's evaluator cannot be loaded by Arca");
        });
    }
}
