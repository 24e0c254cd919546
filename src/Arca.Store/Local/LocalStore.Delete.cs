namespace Arca.Store.Local;

using Arca.Core;
using Arca.Store.Paths;

/// <summary>
/// <c>nix-store --delete</c>: removes specific paths, refusing any that is still alive — reachable from a GC root
/// (the symlinks under <c>$NIX_STATE_DIR/gcroots</c>, followed as Nix does) or referenced by a valid path that is
/// not being deleted too.
/// </summary>
public sealed partial class LocalStore
{
    public sealed record DeleteResult(IReadOnlyList<StorePath> Deleted, long BytesFreed);

    public DeleteResult DeletePaths(IReadOnlyCollection<StorePath> paths, bool ignoreLiveness = false)
    {
        var toDelete = new SortedSet<StorePath>(paths.Where(IsValidPath));
        if (!ignoreLiveness)
        {
            var live = ComputeClosure(FindRoots().Select(r => r.Target).Where(IsValidPath));
            foreach (var path in toDelete)
            {
                bool referenced = QueryReferrers(path).Any(r => r != path && !toDelete.Contains(r));
                if (live.Contains(path) || referenced)
                    throw new ArcaException(
                        $"Cannot delete path '{Print(path)}' since it is still alive. To find out why, use: nix-store --query --roots and nix-store --query --referrers");
            }
        }
        // Referrers first, so the database never holds a reference to a missing row.
        var order = TopoSort(toDelete);
        var deleted = new List<StorePath>();
        long freed = 0;
        foreach (var path in order)
        {
            var real = RealPath(path);
            using var pathLock = PathLock.Acquire(real);
            foreach (var referrer in QueryReferrers(path))
                if (referrer != path && IsValidPath(referrer) && !toDelete.Contains(referrer))
                    throw new ArcaException($"cannot delete path '{Print(path)}' because it is in use by '{Print(referrer)}'");
            // Invalidate first: a crash after this leaves garbage on disk, never a valid path without contents.
            _db.InvalidatePath(path);
            freed += DiskUsage(real);
            if (Path.Exists(real) || new FileInfo(real).LinkTarget is not null) Canonicaliser.DeleteTree(real);
            deleted.Add(path);
        }
        return new DeleteResult(deleted, freed);
    }

    /// <summary>GC roots: symlinks under gcroots (recursively), each pointing into the store directly or via one more link.</summary>
    public List<(string Link, StorePath Target)> FindRoots()
    {
        var roots = new List<(string, StorePath)>();
        var gcroots = Path.Combine(Locations.StateDir, "gcroots");
        if (System.IO.Directory.Exists(gcroots)) FindRootsIn(gcroots, roots, 0);
        return roots;
    }

    private void FindRootsIn(string directory, List<(string, StorePath)> roots, int depth)
    {
        if (depth > 32) return;
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(directory))
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, directory);
                if (Directory.IsInStore(resolved))
                {
                    try
                    {
                        roots.Add((entry, Directory.ToStorePath(resolved).Path));
                    }
                    catch (BadStorePathException)
                    {
                        // A link into the store directory that names no store path protects nothing.
                    }
                }
                else if (System.IO.Directory.Exists(resolved) && depth == 0 && entry.EndsWith("/auto", StringComparison.Ordinal))
                {
                    FindRootsIn(resolved, roots, depth + 1);
                }
                else if (new FileInfo(resolved).LinkTarget is { } second)
                {
                    // An indirect root (gcroots/auto/x -> /home/u/result -> /nix/store/…).
                    var final = Path.GetFullPath(second, Path.GetDirectoryName(resolved)!);
                    if (Directory.IsInStore(final)) roots.Add((resolved, Directory.ToStorePath(final).Path));
                }
            }
            else if ((File.GetAttributes(entry) & FileAttributes.Directory) != 0)
            {
                FindRootsIn(entry, roots, depth + 1);
            }
        }
    }

    private static long DiskUsage(string path)
    {
        try
        {
            var attributes = File.GetAttributes(path);
            if ((attributes & FileAttributes.ReparsePoint) != 0) return 0;
            if ((attributes & FileAttributes.Directory) == 0) return new FileInfo(path).Length;
            long total = 0;
            foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(path)) total += DiskUsage(entry);
            return total;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
