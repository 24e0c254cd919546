namespace Arca.Glue;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Glue.Builtins;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store;
using Arca.Store.Derivations;
using Arca.Store.Local;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>
/// Where evaluation meets the store (one per evaluation): copies source paths into the store when they are
/// interpolated, provides the store builtins (<c>derivationStrict</c>, <c>derivation</c>, <c>toFile</c>, …), writes
/// .drv files, and answers the questions the evaluator asks of the store. In read-only mode (Nix's
/// <c>readOnlyMode</c>, as for <c>nix-instantiate --eval</c>) paths are computed but nothing is written, and the
/// store is not even opened unless it already exists.
/// </summary>
public sealed class StoreBridge : IStoreBridge, IDisposable, IDerivationResolver
{
    private readonly StoreLocations locations;
    private LocalStore? store;
    private bool storeOpenAttempted;

    /// <summary>Source path (byte string) → its store path (printed, byte string): each path is copied once per evaluation.</summary>
    private readonly Dictionary<string, string> copiedSources = new(StringComparer.Ordinal);

    /// <summary>
    /// Every derivation written (or, read-only, computed) in this evaluation, so none is looked up in the database
    /// again. Read-only, nothing is on disk, so the ATerm is kept to be parsed again (deep contexts) — as bytes: one
    /// array per derivation is far cheaper for the garbage collector than a <see cref="Derivation"/> object. Otherwise
    /// the value is null and the .drv is read back from the store in the rare case it is needed, rather than keeping
    /// a copy of every .drv in memory.
    /// </summary>
    // The maps below are made on first use: a dictionary keyed by a struct is compiled at run time, and most
    // evaluations (`--eval -E '1+1'`) never write a derivation; start-up should not pay for it.
    private Dictionary<StorePath, byte[]?>? instantiatedMap;
    private Dictionary<StorePath, byte[]?> Instantiated => instantiatedMap ??= [];

    /// <summary>
    /// String-context elements (byte strings) already decoded: the same output contexts reach every derivation
    /// depending on a package, and decoding cuts a new base name string out of the element each time.
    /// </summary>
    private Dictionary<string, ContextElement>? contextElementMap;
    private Dictionary<string, ContextElement> ContextElements => contextElementMap ??= new(StringComparer.Ordinal);

    /// <summary>The ATerm of the derivation being written, one buffer reused for every <c>derivationStrict</c>.</summary>
    private readonly ATermBuffer drvText = new();

    public StoreBridge(StoreLocations locations, bool readOnly)
    {
        this.locations = locations;
        ReadOnly = readOnly;
        Directory = new StoreDirectory(locations.StoreDir);
        Hasher = new DerivationHasher(Directory, this);
    }

    public StoreDirectory Directory { get; }

    /// <summary>Compute store paths without writing anything (Nix's <c>readOnlyMode</c>).</summary>
    public bool ReadOnly { get; }

    /// <summary>
    /// Builds one output of a derivation while evaluating (import from derivation). The build layer is above this
    /// one, so the command line fills this in; without it, reading a path that still has to be built is an error.
    /// </summary>
    public Action<StorePath, string>? BuildDuringEvaluation { get; set; }

    /// <summary>Hash modulo of derivations, memoised for this evaluation.</summary>
    public DerivationHasher Hasher { get; }

    /// <summary>The store directory as the evaluator sees it (byte-string convention).</summary>
    public string StoreDirText => ByteString.FromText(Directory.Path);

    /// <summary>The store, opened on first use (creating it as Nix does); only for writing or reading paths.</summary>
    public LocalStore Store => store ??= LocalStore.Open(locations);

    /// <summary>The store if it exists or may be created; null when read-only and there is none yet.</summary>
    public LocalStore? ExistingStore
    {
        get
        {
            if (store is not null) return store;
            if (storeOpenAttempted) return null;
            storeOpenAttempted = true;
            if (ReadOnly && !File.Exists(Path.Combine(locations.DatabaseDir, "db.sqlite"))) return null;
            return store = LocalStore.Open(locations);
        }
    }

    public void RegisterBuiltins(BuiltinTable table)
    {
        DerivationBuiltins.Register(table, this);
        StoreBuiltins.Register(table, this);
        FetchBuiltins.Register(table, this);
        FetchGitBuiltin.Register(table, this);
        FetchTreeBuiltin.Register(table, this);
    }

    /// <summary>
    /// Nix's <c>copyPathToStore</c>: a path interpolated into a string becomes a store path (the NAR of the file or
    /// directory, SHA-256, named after its last component), copied once per evaluation.
    /// </summary>
    public string CopyPathToStore(EvalContext ctx, string path, Pos pos)
    {
        if (path.EndsWith(DerivationStorePath.Extension, StringComparison.Ordinal))
            throw new EvalError($"file names are not allowed to end in '{DerivationStorePath.Extension}'", pos);
        if (copiedSources.TryGetValue(path, out var known)) return known;
        var name = BaseName(path);
        var storePath = AddSourcePath(ResolveAncestorSymlinks(ByteString.ToText(path)), name, ContentAddressMethod.NixArchive,
            HashAlgorithm.Sha256, filter: null, pos);
        var printed = ByteString.FromText(Directory.Print(storePath));
        copiedSources[path] = printed;
        return printed;
    }

    /// <summary>
    /// Adds a file system object to the store (or, read-only, computes where it would go), optionally through a
    /// filter; the name is a byte string and must be a valid store path name. Fetched things are added even in
    /// read-only mode (<paramref name="evenReadOnly"/>), as Nix does: they must exist to be imported.
    /// </summary>
    internal StorePath AddSourcePath(string realPath, string name, ContentAddressMethod method, HashAlgorithm algorithm,
        Func<string, FileKind, bool>? filter, Pos pos, bool evenReadOnly = false)
    {
        try
        {
            if (!Path.Exists(realPath) && new FileInfo(realPath).LinkTarget is null)
                throw new EvalError($"getting status of '{ByteString.FromText(realPath)}': No such file or directory", pos);
            CheckName(name, pos);
            string? filtered = filter is null ? null : SourceTree.FilteredCopy(realPath, filter);
            try
            {
                var source = filtered ?? realPath;
                if (!ReadOnly || evenReadOnly) return Store.AddPath(source, ByteString.ToText(name), method, algorithm);
                return Directory.MakeFixedOutputPath(name, SourceTree.ContentAddress(source, method, algorithm));
            }
            finally
            {
                if (filtered is not null) SourceTree.Delete(filtered);
            }
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message, pos);
        }
    }

    /// <summary>Adds a text file (<c>toFile</c>, .drv files) with its references, or computes its path read-only.</summary>
    internal StorePath AddText(string name, byte[] contents, IReadOnlyCollection<StorePath> references)
    {
        if (ReadOnly) return Directory.MakeTextPath(name, contents, references);
        return Store.AddText(name, contents, references);
    }

    /// <summary>
    /// Writes a derivation into the store as <c>NAME.drv</c> (Nix's <c>writeDerivation</c>) and records its outputs in
    /// the database, as Nix does when it registers a .drv; read-only, only computes the path.
    /// </summary>
    internal StorePath WriteDerivation(Derivation drv)
    {
        var drvPath = DerivationStorePath.ComputePath(drv, Directory, drvText);
        if (ReadOnly)
        {
            if (!Instantiated.ContainsKey(drvPath)) Instantiated.Add(drvPath, drvText.ToArray());
            return drvPath;
        }
        if (!Instantiated.ContainsKey(drvPath))
        {
            var local = Store;
            if (!local.IsValidPath(drvPath))
            {
                var outputPaths = new List<(string Name, StorePath Path)>(drv.Outputs.Count);
                for (int i = 0; i < drv.Outputs.Count; i++)
                    if (drv.Outputs.GetValueAtIndex(i).GetPath(Directory, drv.Name, drv.Outputs.GetKeyAtIndex(i)) is { } outPath)
                        outputPaths.Add((drv.Outputs.GetKeyAtIndex(i), outPath));
                var path = local.AddText(drv.Name + DerivationStorePath.Extension, drvText.Span, DerivationStorePath.SortedReferences(drv), outputPaths);
                if (path != drvPath) throw new InvalidOperationException("the store put a derivation at an unexpected path");
            }
            Instantiated.Add(drvPath, null);
        }
        return drvPath;
    }

    /// <summary>Decodes a string-context element (a byte string), once per distinct element in this evaluation.</summary>
    internal ContextElement ParseContextElement(string element)
    {
        if (ContextElements.TryGetValue(element, out var known)) return known;
        var parsed = ContextElement.Parse(Directory, ByteString.ToText(element));
        ContextElements.Add(element, parsed);
        return parsed;
    }

    /// <summary>
    /// Records what an output context element made by <c>derivationStrict</c> says, so that derivations using the
    /// output find it decoded instead of cutting the path out of the element again.
    /// </summary>
    internal void RememberOutputContextElement(string element, StorePath drvPath, string outputName) =>
        ContextElements.TryAdd(element, new ContextElement(ContextKind.Built, drvPath, outputName));

    /// <summary>A derivation of this evaluation, or one read from the store.</summary>
    public Derivation ReadDerivation(StorePath drvPath)
    {
        if (Instantiated.TryGetValue(drvPath, out var aterm) && aterm is not null)
            return ATermParser.Parse(aterm, Directory, drvPath.Name[..^4]);
        var file = Directory.Print(drvPath);
        if (!File.Exists(file)) throw new ArcaException($"path '{file}' is not valid");
        return ATermParser.ParseFile(file, Directory);
    }

    /// <summary>Nix's <c>computeFSClosure</c>: the path and everything it references, transitively.</summary>
    internal SortedSet<StorePath> Closure(StorePath start)
    {
        var closure = new SortedSet<StorePath>();
        var pending = new Stack<StorePath>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (!closure.Add(path)) continue;
            IEnumerable<StorePath> references;
            if (Instantiated.ContainsKey(path)) references = ReadDerivation(path).References();
            else if (ExistingStore?.QueryPathInfo(path) is { } info) references = info.References;
            else if (path.IsDerivation) references = ReadDerivation(path).References();
            else throw new ArcaException($"path '{Directory.Print(path)}' is not valid");
            foreach (var reference in references) pending.Push(reference);
        }
        return closure;
    }

    /// <summary>
    /// Nix's <c>realiseContext</c> before a path with context is read: opaque paths and derivations must be valid;
    /// derivation outputs are built first when they are missing (import from derivation).
    /// </summary>
    public void RealiseContext(EvalContext ctx, StringContext context, Pos pos)
    {
        foreach (var text in context.Elements)
        {
            var element = ContextElement.Parse(Directory, text);
            if (element.Kind == ContextKind.Built)
            {
                var drv = ReadDerivationForEval(element.Path, pos);
                if (!drv.Outputs.TryGetValue(element.Output, out var output))
                    throw new EvalError($"derivation '{Directory.Print(element.Path)}' does not have an output named '{element.Output}'", pos);
                if (output.GetPath(Directory, drv.Name, element.Output) is { } outPath)
                {
                    if (ExistingStore?.IsValidPath(outPath) == true) continue;
                    // Import from derivation: build the output now, then read it.
                    if (BuildDuringEvaluation is { } build && !ReadOnly)
                    {
                        build(element.Path, element.Output);
                        if (ExistingStore?.IsValidPath(outPath) == true) continue;
                    }
                }
                throw new EvalError(ReadOnly || BuildDuringEvaluation is null
                    ? $"cannot build '{Directory.Print(element.Path)}^{element.Output}' during evaluation because the option 'allow-import-from-derivation' is unavailable here (read-only evaluation)"
                    : $"cannot build '{Directory.Print(element.Path)}^{element.Output}' during evaluation", pos);
            }
            if (ReadOnly && Instantiated.ContainsKey(element.Path)) continue;
            if (ExistingStore?.IsValidPath(element.Path) != true)
                throw new EvalError($"path '{Directory.Print(element.Path)}' is not valid", pos);
        }
    }

    public IReadOnlyCollection<string> QueryReferences(string storePath)
    {
        if (!Directory.TryParsePath(ByteString.ToText(storePath), out var path)) return [];
        var info = ExistingStore?.QueryPathInfo(path);
        if (info is null) return [];
        var result = new List<string>(info.References.Count);
        foreach (var reference in info.References) result.Add(ByteString.FromText(Directory.Print(reference)));
        return result;
    }

    internal Derivation ReadDerivationForEval(StorePath drvPath, Pos pos)
    {
        try
        {
            return ReadDerivation(drvPath);
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message, pos);
        }
    }

    /// <summary>Store path names: Nix's rules, failing as Nix's store path check does.</summary>
    internal static void CheckName(string name, Pos pos)
    {
        try
        {
            StorePath.CheckName(name);
        }
        catch (BadStorePathException e)
        {
            throw new EvalError(e.Message, pos);
        }
    }

    /// <summary>The last component of a canonical path (byte string).</summary>
    internal static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>Resolves symlinks in every component but the last (a symlink itself is copied as a symlink).</summary>
    internal static string ResolveAncestorSymlinks(string path)
    {
        var parent = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(parent) || parent == "/") return path;
        var resolvedParent = ResolveAll(parent);
        return Path.Combine(resolvedParent, Path.GetFileName(path));
    }

    private static string ResolveAll(string path)
    {
        var result = "/";
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(result, part);
            for (int hops = 0; hops < 40; hops++)
            {
                var info = new FileInfo(next);
                if (info.LinkTarget is not { } target) break;
                next = Path.GetFullPath(target, result);
            }
            result = next;
        }
        return result;
    }

    public void Dispose() => store?.Dispose();
}
