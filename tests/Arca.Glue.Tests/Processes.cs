namespace Arca.Glue.Tests;

using System.Diagnostics;
using System.Text;

/// <summary>
/// Runs the oracle (Nix's commands in /usr/bin) and Arca's CLI (through the ./arca launcher, built once per test run)
/// as processes with a given store environment.
/// </summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, byte[] Stdout, string Stderr)
    {
        public string StdoutText => Encoding.UTF8.GetString(Stdout);
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CorpusDirectory => Path.Combine(RepoRoot, "tests", "corpus", "derivations");

    public const string OracleInstantiate = "/usr/bin/nix-instantiate";

    private static readonly Lazy<string> ArcaBuilt = new(() =>
    {
        var r = Run(Path.Combine(RepoRoot, "arca"), ["--version"], new Dictionary<string, string>(), RepoRoot, 900_000);
        if (r.ExitCode != 0) throw new InvalidOperationException("./arca could not build the CLI:\n" + r.Stderr);
        return Path.Combine(RepoRoot, ".build", "bin", "nix-instantiate");
    });

    /// <summary>Arca's nix-instantiate (the symlink the launcher makes), built if needed.</summary>
    public static string ArcaInstantiate => ArcaBuilt.Value;

    /// <summary>Arca's executable (for verbs: <c>arca show-derivation …</c>), built if needed.</summary>
    public static string ArcaExecutable => Path.Combine(Path.GetDirectoryName(ArcaBuilt.Value)!, "arca");

    /// <summary>
    /// True when the oracle can run. Otherwise says why (loudly) and returns false — or fails the test when CI=true,
    /// where the differential tests must run.
    /// </summary>
    public static bool OracleAvailable(Action<string> log)
    {
        if (File.Exists(OracleInstantiate)) return true;
        var why = $"SKIPPED: the oracle {OracleInstantiate} is not installed (apt-get install nix-bin)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why + " — required when CI=true");
        log(why);
        Console.Error.WriteLine(why);
        return false;
    }

    public static Result Run(string program, IReadOnlyList<string> args, IDictionary<string, string> env, string cwd, int timeoutMs = 300_000)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = cwd,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = Task.Run(() => { using var ms = new MemoryStream(); p.StandardOutput.BaseStream.CopyTo(ms); return ms.ToArray(); });
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} timed out");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Arca.slnx"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Arca.slnx) above " + AppContext.BaseDirectory);
    }
}
