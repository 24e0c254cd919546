namespace Arca.Glue.Tests;

/// <summary>
/// A store at a fixed temporary location, emptied between runs, so the oracle and Arca compute the same paths
/// (the store directory is part of every hash). The environment variables point Nix and Arca at it.
/// </summary>
internal sealed class TempNixStore : IDisposable
{
    public TempNixStore(string tag)
    {
        Root = Path.Combine(Path.GetTempPath(), $"arca-glue-{tag}-{System.Environment.ProcessId}");
        Reset();
    }

    public string Root { get; }

    public string StoreDir => Path.Combine(Root, "store");

    public string StateDir => Path.Combine(Root, "state");

    public Dictionary<string, string> Variables => new()
    {
        ["NIX_STORE_DIR"] = StoreDir,
        ["NIX_STATE_DIR"] = StateDir,
        ["NIX_LOG_DIR"] = Path.Combine(Root, "log"),
        ["NIX_CONF_DIR"] = Path.Combine(Root, "conf"),
        ["NIX_PATH"] = "",
    };

    /// <summary>Deletes everything and starts over with an empty configuration (no sandbox).</summary>
    public void Reset()
    {
        Delete();
        System.IO.Directory.CreateDirectory(Path.Combine(Root, "conf"));
        File.WriteAllText(Path.Combine(Root, "conf", "nix.conf"), "sandbox = false\n");
    }

    /// <summary>The names in the store directory (without the hidden ones) and the bytes of every .drv.</summary>
    public (List<string> Names, Dictionary<string, byte[]> Drvs) Snapshot()
    {
        var names = new List<string>();
        var drvs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(StoreDir)) return (names, drvs);
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(StoreDir))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.')) continue;
            names.Add(name);
            if (name.EndsWith(".drv", StringComparison.Ordinal)) drvs[name] = File.ReadAllBytes(entry);
        }
        names.Sort(StringComparer.Ordinal);
        return (names, drvs);
    }

    private void Delete()
    {
        if (!System.IO.Directory.Exists(Root)) return;
        // Store objects are read-only; make them writable so they can go.
        foreach (var entry in new DirectoryInfo(Root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
            if (entry.LinkTarget is null) entry.UnixFileMode |= UnixFileMode.UserWrite | UnixFileMode.UserRead | UnixFileMode.UserExecute;
        System.IO.Directory.Delete(Root, recursive: true);
    }

    public void Dispose() => Delete();
}
