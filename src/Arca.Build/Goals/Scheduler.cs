namespace Arca.Build.Goals;

using Arca.Core;
using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// Realises derivations: finds, over the derivation graph, what is missing (a derivation needs building when an
/// output that is wanted is not valid), then builds it in dependency order with up to <c>max-jobs</c> builds at
/// once. A failure stops the run (running builds are killed) unless <c>keep-going</c> is set, in which case only
/// what depends on the failure is abandoned. Per-path locks in <see cref="DerivationBuild"/> make concurrent
/// processes build each path once.
/// </summary>
public sealed class Scheduler(BuildContext context)
{
    private readonly Dictionary<StorePath, Derivation> _derivations = new();
    private readonly object _derivationsGate = new();

    /// <summary>A derivation to realise and which outputs are wanted (null: all of them).</summary>
    public sealed record Target(StorePath DrvPath, IReadOnlySet<string>? Outputs = null);

    /// <summary>The derivations that need building, dependencies first (the order Nix prints them in).</summary>
    public IReadOnlyList<StorePath> Plan(IReadOnlyList<Target> targets, BuildMode mode) =>
        Order(BuildGraph(targets, mode).Keys);

    public Derivation Load(StorePath drvPath)
    {
        lock (_derivationsGate)
        {
            if (_derivations.TryGetValue(drvPath, out var cached)) return cached;
            if (!context.Store.IsValidPath(drvPath))
                throw new ArcaException($"path '{context.Store.Print(drvPath)}' is not valid");
            var drv = ATermParser.ParseFile(context.Store.RealPath(drvPath), context.Store.Directory);
            _derivations[drvPath] = drv;
            return drv;
        }
    }

    /// <summary>Builds what the targets need; throws Nix's error (with its exit status) when something failed.</summary>
    public void Realise(IReadOnlyList<Target> targets, BuildMode mode, bool dryRun = false, CancellationToken interrupt = default)
    {
        var graph = BuildGraph(targets, mode);
        var order = Order(graph.Keys);
        context.Reporter.Planned(order);
        if (dryRun || order.Count == 0) return;
        if (context.Settings.MaxJobs == 0)
            throw new BuildRunFailedException(
                $"unable to start any build; either increase '--max-jobs' or enable remote builds.\nhttps://nixos.org/manual/nix/stable/advanced-topics/distributed-builds.html", 1);

        var failures = Execute(graph, mode, interrupt);
        if (interrupt.IsCancellationRequested) throw new BuildRunFailedException("interrupted by the user", 1);
        if (failures.Count == 0) return;

        var real = failures.Values.Where(f => f.Kind != BuildFailureKind.DependencyFailed).ToList();
        var failedTargets = targets.Select(t => t.DrvPath).Distinct().Where(failures.ContainsKey).ToList();
        if (failedTargets.Count == 0) failedTargets = failures.Keys.ToList();
        int exitStatus = BuildFailedException.ExitStatus(real.Select(f => f.Kind));
        string Indented(string m) => m.Replace("\n", "\n       ", StringComparison.Ordinal);

        // Failed builds below the targets are reported as they are; then the targets' own errors.
        foreach (var (drv, failure) in failures)
            if (failure.Kind != BuildFailureKind.DependencyFailed && !failedTargets.Contains(drv))
                context.Reporter.Message("error: " + Indented(failure.Message));
        if (failedTargets.Count == 1) throw new BuildRunFailedException(failures[failedTargets[0]].Message, exitStatus);
        foreach (var drv in failedTargets) context.Reporter.Message("error: " + Indented(failures[drv].Message));
        throw new BuildRunFailedException(
            "build of " + string.Join(", ", failedTargets.Select(p => $"'{context.Store.Print(p)}^{OutputsText(targets, p)}'")) + " failed",
            exitStatus);
    }

    private static string OutputsText(IReadOnlyList<Target> targets, StorePath drv)
    {
        var t = targets.FirstOrDefault(x => x.DrvPath == drv);
        return t?.Outputs is null ? "*" : string.Join(',', t.Outputs.Order(StringComparer.Ordinal));
    }

    private sealed class Node(StorePath drvPath, Derivation drv)
    {
        public StorePath DrvPath { get; } = drvPath;
        public Derivation Drv { get; } = drv;
        public HashSet<StorePath> Dependencies { get; } = [];
        public List<Node> Dependents { get; } = [];
        public BuildMode Mode { get; set; } = BuildMode.Normal;
        public int Waiting;
    }

    /// <summary>The derivations to build, each with the ones among them it needs first.</summary>
    private Dictionary<StorePath, Node> BuildGraph(IReadOnlyList<Target> targets, BuildMode mode)
    {
        var nodes = new Dictionary<StorePath, Node>();
        var visiting = new HashSet<StorePath>();

        bool NeedsBuild(StorePath drvPath, IEnumerable<string>? outputs, bool isTarget)
        {
            if (isTarget && mode != BuildMode.Normal) return true;
            var drv = Load(drvPath);
            var paths = drv.OutputPaths(context.Store.Directory);
            foreach (var (name, path) in paths)
            {
                if (outputs is not null && !outputs.Contains(name)) continue;
                if (path is null || !context.Store.IsValidPath(path.Value)) return true;
            }
            return false;
        }

        Node? Visit(StorePath drvPath, IEnumerable<string>? outputs, bool isTarget)
        {
            if (nodes.TryGetValue(drvPath, out var existing)) return existing;
            if (!NeedsBuild(drvPath, outputs, isTarget)) return null;
            if (!visiting.Add(drvPath)) throw new ArcaException($"cycle in the inputs of '{context.Store.Print(drvPath)}'");
            var node = new Node(drvPath, Load(drvPath)) { Mode = isTarget ? mode : BuildMode.Normal };
            foreach (var (inputPath, inputNode) in node.Drv.InputDerivations)
            {
                var dependency = Visit(inputPath, inputNode.Outputs, false);
                if (dependency is not null && node.Dependencies.Add(dependency.DrvPath)) dependency.Dependents.Add(node);
            }
            foreach (var source in node.Drv.InputSources)
                if (!context.Store.IsValidPath(source))
                    throw new ArcaException($"path '{context.Store.Print(source)}' is required by '{context.Store.Print(drvPath)}', but it is not valid and cannot be substituted");
            visiting.Remove(drvPath);
            nodes[drvPath] = node;
            return node;
        }

        foreach (var target in targets) Visit(target.DrvPath, target.Outputs, true);
        return nodes;
    }

    private List<StorePath> Order(IEnumerable<StorePath> paths)
    {
        var set = new HashSet<StorePath>(paths);
        if (set.Count == 0) return [];
        var sorted = context.Store.TopoSort(set);
        sorted.Reverse();
        return sorted;
    }

    private Dictionary<StorePath, BuildFailedException> Execute(Dictionary<StorePath, Node> graph, BuildMode mode, CancellationToken interrupt)
    {
        var failures = new Dictionary<StorePath, BuildFailedException>();
        var ready = new List<Node>();
        foreach (var node in graph.Values)
        {
            node.Waiting = node.Dependencies.Count;
            if (node.Waiting == 0) ready.Add(node);
        }
        var completions = new System.Collections.Concurrent.BlockingCollection<(Node Node, Exception? Error)>();
        // An interrupt (SIGINT/SIGTERM in the CLI) kills every running builder, as does a failure without keep-going.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        int running = 0;
        bool stopping = false;
        int maxJobs = context.Settings.MaxJobs;
        var build = new DerivationBuild(context);

        void Fail(Node node, BuildFailedException error)
        {
            failures[node.DrvPath] = error;
            // Everything that needs the failed derivation is abandoned, with Nix's message.
            foreach (var dependent in node.Dependents)
            {
                if (failures.ContainsKey(dependent.DrvPath)) continue;
                int failed = dependent.Dependencies.Count(d => failures.ContainsKey(d));
                var outputs = dependent.Drv.OutputPaths(context.Store.Directory).Values.Where(p => p is not null).Select(p => p!.Value).Order();
                Fail(dependent, new BuildFailedException(BuildFailureKind.DependencyFailed,
                    $"Cannot build '{context.Store.Print(dependent.DrvPath)}'.\nReason: {failed} {(failed == 1 ? "dependency" : "dependencies")} failed.\nOutput paths:" +
                    string.Concat(outputs.Select(o => "\n  " + context.Store.Print(o)))));
            }
        }

        while (true)
        {
            if (interrupt.IsCancellationRequested) stopping = true;
            if (!stopping)
            {
                // Nix orders goals by a key of the derivation's name, then its path.
                ready.Sort((a, b) =>
                {
                    int byName = string.CompareOrdinal(a.DrvPath.Name, b.DrvPath.Name);
                    return byName != 0 ? byName : a.DrvPath.CompareTo(b.DrvPath);
                });
                while (ready.Count > 0 && running < maxJobs)
                {
                    var node = ready[0];
                    ready.RemoveAt(0);
                    running++;
                    var thread = new Thread(() =>
                    {
                        try
                        {
                            build.Run(node.DrvPath, node.Drv, Load, node.Mode, cancel.Token);
                            completions.Add((node, null));
                        }
                        catch (Exception e)
                        {
                            completions.Add((node, e));
                        }
                    })
                    { IsBackground = true, Name = "build " + node.DrvPath.Name };
                    thread.Start();
                }
            }
            if (running == 0) break;

            var (done, error) = completions.Take();
            running--;
            if (error is null)
            {
                foreach (var dependent in done.Dependents)
                    if (--dependent.Waiting == 0 && !failures.ContainsKey(dependent.DrvPath)) ready.Add(dependent);
                continue;
            }

            var failure = error as BuildFailedException
                ?? new BuildFailedException(BuildFailureKind.Miscellaneous, error is ArcaException or IOException or UnauthorizedAccessException
                    ? error.Message
                    : $"internal error while building '{context.Store.Print(done.DrvPath)}': {error.GetType().Name}: {error.Message}");
            Fail(done, failure);
            if (!context.Settings.KeepGoing && !stopping)
            {
                stopping = true;
                cancel.Cancel();
            }
        }

        if (stopping)
        {
            // Builds killed because another failed are not failures of their own.
            foreach (var key in failures.Where(f => f.Value.Kind == BuildFailureKind.Miscellaneous && f.Value.Message.EndsWith("was interrupted", StringComparison.Ordinal)).Select(f => f.Key).ToList())
                failures.Remove(key);
        }
        return failures;
    }
}
