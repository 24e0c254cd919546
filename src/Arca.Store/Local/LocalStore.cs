namespace Arca.Store.Local;

using Arca.Core;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>
/// A store on the local file system with Nix's layout: objects in the store directory, metadata in
/// <c>$NIX_STATE_DIR/db/db.sqlite</c>. Nix and Arca can use the same store. A path is valid only once its
/// complete, canonical contents are in place and its row is committed (see LocalStore.Add.cs).
/// </summary>
public sealed partial class LocalStore : IDisposable
{
    private readonly StoreDatabase _db;

    private LocalStore(StoreLocations locations, StoreDirectory directory, StoreDatabase db)
    {
        Locations = locations;
        Directory = directory;
        _db = db;
    }

    public StoreLocations Locations { get; }

    public StoreDirectory Directory { get; }

    /// <summary>Opens the store, creating its directories and database when absent (as Nix does on first use).</summary>
    public static LocalStore Open(StoreLocations locations)
    {
        var directory = new StoreDirectory(locations.StoreDir);
        try
        {
            System.IO.Directory.CreateDirectory(directory.Path);
            System.IO.Directory.CreateDirectory(Path.Combine(directory.Path, ".links"));
            System.IO.Directory.CreateDirectory(locations.StateDir);
            System.IO.Directory.CreateDirectory(Path.Combine(locations.StateDir, "gcroots"));
            System.IO.Directory.CreateDirectory(Path.Combine(locations.StateDir, "profiles"));
            System.IO.Directory.CreateDirectory(Path.Combine(locations.StateDir, "temproots"));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArcaException($"cannot create the store directories: {e.Message}");
        }
        var db = StoreDatabase.Open(locations.DatabaseDir, directory);
        return new LocalStore(locations, directory, db);
    }

    public static LocalStore OpenFromEnvironment() => Open(StoreLocations.FromEnvironment());

    /// <summary>Where the path's contents are on disk.</summary>
    public string RealPath(StorePath path) => Directory.Print(path);

    public string Print(StorePath path) => Directory.Print(path);

    public bool IsValidPath(StorePath path) => _db.IsValid(path);

    public ValidPathInfo? QueryPathInfo(StorePath path) => _db.QueryPathInfo(path);

    /// <summary>The info of a valid path, or Nix's error for an invalid one.</summary>
    public ValidPathInfo RequirePathInfo(StorePath path) =>
        _db.QueryPathInfo(path) ?? throw new ArcaException($"path '{Print(path)}' is not valid");

    public SortedSet<StorePath> QueryReferrers(StorePath path) => _db.QueryReferrers(path);

    public SortedSet<StorePath> QueryAllValidPaths() => _db.QueryAllValidPaths();

    public StorePath? QueryPathFromHashPart(string hashPart) => _db.QueryPathFromHashPart(hashPart);

    public SortedSet<StorePath> QueryValidDerivers(StorePath output) => _db.QueryValidDerivers(output);

    public void AddDerivationOutput(StorePath derivation, string outputName, StorePath output) =>
        _db.AddDerivationOutput(derivation, outputName, output);

    /// <summary>Registers paths whose contents are already in place (Nix's <c>registerValidPaths</c>, <c>--load-db</c>).</summary>
    public void RegisterValidPaths(IReadOnlyCollection<ValidPathInfo> infos) => _db.RegisterValidPaths(infos);

    /// <summary>Writes the NAR of a valid path to <paramref name="output"/>.</summary>
    public void DumpPath(StorePath path, Stream output)
    {
        RequirePathInfo(path);
        new NarWriter(output).WritePath(RealPath(path));
    }

    /// <summary>
    /// All paths reachable from <paramref name="start"/> through references (or, with <paramref name="referrers"/>,
    /// through referrers), including the start paths (Nix's <c>computeFSClosure</c>).
    /// </summary>
    public SortedSet<StorePath> ComputeClosure(IEnumerable<StorePath> start, bool referrers = false)
    {
        var result = new SortedSet<StorePath>();
        var pending = new Stack<StorePath>(start);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (!result.Add(path)) continue;
            var next = referrers ? QueryReferrers(path) : (IEnumerable<StorePath>)RequirePathInfo(path).References;
            foreach (var p in next)
                if (!result.Contains(p)) pending.Push(p);
        }
        return result;
    }

    /// <summary>
    /// Nix's <c>topoSortPaths</c>: referrers before their references, depth-first over the paths in sorted order
    /// (so the output is deterministic and equal to Nix's).
    /// </summary>
    public List<StorePath> TopoSort(IReadOnlySet<StorePath> paths)
    {
        var sorted = new List<StorePath>();
        var visited = new HashSet<StorePath>();
        var parents = new HashSet<StorePath>();
        void Visit(StorePath path, StorePath? parent)
        {
            if (parents.Contains(path))
                throw new ArcaException($"cycle detected in the references of '{Print(parent!.Value)}' from '{Print(path)}'");
            if (!visited.Add(path)) return;
            parents.Add(path);
            foreach (var reference in RequirePathInfo(path).References)
                if (reference != path && paths.Contains(reference)) Visit(reference, path);
            sorted.Add(path);
            parents.Remove(path);
        }
        foreach (var path in paths.Order()) Visit(path, null);
        sorted.Reverse();
        return sorted;
    }

    public void Dispose() => _db.Dispose();
}
