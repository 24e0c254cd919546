namespace Arca.Cli.Commands.Building;

using Arca.Build.Goals;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// <c>nix-build</c>: evaluates (default <c>./default.nix</c>), instantiates, builds what is missing, makes the
/// <c>result</c> links (<c>result-N</c> for later derivations, <c>-OUTPUT</c> for outputs other than <c>out</c>)
/// registered as GC roots, and prints the output paths. .drv paths given as arguments are built directly.
/// </summary>
internal static class NixBuildCommand
{
    public static int Run(string[] args) => NixStoreBuildCommand.Guard(() => Build(args));

    private static int Build(string[] args)
    {
        var session = new EvalSession();
        var options = new BuildOptions();
        var inputs = new List<string>();
        var attrPaths = new List<string>();
        bool fromExpressions = false, noOutLink = false;
        string outLink = "result";
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (options.TryParse(args, ref i)) continue;
            int used = session.TryParseCommon(args, i);
            if (used > 0) { i += used - 1; continue; }
            switch (a)
            {
                case "--help": return HelpCommand.Run([]);
                case "--version":
                    Console.Out.WriteLine($"nix-build (Nix) {VersionCommand.CompatibleNixVersion}");
                    return 0;
                case "-A":
                case "--attr":
                    attrPaths.Add(i + 1 < args.Length ? args[++i] : throw new UsageException($"flag '{a}' requires an argument"));
                    break;
                case "-E":
                case "--expr":
                    fromExpressions = true;
                    break;
                case "-o":
                case "--out-link":
                    outLink = i + 1 < args.Length ? args[++i] : throw new UsageException($"flag '{a}' requires an argument");
                    break;
                case "--no-out-link":
                    noOutLink = true;
                    break;
                case "--add-root":
                case "--indirect":
                    break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                        throw new UsageException($"unrecognised flag '{a}'\nTry 'nix-build --help' for more information.");
                    inputs.Add(a);
                    break;
            }
        }
        if (inputs.Count == 0 && !fromExpressions) inputs.Add("./default.nix");

        var buildables = Resolve(session, inputs, fromExpressions, attrPaths);
        if (buildables is null) return 1;
        var outPaths = Realise(buildables, options, "nix-store -l", out var links);
        if (outPaths is null) return 0;

        using var store = LocalStore.OpenFromEnvironment();
        if (!noOutLink)
            foreach (var (link, target) in links)
                GcRoots.AddPermanentRoot(store.Locations.StateDir, link == "" ? outLink : outLink + link, target);
        using var stdout = StoreCli.OpenStdout();
        foreach (var p in outPaths) stdout.WriteLine(p);
        stdout.Flush();
        return 0;
    }

    /// <summary>.drv store paths are taken as they are; anything else is evaluated and instantiated.</summary>
    internal static List<BuildableInstantiation.Buildable>? Resolve(EvalSession session, List<string> inputs, bool fromExpressions,
        List<string> attrPaths)
    {
        var storeDir = Arca.Store.StoreLocations.FromEnvironment().StoreDir;
        var direct = new List<BuildableInstantiation.Buildable>();
        var toEvaluate = new List<string>();
        foreach (var input in inputs)
        {
            var full = fromExpressions ? input : Path.GetFullPath(input);
            if (!fromExpressions && full.EndsWith(".drv", StringComparison.Ordinal) && full.StartsWith(storeDir + "/", StringComparison.Ordinal))
                direct.Add(new BuildableInstantiation.Buildable(full, "*"));
            else toEvaluate.Add(input);
        }
        if (toEvaluate.Count == 0) return direct;
        var evaluated = BuildableInstantiation.Instantiate(session, toEvaluate, fromExpressions, attrPaths);
        if (evaluated is null) return null;
        direct.AddRange(evaluated);
        return direct;
    }

    /// <summary>
    /// Builds the buildables; returns the output paths in Nix's order (by .drv path) and the result links to make
    /// (suffix → target), or null after a dry run.
    /// </summary>
    internal static List<string>? Realise(List<BuildableInstantiation.Buildable> buildables, BuildOptions options, string logCommand,
        out Dictionary<string, string> links)
    {
        links = new Dictionary<string, string>(StringComparer.Ordinal);
        using var store = LocalStore.OpenFromEnvironment();
        var reporter = new TerminalBuildReporter(store.Print);
        var context = new BuildContext(store, options.Settings(), reporter) { LogCommand = logCommand };
        var scheduler = new Scheduler(context);

        // Nix's drvMap: one entry per .drv (numbered in order of appearance) with the outputs wanted from it.
        var order = new Dictionary<StorePath, int>();
        var wanted = new Dictionary<StorePath, SortedSet<string>>();
        foreach (var b in buildables)
        {
            var drvPath = store.Directory.ParsePath(b.DrvPath);
            if (!order.ContainsKey(drvPath)) order[drvPath] = order.Count;
            if (!wanted.TryGetValue(drvPath, out var set)) wanted[drvPath] = set = new SortedSet<string>(StringComparer.Ordinal);
            if (b.OutputName == "*") set.UnionWith(scheduler.Load(drvPath).Outputs.Keys);
            else set.Add(b.OutputName);
        }
        var targets = wanted.Select(w => new Scheduler.Target(w.Key, w.Value)).ToList();
        using var interruption = new Interruption();
        try
        {
            scheduler.Realise(targets, options.Mode, options.DryRun, interruption.Token);
        }
        finally
        {
            reporter.Close();
        }
        if (options.DryRun) return null;

        // In the order the derivations were found (Nix's pathsToBuildOrdered); the second .drv links as result-2.
        var outPaths = new List<string>();
        foreach (var b in buildables)
        {
            var drvPath = store.Directory.ParsePath(b.DrvPath);
            var outputs = scheduler.Load(drvPath).OutputPaths(store.Directory);
            var names = b.OutputName == "*" ? outputs.Keys.ToList() : [b.OutputName];
            foreach (var name in names)
            {
                var output = outputs.GetValueOrDefault(name) ?? throw new Arca.Core.ArcaException(
                    $"derivation '{store.Print(drvPath)}' does not have an output named '{name}'");
                var suffix = (order[drvPath] > 0 ? "-" + (order[drvPath] + 1) : "") + (name != "out" ? "-" + name : "");
                links[suffix] = store.Print(output);
                outPaths.Add(store.Print(output));
            }
        }
        return outPaths;
    }
}
