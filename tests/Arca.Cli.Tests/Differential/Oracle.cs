namespace Arca.Cli.Tests.Differential;

/// <summary>
/// The real Nix (Debian's nix-bin) that differential tests compare Arca with. Both run with the same isolated
/// environment: their own state, log and config directories, a fixed HOME and an empty NIX_PATH.
/// </summary>
public sealed class Oracle : IDisposable
{
    public const string MissingMessage =
        "the oracle nix-bin is not installed: run ./test.sh as root (it installs it) or apt-get install nix-bin";

    public Oracle()
    {
        Root = Directory.CreateTempSubdirectory("arca-oracle-").FullName;
        foreach (var d in new[] { "state", "log", "conf", "home" }) Directory.CreateDirectory(Path.Combine(Root, d));
        File.WriteAllText(Path.Combine(Root, "conf", "nix.conf"), "sandbox = false\nsubstituters =\n");
        Environment = new Dictionary<string, string>
        {
            ["NIX_STATE_DIR"] = Path.Combine(Root, "state"),
            ["NIX_LOG_DIR"] = Path.Combine(Root, "log"),
            ["NIX_CONF_DIR"] = Path.Combine(Root, "conf"),
            ["HOME"] = Path.Combine(Root, "home"),
            ["NIX_PATH"] = "",
            ["TZ"] = "UTC",
            ["LC_ALL"] = "C.UTF-8",
        };
    }

    public string Root { get; }

    public IDictionary<string, string> Environment { get; }

    public static string? FindNix(string program)
    {
        foreach (var dir in (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin"))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate) && !candidate.Contains("/.build/", StringComparison.Ordinal)) return candidate;
        }
        return null;
    }

    /// <summary>Runs the oracle's <paramref name="program"/>; fails the test when nix-bin is missing.</summary>
    public ArcaProcess.Result RunNix(string program, IReadOnlyList<string> args, string? cwd = null, string? stdin = null)
    {
        var path = FindNix(program) ?? throw new Xunit.Sdk.XunitException(MissingMessage);
        return ArcaProcess.RunProgram(path, args, stdin, Environment, cwd);
    }

    /// <summary>Runs Arca acting as <paramref name="program"/> (through its argv[0] symlink).</summary>
    public ArcaProcess.Result RunArca(string program, IReadOnlyList<string> args, string? cwd = null, string? stdin = null)
    {
        ArcaProcess.EnsureBuilt();
        return ArcaProcess.RunProgram(ArcaProcess.ClassicCommand(program), args, stdin, Environment, cwd);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
