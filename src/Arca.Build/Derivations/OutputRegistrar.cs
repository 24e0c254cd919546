namespace Arca.Build.Derivations;

using Arca.Build.Goals;
using Arca.Core.Hashing;
using Arca.Store.Derivations;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// What happens to a builder's outputs once it succeeded (Nix's <c>registerOutputs</c> and <c>checkOutputs</c>):
/// each output must exist and not be group/world-writable; it is canonicalised (read-only, mtime 1, no
/// setuid/setgid), its NAR hashed and scanned for references to the input closure and the outputs, a
/// fixed output's content hash verified (a wrong one is still registered under its true path, so a corrected
/// hash does not need the download again), the output checks applied, and all outputs registered in one
/// transaction.
/// </summary>
public sealed class OutputRegistrar(Goals.SharedStore store)
{
    public sealed record Request(
        StorePath DrvPath,
        Derivation Drv,
        DerivationOptions Options,
        IReadOnlyDictionary<string, StorePath> OutputPaths,
        IReadOnlySet<StorePath> InputClosure,
        IReadOnlySet<string> OutputsToRegister);

    public Dictionary<string, ValidPathInfo> Register(Request request)
    {
        var drvText = store.Print(request.DrvPath);
        var candidates = new HashSet<StorePath>(request.InputClosure);
        foreach (var p in request.OutputPaths.Values) candidates.Add(p);

        var infos = new Dictionary<string, ValidPathInfo>(StringComparer.Ordinal);
        var pathToOutput = new Dictionary<StorePath, string>();
        foreach (var (name, path) in request.OutputPaths) pathToOutput[path] = name;
        var otherOutputs = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (var name in request.OutputsToRegister.Order(StringComparer.Ordinal))
        {
            var expected = request.OutputPaths[name];
            var real = store.RealPath(expected);
            if (!PathExists(real))
                throw new BuildFailedException(BuildFailureKind.OutputRejected,
                    $"builder for '{drvText}' failed to produce output path for output '{name}' at '{real}'");
            var info = new FileInfo(real);
            if (info.LinkTarget is null)
            {
                var mode = File.GetUnixFileMode(real);
                if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                    throw new BuildFailedException(BuildFailureKind.OutputRejected,
                        $"suspicious ownership or permission on '{real}' for output '{name}'; rejecting this build output");
            }
            Canonicaliser.Canonicalise(real);

            var output = request.Drv.Outputs[name];
            bool discard = request.Options.UnsafeDiscardReferences.GetValueOrDefault(name);
            if (output is DerivationOutput.ContentAddressedFixed fixedOutput)
            {
                var registered = RegisterFixedOutput(request, drvText, name, expected, real, fixedOutput, candidates, discard);
                infos[name] = registered;
                otherOutputs[name] = [];
                continue;
            }

            var scan = NarHashingScanner.Run(real, discard ? null : candidates);
            infos[name] = new ValidPathInfo
            {
                Path = expected,
                NarHash = scan.NarHash,
                NarSize = scan.NarSize,
                References = new SortedSet<StorePath>(scan.References),
                Deriver = request.DrvPath,
                Ultimate = true,
                RegistrationTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
            var others = new List<string>();
            foreach (var r in scan.References)
                if (pathToOutput.TryGetValue(r, out var o) && o != name) others.Add(o);
            otherOutputs[name] = others;
        }

        CheckNoCycles(drvText, otherOutputs);
        CheckOutputs(drvText, request, infos);
        store.RegisterValidPaths(infos.Values.ToList());
        return infos;
    }

    private ValidPathInfo RegisterFixedOutput(Request request, string drvText, string name, StorePath expected, string real,
        DerivationOutput.ContentAddressedFixed fixedOutput, HashSet<StorePath> candidates, bool discard)
    {
        var wanted = fixedOutput.Address;
        Hash got;
        NarHashingScanner.Result scan;
        if (wanted.Method == ContentAddressMethod.NixArchive)
        {
            scan = NarHashingScanner.Run(real, discard ? null : candidates,
                wanted.Hash.Algorithm == HashAlgorithm.Sha256 ? null : wanted.Hash.Algorithm);
            got = scan.OtherHash ?? scan.NarHash;
        }
        else
        {
            var attributes = File.GetAttributes(real);
            bool regular = (attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) == 0;
            if (!regular || (File.GetUnixFileMode(real) & UnixFileMode.UserExecute) != 0)
                throw new BuildFailedException(BuildFailureKind.OutputRejected,
                    $"output path '{real}' should be a non-executable regular file since recursive hashing is not enabled (one of outputHashMode={{flat,text}} is true)");
            scan = NarHashingScanner.Run(real, discard ? null : candidates);
            using var stream = File.OpenRead(real);
            got = Hash.Compute(wanted.Hash.Algorithm, stream);
        }

        var references = new SortedSet<StorePath>(scan.References);
        bool self = references.Remove(expected);
        var actualCa = new ContentAddress(wanted.Method, got);
        var actualPath = store.Directory.MakeFixedOutputPath(DerivationOutput.OutputPathName(request.Drv.Name, name), actualCa, references, self);
        var info = new ValidPathInfo
        {
            Path = actualPath,
            NarHash = scan.NarHash,
            NarSize = scan.NarSize,
            References = self ? new SortedSet<StorePath>(references) { actualPath } : references,
            Deriver = request.DrvPath,
            Ultimate = true,
            ContentAddress = actualCa,
            RegistrationTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };

        if (actualPath != expected)
        {
            // Keep what was fetched under its true name, so fixing the declared hash does not fetch again.
            var destination = store.RealPath(actualPath);
            using (PathLock.Acquire(destination))
            {
                if (store.IsValidPath(actualPath))
                {
                    Canonicaliser.DeleteTree(real);
                }
                else
                {
                    if (PathExists(destination)) Canonicaliser.DeleteTree(destination);
                    Directory.Move(real, destination);
                    store.RegisterValidPaths([info]);
                }
            }
        }

        if (wanted.Hash != got)
            throw new BuildFailedException(BuildFailureKind.HashMismatch,
                $"hash mismatch in fixed-output derivation '{drvText}':\n  specified: {wanted.Hash.ToSri()}\n     got:    {got.ToSri()}");
        if (info.References.Count > 0)
            throw new BuildFailedException(BuildFailureKind.HashMismatch,
                $"fixed-output derivations must not reference store paths: '{drvText}' references {info.References.Count} distinct paths, e.g. '{store.Print(info.References.Min())}'");
        return info;
    }

    private static void CheckNoCycles(string drvText, Dictionary<string, List<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        void Visit(string node, string? parent)
        {
            if (state.TryGetValue(node, out var s))
            {
                if (s == 1)
                    throw new BuildFailedException(BuildFailureKind.OutputRejected,
                        $"cycle detected in build of '{drvText}' in the references of output '{node}' from output '{parent}'");
                return;
            }
            state[node] = 1;
            foreach (var next in edges.GetValueOrDefault(node) ?? []) Visit(next, node);
            state[node] = 2;
        }
        foreach (var node in edges.Keys.Order(StringComparer.Ordinal)) Visit(node, null);
    }

    private void CheckOutputs(string drvText, Request request, Dictionary<string, ValidPathInfo> infos)
    {
        var byPath = new Dictionary<StorePath, ValidPathInfo>();
        foreach (var info in infos.Values) byPath[info.Path] = info;

        (HashSet<StorePath> Paths, long Size) Closure(StorePath start)
        {
            var done = new HashSet<StorePath>();
            long size = 0;
            var queue = new Queue<StorePath>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var p = queue.Dequeue();
                if (!done.Add(p)) continue;
                var info = byPath.GetValueOrDefault(p) ?? store.RequirePathInfo(p);
                size += info.NarSize;
                foreach (var r in info.References) queue.Enqueue(r);
            }
            return (done, size);
        }

        foreach (var (outputName, info) in infos.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var checks = request.Options.ChecksFor(outputName);
            if (checks is null) continue;
            var pathText = store.Print(info.Path);
            if (checks.MaxSize is { } maxSize && info.NarSize > maxSize)
                throw new BuildFailedException(BuildFailureKind.OutputRejected,
                    $"path '{pathText}' is too large at {info.NarSize} bytes; limit is {maxSize} bytes");
            if (checks.MaxClosureSize is { } maxClosure)
            {
                var size = Closure(info.Path).Size;
                if (size > maxClosure)
                    throw new BuildFailedException(BuildFailureKind.OutputRejected,
                        $"closure of path '{pathText}' is too large at {size} bytes; limit is {maxClosure} bytes");
            }

            void CheckRefs(IReadOnlyList<ReferenceSpec> specs, bool allowed, bool recursive)
            {
                var spec = new HashSet<StorePath>();
                foreach (var s in specs)
                {
                    if (s.Path is { } p) spec.Add(p);
                    else if (infos.TryGetValue(s.OutputName!, out var o)) spec.Add(o.Path);
                    else if (request.OutputPaths.TryGetValue(s.OutputName!, out var op)) spec.Add(op);
                    else
                        throw new BuildFailedException(BuildFailureKind.OutputRejected,
                            $"derivation '{drvText}' output check for '{outputName}' contains output name '{s.OutputName}', but this is not a valid output of this derivation. (Valid outputs are [{string.Join(", ", infos.Keys.Order(StringComparer.Ordinal))}].)");
                }
                var used = recursive ? Closure(info.Path).Paths : new HashSet<StorePath>(info.References);
                if (recursive && checks.IgnoreSelfReferences) used.Remove(info.Path);
                var bad = new SortedSet<StorePath>();
                foreach (var u in used)
                    if (allowed ? !spec.Contains(u) : spec.Contains(u)) bad.Add(u);
                if (bad.Count > 0)
                    throw new BuildFailedException(BuildFailureKind.OutputRejected,
                        $"output '{pathText}' is not allowed to refer to the following paths:" +
                        string.Concat(bad.Select(b => "\n  " + store.Print(b))));
            }

            if (checks.AllowedReferences is { } ar) CheckRefs(ar, true, false);
            if (checks.AllowedRequisites is { } aq) CheckRefs(aq, true, true);
            if (checks.DisallowedReferences.Count > 0) CheckRefs(checks.DisallowedReferences, false, false);
            if (checks.DisallowedRequisites.Count > 0) CheckRefs(checks.DisallowedRequisites, false, true);
        }
    }

    internal static bool PathExists(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
