namespace Arca.Cli.Commands.Building;

using Arca.Build.Goals;
using Arca.Build.Logs;
using Arca.Core;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// The building operations of <c>nix-store</c>: <c>--realise</c>/<c>-r</c> and <c>--read-log</c>/<c>-l</c>. Every
/// other operation goes on to <see cref="NixStoreCommand"/>.
/// </summary>
internal static class NixStoreBuildCommand
{
    public static int Run(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg is "--realise" or "-r") return Guard(() => Realise(args));
            if (arg is "--read-log" or "-l") return Guard(() => ReadLog(args, "nix-store"));
        }
        return NixStoreCommand.Run(args);
    }

    /// <summary>Reports a failed build with its exit status (100–111), any other user error with 1.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (BuildRunFailedException e)
        {
            ErrorOutput.Write(Indent(e.Message));
            return e.ExitStatus;
        }
        catch (BuildFailedException e)
        {
            ErrorOutput.Write(Indent(e.Message));
            return BuildFailedException.ExitStatus([e.Kind]);
        }
        catch (ArcaException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e)
        {
            throw new UsageException(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Nix indents the continuation lines of an error under the text after <c>error: </c>.</summary>
    public static string Indent(string message) => message.Replace("\n", "\n       ", StringComparison.Ordinal);

    private static int Realise(string[] args)
    {
        var options = new BuildOptions();
        var operands = new List<string>();
        string? addRoot = null;
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--realise" or "-r" or "--indirect" or "--ignore-unknown") continue;
            if (options.TryParse(args, ref i)) continue;
            if (arg == "--add-root")
            {
                addRoot = i + 1 < args.Length ? args[++i] : throw NixStoreCommand.Usage("flag '--add-root' requires an argument");
                continue;
            }
            if (arg.StartsWith('-') && arg.Length > 1) throw NixStoreCommand.Usage($"unknown flag '{arg}'");
            operands.Add(arg);
        }

        using var store = LocalStore.OpenFromEnvironment();
        var reporter = new TerminalBuildReporter(store.Print);
        var context = new BuildContext(store, options.Settings(), reporter) { LogCommand = "nix-store -l" };
        var scheduler = new Scheduler(context);

        var requests = new List<(StorePath Path, IReadOnlySet<string>? Outputs)>();
        foreach (var operand in operands)
        {
            int bang = operand.IndexOf('!');
            var pathText = bang < 0 ? operand : operand[..bang];
            var path = store.Directory.FollowLinksToStorePath(pathText);
            IReadOnlySet<string>? outputs = bang < 0 || operand[(bang + 1)..] == "*"
                ? null
                : operand[(bang + 1)..].Split(',').ToHashSet(StringComparer.Ordinal);
            if (!path.IsDerivation && !store.IsValidPath(path))
                throw new ArcaException($"path '{store.Print(path)}' does not exist and cannot be created");
            requests.Add((path, outputs));
        }

        var targets = requests.Where(r => r.Path.IsDerivation).Select(r => new Scheduler.Target(r.Path, r.Outputs)).ToList();
        using var interruption = new Interruption();
        try
        {
            scheduler.Realise(targets, options.Mode, options.DryRun, interruption.Token);
        }
        finally
        {
            reporter.Close();
        }
        if (options.DryRun) return 0;

        using var stdout = StoreCli.OpenStdout();
        int rootNumber = 0;
        bool warned = false;
        string Root(StorePath path, string? outputName)
        {
            if (addRoot is null)
            {
                // Nix warns once that an unrooted result may be collected.
                if (!warned) reporter.Message("warning: you did not specify '--add-root'; the result might be removed by the garbage collector");
                warned = true;
                return store.Print(path);
            }
            var name = addRoot;
            if (rootNumber > 1) name += "-" + rootNumber;
            if (outputName is not null && outputName != "out") name += "-" + outputName;
            return GcRoots.AddPermanentRoot(store.Locations.StateDir, name, store.Print(path));
        }

        foreach (var (path, outputs) in requests)
        {
            rootNumber++;
            if (!path.IsDerivation)
            {
                stdout.WriteLine(Root(path, null));
                continue;
            }
            // Nix prints each derivation's outputs as a sorted set of the printed paths.
            var printed = new SortedSet<string>(StringComparer.Ordinal);
            var drvOutputs = scheduler.Load(path).OutputPaths(store.Directory);
            foreach (var name in outputs ?? (IEnumerable<string>)drvOutputs.Keys)
            {
                if (!drvOutputs.TryGetValue(name, out var output) || output is null)
                    throw new ArcaException($"derivation '{store.Print(path)}' does not have an output named '{name}'");
                printed.Add(Root(output.Value, name));
            }
            foreach (var line in printed) stdout.WriteLine(line);
        }
        stdout.Flush();
        return 0;
    }

    /// <summary><c>nix-store -l</c> / <c>arca log</c>: the log of a derivation, or of the derivation that built a path.</summary>
    public static int ReadLog(string[] args, string program)
    {
        var operands = args.Where(a => a is not ("--read-log" or "-l")).ToList();
        foreach (var flag in operands.Where(a => a.StartsWith('-') && a.Length > 1))
            throw NixStoreCommand.Usage($"unknown flag '{flag}'");
        using var store = LocalStore.OpenFromEnvironment();
        var logs = new BuildLogStore(store.Locations.LogDir, compress: true);
        using var stdout = StoreCli.OpenStdoutBytes();
        foreach (var operand in operands)
        {
            var path = store.Directory.FollowLinksToStorePath(operand);
            byte[]? log = null;
            if (path.IsDerivation)
            {
                log = logs.Read(path.BaseName);
            }
            else
            {
                var derivers = new List<StorePath>();
                if (store.QueryPathInfo(path)?.Deriver is { } deriver) derivers.Add(deriver);
                derivers.AddRange(store.QueryValidDerivers(path));
                foreach (var d in derivers)
                    if ((log = logs.Read(d.BaseName)) is not null) break;
            }
            if (log is null) throw new ArcaException($"build log of '{store.Print(path)}' is not available");
            stdout.Write(log);
        }
        stdout.Flush();
        return 0;
    }
}
