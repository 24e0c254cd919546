namespace Arca.Cli.Commands.Building;

using System.Text;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// The evaluating half of <c>nix-build</c> and <c>arca build</c>: evaluates files or <c>--expr</c> texts, selects
/// the attribute paths, and instantiates every derivation found (writing its .drv), giving each as a .drv path
/// and the output it stands for — what nix-instantiate would print.
/// </summary>
internal static class BuildableInstantiation
{
    public sealed record Buildable(string DrvPath, string OutputName);

    /// <summary>Evaluates and instantiates; null when evaluation failed (the error has been reported as Nix does).</summary>
    public static List<Buildable>? Instantiate(EvalSession session, IReadOnlyList<string> inputs, bool fromExpressions,
        IReadOnlyList<string> attrPaths)
    {
        using var bridge = DerivationInstantiation.OpenBridge(session, readOnly: false);
        var ctx = session.CreateContext(bridge);
        var paths = attrPaths.Count == 0 ? new List<string> { "" } : attrPaths.ToList();
        var roots = new DerivationInstantiation.Roots { Warned = true };
        using var captured = new MemoryStream();
        try
        {
            var autoArgs = session.BuildAutoArgs(ctx);
            var cwd = session.Options.WorkingDirectory;
            foreach (var input in inputs)
            {
                Expr expr = fromExpressions
                    ? ctx.Parse(EvalSession.StringSource(ByteString.FromText(input), cwd))
                    : ctx.Parse(ctx.ReadSource(ctx.ResolveExprPath(NixInstantiateCommand.LookupFileArg(ctx, ByteString.FromText(input), cwd))));
                var root = ctx.Evaluate(expr);
                DerivationInstantiation.PrintDerivations(ctx, captured, root, paths, autoArgs, null, bridge, roots);
            }
        }
        catch (EvalError e)
        {
            session.Report(e, session.Options.ShowTrace);
            return null;
        }

        var result = new List<Buildable>();
        foreach (var line in Encoding.UTF8.GetString(captured.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int bang = line.LastIndexOf('!');
            result.Add(bang < 0 ? new Buildable(line, "out") : new Buildable(line[..bang], line[(bang + 1)..]));
        }
        return result;
    }
}
