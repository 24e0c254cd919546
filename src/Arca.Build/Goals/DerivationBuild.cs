namespace Arca.Build.Goals;

using System.Globalization;
using Arca.Build.Derivations;
using Arca.Build.Logs;
using Arca.Build.Sandbox;
using Arca.Build.Settings;
using Arca.Store.Derivations;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// Builds one derivation whose inputs are valid: locks its outputs (so concurrent processes build each path
/// once), runs the builder in the sandbox, and registers or rejects the outputs. The equivalent of Nix's
/// derivation building goal once its inputs are done.
/// </summary>
public sealed class DerivationBuild(BuildContext context)
{
    private SharedStore Store => context.Store;

    private BuildSettings Settings => context.Settings;

    /// <summary>Builds <paramref name="drv"/>; returns false when another process had already built it.</summary>
    public bool Run(StorePath drvPath, Derivation drv, Func<StorePath, Derivation> loadDerivation, BuildMode mode, CancellationToken cancel)
    {
        var drvText = Store.Print(drvPath);
        var outputPaths = new SortedDictionary<string, StorePath>(StringComparer.Ordinal);
        foreach (var (name, path) in drv.OutputPaths(Store.Directory))
            outputPaths[name] = path ?? throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                $"cannot build '{drvText}': content-addressed (floating or impure) outputs are not supported yet");

        if (drv.IsBuiltin)
            throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                $"cannot build '{drvText}': the built-in builder '{drv.Builder}' is not supported yet");
        if (drv.Platform != context.System)
            throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                $"a '{drv.Platform}' is required to build '{drvText}', but I am a '{context.System}'");

        var locks = new List<PathLock>();
        try
        {
            foreach (var path in outputPaths.Values.Order()) locks.Add(PathLock.Acquire(Store.RealPath(path)));

            var missing = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (name, path) in outputPaths)
                if (!Store.IsValidPath(path)) missing.Add(name);
            if (mode == BuildMode.Normal && missing.Count == 0) return false;
            if (mode == BuildMode.Check && missing.Count > 0)
                throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                    $"some outputs of '{drvText}' are not valid, so checking is not possible");
            var toProduce = mode == BuildMode.Normal ? missing : new SortedSet<string>(outputPaths.Keys, StringComparer.Ordinal);

            // Leftovers of an interrupted build at the paths we are about to produce.
            foreach (var name in missing)
            {
                var real = Store.RealPath(outputPaths[name]);
                if (OutputRegistrar.PathExists(real)) Canonicaliser.DeleteTree(real);
            }

            BuildLocked(drvPath, drvText, drv, loadDerivation, outputPaths, toProduce, mode, cancel);
            return true;
        }
        finally
        {
            foreach (var l in locks) l.Dispose();
        }
    }

    private void BuildLocked(StorePath drvPath, string drvText, Derivation drv, Func<StorePath, Derivation> loadDerivation,
        SortedDictionary<string, StorePath> outputPaths, SortedSet<string> toProduce, BuildMode mode, CancellationToken cancel)
    {
        var inputClosure = InputClosure(drv, loadDerivation);
        StructuredAttrs? structured = drv.Environment.TryGetValue(StructuredAttrs.EnvironmentName, out var json)
            ? StructuredAttrs.Parse(json) : null;
        var options = DerivationOptions.From(drv, structured, Store.Directory);
        var kind = drv.GetKind();

        bool sandboxed = Settings.Sandbox switch
        {
            SandboxMode.Enabled => options.NoChroot
                ? throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                    $"derivation '{drvText}' has '__noChroot' set, but that's not allowed when 'sandbox' is 'true'")
                : true,
            SandboxMode.Relaxed => !options.NoChroot,
            _ => false,
        };
        if (sandboxed) SandboxedRunner.EnsureAvailable(Settings);
        if (!sandboxed && mode != BuildMode.Normal)
            throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                $"cannot {(mode == BuildMode.Check ? "check" : "repair")} '{drvText}' without the sandbox: Arca rebuilds valid paths only inside the sandbox");
        IBuilderRunner runner = sandboxed ? new SandboxedRunner(Settings) : new UnsandboxedRunner();

        var buildDir = CreateBuildDirectory(drv.Name);
        var inside = runner.BuildDirectoryInside(buildDir);
        var outputStrings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in outputPaths) outputStrings[name] = Store.Print(path);
        var environment = BuilderEnvironment.Create(drv, options, structured, new BuilderEnvironment.Context(
            Store.Directory.Path, inside, Settings.EffectiveCores, outputStrings, context.HostEnvironment));
        foreach (var (fileName, bytes) in environment.Files) File.WriteAllBytes(Path.Combine(buildDir, fileName), bytes);

        // --check and --repair build beside the valid outputs, then compare or replace.
        Dictionary<string, string>? destinations = null;
        if (mode != BuildMode.Normal)
        {
            destinations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in toProduce)
                destinations[outputStrings[name]] = outputStrings[name] + (mode == BuildMode.Check ? ".check" : ".repair");
        }

        var invocation = new BuilderInvocation
        {
            Builder = drv.Builder,
            Arguments = environment.Arguments,
            Environment = environment.Variables,
            StoreDir = Store.Directory.Path,
            InputPaths = inputClosure.Concat(SandboxPathClosure(sandboxed)).Distinct().Select(Store.Print).ToList(),
            OutputPaths = outputStrings.Values.ToList(),
            OutputDestinations = destinations,
            BuildDirectory = buildDir,
            ChrootDirectory = Store.RealPath(drvPath) + ".chroot",
            AllowNetwork = !kind.IsSandboxed(),
            Timeout = Settings.Timeout,
            MaxSilentTime = Settings.MaxSilentTime,
        };

        context.Reporter.Started(drvPath);
        BuilderOutcome outcome;
        BuildLogSink sink;
        using (sink = new BuildLogSink(context.Logs.Create(drvPath.BaseName), chunk => context.Reporter.Output(drvPath, chunk)))
        {
            outcome = runner.Run(invocation, sink, cancel);
        }

        bool succeeded = false;
        try
        {
            if (!outcome.Succeeded) throw BuilderFailure(drvPath, drvText, outputPaths, outcome, sink);
            switch (mode)
            {
                case BuildMode.Normal:
                    new OutputRegistrar(Store).Register(new OutputRegistrar.Request(drvPath, drv, options, outputPaths, inputClosure, toProduce));
                    break;
                case BuildMode.Repair:
                    foreach (var name in toProduce)
                    {
                        var real = outputStrings[name];
                        var produced = destinations![real];
                        if (!OutputRegistrar.PathExists(produced)) continue;
                        if (OutputRegistrar.PathExists(real)) Canonicaliser.DeleteTree(real);
                        Directory.Move(produced, real);
                    }
                    new OutputRegistrar(Store).Register(new OutputRegistrar.Request(drvPath, drv, options, outputPaths, inputClosure, toProduce));
                    break;
                case BuildMode.Check:
                    CompareWithValid(drvText, outputStrings, outputPaths, destinations!, toProduce);
                    break;
            }
            succeeded = true;
        }
        catch
        {
            // Failed outputs never stay behind: an invalid path in the store is garbage.
            foreach (var name in toProduce)
            {
                var path = outputPaths[name];
                var real = destinations?.GetValueOrDefault(outputStrings[name]) ?? outputStrings[name];
                if (mode == BuildMode.Check && Settings.KeepFailed) continue;
                if (!Store.IsValidPath(path) || destinations is not null)
                    if (OutputRegistrar.PathExists(real)) Canonicaliser.DeleteTree(real);
            }
            throw;
        }
        finally
        {
            FinishBuildDirectory(buildDir, keep: !succeeded && Settings.KeepFailed);
            context.Reporter.Finished(drvPath, succeeded);
        }
    }

    private void CompareWithValid(string drvText, SortedDictionary<string, string> outputStrings,
        SortedDictionary<string, StorePath> outputPaths, Dictionary<string, string> destinations, SortedSet<string> toProduce)
    {
        foreach (var name in toProduce)
        {
            var real = outputStrings[name];
            var produced = destinations[real];
            if (!OutputRegistrar.PathExists(produced))
                throw new BuildFailedException(BuildFailureKind.OutputRejected,
                    $"builder for '{drvText}' failed to produce output path for output '{name}' at '{produced}'");
            Canonicaliser.Canonicalise(produced);
            var fresh = NarHashingScanner.Run(produced, null);
            var valid = Store.RequirePathInfo(outputPaths[name]);
            if (fresh.NarHash != valid.NarHash)
            {
                throw new BuildFailedException(BuildFailureKind.NotDeterministic, Settings.KeepFailed
                    ? $"derivation '{drvText}' may not be deterministic: output '{real}' differs from '{produced}'"
                    : $"derivation '{drvText}' may not be deterministic: output '{real}' differs");
            }
            Canonicaliser.DeleteTree(produced);
        }
    }

    private BuildFailedException BuilderFailure(StorePath drvPath, string drvText, SortedDictionary<string, StorePath> outputPaths,
        BuilderOutcome outcome, BuildLogSink sink)
    {
        if (outcome.End is BuilderEnd.TimedOut or BuilderEnd.Silent)
        {
            int seconds = outcome.End == BuilderEnd.TimedOut ? Settings.Timeout : Settings.MaxSilentTime;
            return new BuildFailedException(BuildFailureKind.TimedOut,
                $"building '{drvText}' timed out after {seconds.ToString(CultureInfo.InvariantCulture)} seconds" +
                (outcome.End == BuilderEnd.Silent ? " of silence" : ""));
        }
        if (outcome.End == BuilderEnd.Cancelled)
            return new BuildFailedException(BuildFailureKind.Miscellaneous, $"build of '{drvText}' was interrupted");

        var message = new System.Text.StringBuilder();
        message.Append("Cannot build '").Append(drvText).Append("'.\nReason: builder ");
        message.Append(outcome.End == BuilderEnd.Exited ? $"failed with exit code {outcome.ExitCode}" : "failed " + outcome.Describe());
        message.Append('.');
        message.Append("\nOutput paths:");
        foreach (var p in outputPaths.Values.Order()) message.Append("\n  ").Append(Store.Print(p));
        var tail = sink.Tail;
        if (tail.Count > 0)
        {
            message.Append(CultureInfo.InvariantCulture, $"\nLast {tail.Count} log lines:\n");
            foreach (var line in tail) message.Append("> ").Append(line).Append('\n');
            message.Append("For full logs, run:\n  ").Append(context.LogCommand).Append(' ').Append(drvText);
        }
        return new BuildFailedException(BuildFailureKind.Permanent, message.ToString());
    }

    /// <summary>Store paths named in <c>sandbox-paths</c> bring their closure into the sandbox, as in Nix.</summary>
    private IEnumerable<StorePath> SandboxPathClosure(bool sandboxed)
    {
        if (!sandboxed) return [];
        var roots = new List<StorePath>();
        foreach (var entry in Settings.SandboxPaths)
        {
            if (!Store.Directory.IsInStore(entry.Source)) continue;
            var (path, _) = Store.Directory.ToStorePath(entry.Source);
            if (Store.IsValidPath(path)) roots.Add(path);
        }
        return roots.Count == 0 ? [] : Store.ComputeClosure(roots);
    }

    private SortedSet<StorePath> InputClosure(Derivation drv, Func<StorePath, Derivation> loadDerivation)
    {
        var roots = new List<StorePath>(drv.InputSources);
        foreach (var (inputDrvPath, node) in drv.InputDerivations)
        {
            var inputDrv = loadDerivation(inputDrvPath);
            var paths = inputDrv.OutputPaths(Store.Directory);
            foreach (var outputName in node.Outputs)
            {
                if (!paths.TryGetValue(outputName, out var p) || p is null)
                    throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                        $"derivation '{Store.Print(inputDrvPath)}' does not have an output named '{outputName}' with a known path");
                roots.Add(p.Value);
            }
        }
        foreach (var root in roots)
            if (!Store.IsValidPath(root))
                throw new BuildFailedException(BuildFailureKind.Miscellaneous,
                    $"path '{Store.Print(root)}' is required to build, but is not valid");
        return Store.ComputeClosure(roots);
    }

    private string CreateBuildDirectory(string drvName)
    {
        // Latest Nix's default for build-dir: the state directory's builds/ (Nix 2.8 used $TMPDIR).
        var parent = Settings.BuildDir ?? Path.Combine(Store.Locations.StateDir, "builds");
        Directory.CreateDirectory(parent);
        // Nix's naming; the counter only makes a free name likely, mkdir's exclusivity makes it certain.
        for (int n = 0; ; n++)
        {
            var dir = Path.Combine(parent, $"nix-build-{drvName}.drv-{n}");
            if (Native.ExclusiveDirectory.TryCreate(dir)) return dir;
        }
    }

    private void FinishBuildDirectory(string dir, bool keep)
    {
        if (keep)
        {
            context.Reporter.Message($"note: keeping build directory '{dir}'");
            return;
        }
        try
        {
            Canonicaliser.DeleteTree(dir);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
