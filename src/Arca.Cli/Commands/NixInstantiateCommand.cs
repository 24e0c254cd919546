namespace Arca.Cli.Commands;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// <c>nix-instantiate</c>: with <c>--eval</c> evaluates expressions and prints them exactly as Nix does (plain,
/// <c>--strict</c>, <c>--json</c>, <c>--xml</c>, <c>--raw</c>); <c>--parse</c> prints the parsed expression.
/// Instantiating derivations (no <c>--eval</c>) needs the store glue and is not available yet.
/// </summary>
internal static class NixInstantiateCommand
{
    private enum OutputKind { Plain, Raw, Xml, Json }

    public static int Run(string[] args)
    {
        var session = new EvalSession();
        var files = new List<string>();
        var attrPaths = new List<string>();
        bool readStdin = false, fromArgs = false, evalOnly = false, parseOnly = false, strict = false, location = true, findFile = false;
        var output = OutputKind.Plain;
        bool readWrite = false;
        string? gcRoot = null;
        var roots = new DerivationInstantiation.Roots();

        for (int i = 0; i < args.Length;)
        {
            var a = args[i];
            int used = session.TryParseCommon(args, i);
            if (used > 0) { i += used; continue; }
            switch (a)
            {
                case "--help": return HelpCommand.Run([]);
                case "--version":
                    Console.Out.WriteLine($"nix-instantiate (Nix) {VersionCommand.CompatibleNixVersion}");
                    return 0;
                case "-": readStdin = true; break;
                case "--expr":
                case "-E": fromArgs = true; break;
                case "--eval":
                case "--eval-only": evalOnly = true; break;
                case "--read-write-mode": readWrite = true; break;
                case "--parse":
                case "--parse-only": parseOnly = evalOnly = true; break;
                case "--find-file": findFile = true; break;
                case "--attr":
                case "-A":
                    if (i + 1 >= args.Length) throw new UsageException($"flag '{a}' requires an argument");
                    attrPaths.Add(args[++i]);
                    break;
                case "--add-root":
                    if (i + 1 >= args.Length) throw new UsageException($"flag '{a}' requires an argument");
                    gcRoot = args[++i];
                    break;
                case "--indirect": break;
                case "--raw": output = OutputKind.Raw; break;
                case "--xml": output = OutputKind.Xml; break;
                case "--json": output = OutputKind.Json; break;
                case "--no-location": location = false; break;
                case "--strict": strict = true; break;
                case "--dry-run": break;
                default:
                    if (a.Length > 0 && a[0] == '-')
                        throw new UsageException($"unrecognised flag '{a}'\nTry 'nix-instantiate --help' for more information.");
                    files.Add(a);
                    break;
            }
            i++;
        }

        // The store glue (derivations, store paths): read-only for --eval, as in Nix.
        using var bridge = DerivationInstantiation.OpenBridge(session, readOnly: evalOnly && !readWrite);
        var ctx = session.CreateContext(bridge);
        if (attrPaths.Count == 0) attrPaths.Add("");
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        try
        {
            var autoArgs = session.BuildAutoArgs(ctx);
            if (findFile)
            {
                foreach (var f in files)
                {
                    var found = ctx.Builtins.Get("findFile")!;
                    var path = ctx.Call(ctx.Call(found, ctx.Globals.Builtins.Get("nixPath")!, default), NixString.Of(ByteString.FromText(f)), default).Force(ctx);
                    ByteString.Write(stdout, ((NixPath)path).Path + "\n");
                }
                return 0;
            }

            var cwd = session.Options.WorkingDirectory;
            if (readStdin)
            {
                var text = ByteString.FromBytes(ReadAll(Console.OpenStandardInput()));
                Process(ctx, stdout, ctx.Parse(new Source(EvalSession.StdinOrigin, text, cwd, false)));
            }
            else if (files.Count == 0 && !fromArgs) files.Add("./default.nix");

            foreach (var f in files)
            {
                Expr expr = fromArgs
                    ? ctx.Parse(EvalSession.StringSource(ByteString.FromText(f), cwd))
                    : ctx.Parse(ctx.ReadSource(ctx.ResolveExprPath(LookupFileArg(ctx, ByteString.FromText(f), cwd))));
                Process(ctx, stdout, expr);
            }
            return 0;

            void Process(EvalContext c, Stream o, Expr expr)
            {
                if (parseOnly)
                {
                    // Nix binds variables while parsing, so an undefined variable fails `--parse` too.
                    c.Compiler.Compile(expr, null);
                    ByteString.Write(o, SyntaxPrinting.Print(expr) + "\n");
                    return;
                }
                var root = c.Evaluate(expr);
                if (!evalOnly)
                {
                    DerivationInstantiation.PrintDerivations(c, o, root, attrPaths, autoArgs, gcRoot, bridge, roots);
                    return;
                }
                foreach (var attrPath in attrPaths)
                {
                    var v = AttrPathSelection.Find(c, attrPath, autoArgs, root);
                    if (!evalOnly)
                    {
                        FindDerivations(c, autoArgs, v);
                        continue;
                    }
                    var result = autoArgs.Count == 0 ? v : AutoCall.Apply(c, autoArgs, v);
                    switch (output)
                    {
                        case OutputKind.Raw:
                            ByteString.Write(o, c.CoerceToString(result, default, EvalContext.Coercion.Strict, new StringContext.Builder()));
                            break;
                        case OutputKind.Json:
                            ByteString.Write(o, OutputFormats.Json(c, result, strict) + "\n");
                            break;
                        case OutputKind.Xml:
                            ByteString.Write(o, OutputFormats.Xml(c, result, strict, location));
                            break;
                        default:
                            if (strict) c.ForceDeep(result, default);
                            ByteString.Write(o, ValuePrinter.Print(c, result) + "\n");
                            break;
                    }
                    o.Flush();
                }
            }
        }
        catch (EvalError e)
        {
            stdout.Flush();
            session.Report(e, session.Options.ShowTrace);
            return 1;
        }
    }

    /// <summary>
    /// Without <c>--eval</c>, Nix collects the derivations of the value (itself, the attributes of a set, the elements
    /// of a list), evaluating as it goes. Evaluation errors surface as in Nix; writing .drv files needs the store
    /// glue, so finding a derivation is reported as not supported yet.
    /// </summary>
    private static void FindDerivations(EvalContext ctx, NixAttrs autoArgs, Value value)
    {
        var v = AutoCall.Apply(ctx, autoArgs, value);
        IEnumerable<Value> candidates = v switch
        {
            NixAttrs a when !a.IsDerivation(ctx) => a.Values.ToArray(),
            NixList l => l.Items,
            _ => [v],
        };
        foreach (var candidate in candidates)
        {
            var c = AutoCall.Apply(ctx, autoArgs, candidate);
            if (c is NixAttrs attrs && attrs.IsDerivation(ctx))
                throw new EvalError("instantiating derivations (nix-instantiate without --eval) is not supported yet");
        }
    }

    /// <summary>Nix's <c>lookupFileArg</c>: <c>&lt;name&gt;</c> through the search path, otherwise a path relative to the working directory.</summary>
    internal static string LookupFileArg(EvalContext ctx, string arg, string cwd)
    {
        if (arg.Length > 2 && arg[0] == '<' && arg[^1] == '>')
        {
            var findFile = ctx.Builtins.Get("findFile")!;
            var nixPath = ctx.Globals.Builtins.Get("nixPath")!;
            var found = ctx.Call(ctx.Call(findFile, nixPath, default), NixString.Of(arg[1..^1]), default).Force(ctx);
            return ((NixPath)found).Path;
        }
        return CanonicalPath.Absolute(arg, cwd);
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
