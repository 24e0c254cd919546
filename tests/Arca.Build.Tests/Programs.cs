namespace Arca.Build.Tests;

using System.Diagnostics;
using System.Text;

/// <summary>Runs the oracle's commands and Arca's launcher as separate processes, as a user would.</summary>
public static class Programs
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Arca => Path.Combine(RepoRoot, "arca");

    private static readonly Lazy<bool> Built = new(() =>
    {
        var r = Run(Arca, ["--version"], null, timeoutMs: 900_000);
        if (r.ExitCode != 0) throw new InvalidOperationException("./arca could not build the CLI:\n" + r.Stderr);
        return true;
    });

    public static void EnsureArcaBuilt() => _ = Built.Value;

    /// <summary>True when the oracle is installed; otherwise says so loudly, and under CI=true fails.</summary>
    public static bool OraclePresent()
    {
        if (File.Exists("/usr/bin/nix-store") && File.Exists("/usr/bin/nix-instantiate")) return true;
        const string why = "the oracle nix-bin is missing (apt-get install nix-bin): build differential tests SKIPPED";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Console.Error.WriteLine("SKIPPED (loudly): " + why);
        return false;
    }

    public static Result Run(string program, IReadOnlyList<string> args, IDictionary<string, string>? env, string? cwd = null,
        int timeoutMs = 300_000)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = cwd ?? RepoRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
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
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
