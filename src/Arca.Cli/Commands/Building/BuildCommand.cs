namespace Arca.Cli.Commands.Building;

using Arca.Store.Local;

/// <summary>
/// <c>arca build [-f FILE | --expr EXPR] [ATTR…]</c>, in the manner of <c>nix build</c> without flakes: builds
/// the selected attributes (of <c>./default.nix</c> when neither <c>-f</c> nor <c>--expr</c> is given), makes
/// <c>result</c> links unless <c>--no-link</c>, and prints the output paths with <c>--print-out-paths</c>.
/// </summary>
internal static class BuildCommand
{
    public static int Run(string[] args) => NixStoreBuildCommand.Guard(() => Build(args));

    private static int Build(string[] args)
    {
        var session = new EvalSession();
        var options = new BuildOptions();
        var attrPaths = new List<string>();
        string? file = null, expr = null;
        bool noLink = false, printOutPaths = false;
        string outLink = "result";
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (options.TryParse(args, ref i)) continue;
            int used = session.TryParseCommon(args, i);
            if (used > 0) { i += used - 1; continue; }
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"flag '{a}' requires an argument");
            switch (a)
            {
                case "-f":
                case "--file":
                    file = Value();
                    break;
                case "--expr":
                    expr = Value();
                    break;
                case "-o":
                case "--out-link":
                    outLink = Value();
                    break;
                case "--no-link":
                    noLink = true;
                    break;
                case "--print-out-paths":
                    printOutPaths = true;
                    break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                        throw new UsageException($"unrecognised flag '{a}'\nTry 'arca build --help' for more information.");
                    attrPaths.Add(a.StartsWith(".#", StringComparison.Ordinal) ? a[2..] : a);
                    break;
            }
        }

        var inputs = new List<string> { expr ?? file ?? "./default.nix" };
        var buildables = NixBuildCommand.Resolve(session, inputs, expr is not null, attrPaths);
        if (buildables is null) return 1;
        var outPaths = NixBuildCommand.Realise(buildables, options, "arca log", out var links);
        if (outPaths is null) return 0;

        using var store = LocalStore.OpenFromEnvironment();
        if (!noLink)
            foreach (var (link, target) in links)
                GcRoots.AddPermanentRoot(store.Locations.StateDir, link == "" ? outLink : outLink + link, target);
        if (printOutPaths)
        {
            using var stdout = StoreCli.OpenStdout();
            foreach (var p in outPaths) stdout.WriteLine(p);
            stdout.Flush();
        }
        return 0;
    }
}
