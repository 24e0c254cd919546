namespace Arca.Store.Paths;

/// <summary>
/// The store directory (Nix's <c>storeDir</c>, e.g. <c>/nix/store</c>): it turns base names into absolute paths
/// and back, and — because the directory is part of every store path's hash — computes store paths
/// (<see cref="StoreDirectory"/>.PathComputation.cs).
/// </summary>
public sealed partial class StoreDirectory
{
    public StoreDirectory(string path)
    {
        if (!System.IO.Path.IsPathRooted(path))
            throw new BadStorePathException($"store directory '{path}' is not an absolute path");
        Path = CanonicalPath(path);
        pathUtf8 = System.Text.Encoding.UTF8.GetBytes(Path);
    }

    /// <summary>The directory as UTF-8, as it goes into every store path fingerprint.</summary>
    private readonly byte[] pathUtf8;

    /// <summary>Absolute, canonical, without trailing slash.</summary>
    public string Path { get; }

    public string Print(StorePath path) => Path + "/" + path.BaseName;

    /// <summary>Room <see cref="PrintUtf8"/> may need for <paramref name="path"/>.</summary>
    public int MaxPrintedUtf8Length(StorePath path) => pathUtf8.Length + 1 + System.Text.Encoding.UTF8.GetMaxByteCount(path.BaseName.Length);

    /// <summary><see cref="Print"/> as UTF-8 into <paramref name="destination"/>, for native calls; returns the length.</summary>
    public int PrintUtf8(StorePath path, Span<byte> destination)
    {
        pathUtf8.CopyTo(destination);
        destination[pathUtf8.Length] = (byte)'/';
        return pathUtf8.Length + 1 + System.Text.Encoding.UTF8.GetBytes(path.BaseName, destination[(pathUtf8.Length + 1)..]);
    }

    /// <summary>Parses an absolute path naming a store object directly (Nix's <c>parseStorePath</c>).</summary>
    public StorePath ParsePath(string path)
    {
        if (path.Length == 0) throw new BadStorePathException("empty path is not a valid store path");
        var canonical = CanonicalPath(path);
        int slash = canonical.LastIndexOf('/');
        if (slash < 0 || canonical[..slash] != Path || slash == canonical.Length - 1)
            throw new BadStorePathException($"path '{canonical}' is not in the Nix store");
        return StorePath.Parse(canonical[(slash + 1)..]);
    }

    public bool TryParsePath(string path, out StorePath storePath)
    {
        try
        {
            storePath = ParsePath(path);
            return true;
        }
        catch (BadStorePathException)
        {
            storePath = default;
            return false;
        }
    }

    public bool IsInStore(string path)
    {
        var canonical = CanonicalPath(path);
        return canonical.Length > Path.Length + 1 && canonical.StartsWith(Path + "/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The store object that contains <paramref name="path"/>, which may name a file inside it
    /// (Nix's <c>toStorePath</c>): <c>/nix/store/abc-x/bin/y</c> gives <c>abc-x</c> and <c>/bin/y</c>.
    /// </summary>
    public (StorePath Path, string Subpath) ToStorePath(string path)
    {
        var canonical = CanonicalPath(path);
        if (!IsInStore(canonical)) throw new BadStorePathException($"path '{canonical}' is not in the Nix store");
        int end = canonical.IndexOf('/', Path.Length + 1);
        if (end < 0) return (StorePath.Parse(canonical[(Path.Length + 1)..]), "");
        return (StorePath.Parse(canonical[(Path.Length + 1)..end]), canonical[end..]);
    }

    /// <summary>
    /// Like Nix's <c>followLinksToStorePath</c>: resolves symlinks outside the store (e.g. <c>./result</c>) until the
    /// path is inside the store, then takes the store object containing it.
    /// </summary>
    public StorePath FollowLinksToStorePath(string path)
    {
        var current = System.IO.Path.GetFullPath(path);
        for (int hops = 0; hops < 64 && !IsInStore(current); hops++)
        {
            var info = new FileInfo(current);
            if (info.LinkTarget is null) break;
            current = System.IO.Path.GetFullPath(info.LinkTarget, System.IO.Path.GetDirectoryName(current) ?? "/");
        }
        return ToStorePath(current).Path;
    }

    /// <summary>Nix's <c>canonPath</c> without following symlinks: collapses <c>//</c>, <c>.</c> and <c>..</c>.</summary>
    public static string CanonicalPath(string path)
    {
        var absolute = System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(Environment.CurrentDirectory, path);
        var parts = new List<string>();
        foreach (var part in absolute.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return "/" + string.Join('/', parts);
    }
}
