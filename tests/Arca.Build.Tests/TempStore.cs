namespace Arca.Build.Tests;

/// <summary>A throw-away store/state/log layout under /tmp for one test.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Root = Path.Combine(Path.GetTempPath(), "arca-build-test-" + Guid.NewGuid().ToString("N")[..12]);
        StoreDir = Path.Combine(Root, "store");
        StateDir = Path.Combine(Root, "state");
        LogDir = Path.Combine(Root, "log");
        ConfDir = Path.Combine(Root, "conf");
        foreach (var d in new[] { StoreDir, StateDir, LogDir, ConfDir }) Directory.CreateDirectory(d);
    }

    public string Root { get; }
    public string StoreDir { get; }
    public string StateDir { get; }
    public string LogDir { get; }
    public string ConfDir { get; }

    public string NewBuildDir()
    {
        var dir = Path.Combine(Root, "build-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try
        {
            foreach (var d in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
