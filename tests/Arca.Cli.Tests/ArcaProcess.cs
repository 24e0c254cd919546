namespace Arca.Cli.Tests;

using System.Diagnostics;
using System.Text;

/// <summary>Runs the real CLI (built by the launcher) or the oracle as separate processes and captures their bytes.</summary>
public static class ArcaProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The built executable; the symlinks named after Nix commands sit in .build/bin.</summary>
    public static string Executable => Path.Combine(RepoRoot, ".build", "arca", "arca");

    public static string ClassicCommand(string name) => Path.Combine(RepoRoot, ".build", "bin", name);

    private static readonly Lazy<bool> Built = new(() =>
    {
        var r = RunProgram(Path.Combine(RepoRoot, "arca"), ["--version"], timeoutMs: 600_000);
        if (r.ExitCode != 0) throw new InvalidOperationException("./arca could not build the CLI:\n" + r.Stderr);
        return true;
    });

    /// <summary>Builds the CLI through the launcher once per test run (a no-op when it is up to date).</summary>
    public static void EnsureBuilt() => _ = Built.Value;

    /// <summary>
    /// Runs the launcher with <paramref name="args"/>, after making sure it has built the CLI: otherwise the first
    /// test after a source change would find the launcher's "building the CLI" line in its standard error.
    /// </summary>
    public static Result Run(IReadOnlyList<string> args, string? stdin = null, IDictionary<string, string>? env = null, string? cwd = null)
    {
        EnsureBuilt();
        return RunProgram(Path.Combine(RepoRoot, "arca"), args, stdin, env, cwd);
    }

    public static Result RunProgram(string program, IReadOnlyList<string> args, string? stdin = null,
        IDictionary<string, string>? env = null, string? cwd = null, int timeoutMs = 120_000)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = cwd ?? RepoRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdoutTask = Task.Run(() => { using var ms = new MemoryStream(); p.StandardOutput.BaseStream.CopyTo(ms); return ms.ToArray(); });
        var stderrTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeoutMs)) { p.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} timed out"); }
        var bytes = stdoutTask.Result;
        return new Result(p.ExitCode, Encoding.UTF8.GetString(bytes), stderrTask.Result, bytes);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Arca.slnx"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Arca.slnx) above " + AppContext.BaseDirectory);
    }
}
