namespace Arca.Build.Goals;

using Arca.Store;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// The local store as the builds of one run share it: the store's database connection serves one caller at a
/// time, while up to <c>max-jobs</c> builds query and register concurrently, so every database access goes
/// through one lock. File-system work (builders, hashing, canonicalising) stays outside it.
/// </summary>
public sealed class SharedStore(LocalStore store)
{
    private readonly object _gate = new();

    public StoreDirectory Directory => store.Directory;

    public StoreLocations Locations => store.Locations;

    public string Print(StorePath path) => store.Print(path);

    public string RealPath(StorePath path) => store.RealPath(path);

    public bool IsValidPath(StorePath path)
    {
        lock (_gate) return store.IsValidPath(path);
    }

    public ValidPathInfo? QueryPathInfo(StorePath path)
    {
        lock (_gate) return store.QueryPathInfo(path);
    }

    public ValidPathInfo RequirePathInfo(StorePath path)
    {
        lock (_gate) return store.RequirePathInfo(path);
    }

    public SortedSet<StorePath> ComputeClosure(IEnumerable<StorePath> start)
    {
        lock (_gate) return store.ComputeClosure(start);
    }

    public List<StorePath> TopoSort(IReadOnlySet<StorePath> paths)
    {
        lock (_gate) return store.TopoSort(paths);
    }

    public void RegisterValidPaths(IReadOnlyCollection<ValidPathInfo> infos)
    {
        lock (_gate) store.RegisterValidPaths(infos);
    }
}
