namespace Arca.Language.Builtins;

using System.Globalization;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>Bitwise operations on integers, and <c>ceil</c>/<c>floor</c> with latest Nix's range checks.</summary>
public static class NumberBuiltins
{
    /// <summary>-2^63 as a double: exact, so the range test needs no rounding.</summary>
    private const double IntMin = -9223372036854775808.0;

    public static void Register(BuiltinTable table)
    {
        table.Add("bitAnd", 2, (ctx, args, _) =>
        {
            long a = BuiltinArgs.Int(ctx, args[0], "while evaluating the first argument passed to builtins.bitAnd");
            long b = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument passed to builtins.bitAnd");
            return NixInt.Of(a & b);
        });
        table.Add("bitOr", 2, (ctx, args, _) =>
        {
            long a = BuiltinArgs.Int(ctx, args[0], "while evaluating the first argument passed to builtins.bitOr");
            long b = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument passed to builtins.bitOr");
            return NixInt.Of(a | b);
        });
        table.Add("bitXor", 2, (ctx, args, _) =>
        {
            long a = BuiltinArgs.Int(ctx, args[0], "while evaluating the first argument passed to builtins.bitXor");
            long b = BuiltinArgs.Int(ctx, args[1], "while evaluating the second argument passed to builtins.bitXor");
            return NixInt.Of(a ^ b);
        });
        table.Add("ceil", 1, (ctx, args, _) =>
            Round(ctx, args[0], Math.Ceiling, "while evaluating the first argument passed to builtins.ceil"));
        table.Add("floor", 1, (ctx, args, _) =>
            Round(ctx, args[0], Math.Floor, "while evaluating the first argument passed to builtins.floor"));
    }

    /// <summary>
    /// Rounds through a double, as Nix does, and refuses what does not fit an integer. An integer argument goes
    /// through the double too, and latest Nix reports (rather than silently returns) one that does not survive that.
    /// </summary>
    private static Value Round(EvalContext ctx, Value arg, Func<double, double> round, string errorContext)
    {
        double value = BuiltinArgs.Float(ctx, arg, errorContext);
        var forced = arg.Force(ctx);
        double rounded = round(value);
        if (!(rounded >= IntMin && rounded < -IntMin))
        {
            if (forced is NixInt big)
                throw new EvalError(
                    $"Due to a bug (see https://github.com/NixOS/nix/issues/12899) the NixInt argument {big.Value} caused undefined behavior in previous Nix versions.\n\tFuture Nix versions might implement the correct behavior.");
            throw new EvalError($"NixFloat argument {FloatFormatter.Format(value)} is not in the range of NixInt");
        }
        long result = (long)rounded;
        if (forced is NixInt i && i.Value != result)
            throw new EvalError(
                $"Due to a bug (see https://github.com/NixOS/nix/issues/12899) a loss of precision occurred in previous Nix versions because the NixInt argument {i.Value.ToString(CultureInfo.InvariantCulture)} was rounded to {result.ToString(CultureInfo.InvariantCulture)}.\n\tFuture Nix versions might implement the correct behavior.");
        return NixInt.Of(result);
    }
}
