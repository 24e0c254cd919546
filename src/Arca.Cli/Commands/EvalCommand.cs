namespace Arca.Cli.Commands;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary>
/// <c>arca eval</c>, in the style of <c>nix eval</c>: <c>--expr E</c> or <c>--file F</c>, an optional attribute path,
/// and <c>--json</c>, <c>--raw</c> or <c>--apply F</c>. Values are printed forced, as <c>nix eval</c> prints them.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        var session = new EvalSession { CommandName = "nix" };
        string? expr = null, file = null, apply = null, attrPath = null;
        bool json = false, raw = false;
        for (int i = 0; i < args.Length;)
        {
            int used = session.TryParseCommon(args, i);
            if (used > 0) { i += used; continue; }
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new UsageException($"flag '{a}' requires an argument");
            switch (a)
            {
                case "--expr": expr = Next(); break;
                case "--file":
                case "-f": file = Next(); break;
                case "--apply": apply = Next(); break;
                case "--json": json = true; break;
                case "--raw": raw = true; break;
                case "--strict": break;
                default:
                    if (a.StartsWith('-')) throw new UsageException($"unrecognised flag '{a}'");
                    if (attrPath is not null) throw new UsageException($"unexpected argument '{a}'");
                    attrPath = a;
                    break;
            }
            i++;
        }
        if (raw && json) throw new UsageException("--raw and --json are mutually exclusive");
        if (expr is not null && file is not null) throw new UsageException("'--expr' and '--file' are mutually exclusive");
        if (expr is null && file is null)
            throw new UsageException("'arca eval' needs '--expr EXPR' or '--file FILE' (flake references are not supported yet)");

        // The store glue: `nix eval` writes derivations and copies sources (it is not read-only).
        using var bridge = DerivationInstantiation.OpenBridge(session, readOnly: false);
        var ctx = session.CreateContext(bridge);
        var cwd = session.Options.WorkingDirectory;
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        try
        {
            var autoArgs = session.BuildAutoArgs(ctx);
            Value root = expr is not null
                ? ctx.EvaluateSource(EvalSession.StringSource(ByteString.FromText(expr), cwd))
                : ctx.EvaluateFile(NixInstantiateCommand.LookupFileArg(ctx, ByteString.FromText(file!), cwd));
            // `nix eval --file f` auto-calls the file's function, as the installable does.
            if (file is not null) root = AutoCall.Apply(ctx, autoArgs, root);
            var v = AttrPathSelection.Find(ctx, ByteString.FromText(attrPath ?? ""), autoArgs, root);
            if (apply is not null)
            {
                var f = ctx.EvaluateSource(EvalSession.StringSource(ByteString.FromText(apply), cwd));
                v = ctx.Call(f, v, default).Force(ctx);
            }
            if (raw)
                ByteString.Write(stdout, ctx.CoerceToString(v, default, EvalContext.Coercion.Strict, new StringContext.Builder()));
            else if (json)
                ByteString.Write(stdout, OutputFormats.Json(ctx, v, true) + "\n");
            else
                stdout.Write(MessageBytes.Encode(ForcingValuePrinter.Print(ctx, v) + "\n"));
            return 0;
        }
        catch (EvalError e)
        {
            stdout.Flush();
            session.Report(e, session.Options.ShowTrace);
            return 1;
        }
    }
}
