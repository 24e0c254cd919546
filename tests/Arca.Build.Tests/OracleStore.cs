namespace Arca.Build.Tests;

/// <summary>
/// A store location shared, one after the other, by Nix and Arca: output paths depend on the store directory,
/// so both tools must build at the same place to be compared. <see cref="Reset"/> empties it between runs.
/// The nix.conf is the one the corpus assumes: sandbox on, no build users (root builds as uid 1000 in a user
/// namespace), busybox as /bin/sh, no substituters.
/// </summary>
public sealed class OracleStore : IDisposable
{
    public OracleStore(string label, string extraConfig = "")
    {
        Root = Path.Combine(Path.GetTempPath(), $"arca-bdiff-{label}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(Path.Combine(Root, "conf"));
        File.WriteAllText(Path.Combine(Root, "conf", "nix.conf"),
            "sandbox = true\nbuild-users-group =\nsandbox-paths = /bin/sh=/bin/busybox /bin/busybox\nsubstituters =\ncores = 2\n" + extraConfig);
        Environment = new Dictionary<string, string>
        {
            ["NIX_STORE_DIR"] = Path.Combine(Root, "store"),
            ["NIX_STATE_DIR"] = Path.Combine(Root, "state"),
            ["NIX_LOG_DIR"] = Path.Combine(Root, "log"),
            ["NIX_CONF_DIR"] = Path.Combine(Root, "conf"),
            ["NIX_PATH"] = "",
            ["TMPDIR"] = Path.Combine(Root, "tmp"),
        };
        Directory.CreateDirectory(Environment["TMPDIR"]);
    }

    public string Root { get; }

    public Dictionary<string, string> Environment { get; }

    public string StoreDir => Environment["NIX_STORE_DIR"];

    public void Reset()
    {
        foreach (var d in new[] { "store", "state", "log" })
        {
            var path = Path.Combine(Root, d);
            if (!Directory.Exists(path)) continue;
            Programs.Run("/bin/chmod", ["-R", "u+w", path], null);
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>
    /// Runs an oracle command as from a shell: the .NET test host ignores SIGPIPE and Nix passes ignored signals on
    /// to builders (so `yes | head` would never end), hence env --default-signal.
    /// </summary>
    public Programs.Result Nix(string program, params string[] args) =>
        Programs.Run("/usr/bin/env", ["--default-signal=PIPE", "/usr/bin/" + program, .. args], Environment);

    public Programs.Result Arca(params string[] args) => Programs.Run(Programs.Arca, args, Environment);

    public string[] Instantiate(string file)
    {
        var r = Nix("nix-instantiate", file);
        Assert.True(r.ExitCode == 0, "nix-instantiate failed: " + r.Stderr);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>What the oracle reads back about every valid output of <paramref name="drvs"/>: path, NAR hash, references.</summary>
    public string DescribeOutputs(IEnumerable<string> drvs)
    {
        var lines = new List<string>();
        foreach (var drv in drvs)
        {
            foreach (var output in Nix("nix-store", "-q", "--outputs", drv).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Nix("nix-store", "--check-validity", output).ExitCode != 0) continue;
                var hash = Nix("nix-store", "-q", "--hash", output).Stdout.Trim();
                var refs = Nix("nix-store", "-q", "--references", output).Stdout.Replace('\n', ' ').Trim();
                lines.Add($"{output} {hash} refs: {refs}");
            }
        }
        return string.Join('\n', lines);
    }

    public void Dispose()
    {
        try
        {
            Reset();
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
