namespace Arca.Glue.Builtins;

using System.ComponentModel;
using System.Diagnostics;
using Arca.Language.Errors;
using Arca.Language.Syntax;

/// <summary>
/// The <c>git</c> (and shell) processes <c>fetchGit</c> runs. Git's repository-selecting environment
/// (<c>GIT_DIR</c> and its kin, set for example inside a git hook) is removed from every child, so each command works
/// on the repository it names with <c>-C</c> and never on the caller's. Standard input is inherited: git may need to
/// ask for a password or an SSH passphrase, as it can under Nix.
/// </summary>
internal static class GitCommand
{
    /// <summary>What a finished process left: its exit code, its standard output and its standard error.</summary>
    public readonly record struct Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>Git's <c>local_repo_env</c>: variables that would redirect a command to another repository.</summary>
    private static readonly string[] RepositoryEnvironment =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_SHALLOW_FILE", "GIT_GRAFT_FILE", "GIT_REPLACE_REF_BASE",
    ];

    /// <summary><c>git -C repo args…</c>; its standard output, or an error with git's message when it fails.</summary>
    public static string Run(string repo, Pos pos, params string[] args) => Checked("git", ["-C", repo, .. args], pos);

    /// <summary><c>git -C repo args…</c> whose failure the caller interprets.</summary>
    public static Outcome Try(string repo, Pos pos, params string[] args) => Start("git", ["-C", repo, .. args], pos);

    /// <summary><c>git args…</c> without a repository (<c>init</c>, <c>ls-remote</c>) whose failure the caller interprets.</summary>
    public static Outcome TryAnywhere(Pos pos, params string[] args) => Start("git", args, pos);

    /// <summary>Any program (the shell of a pipeline); its standard output, or an error with its message when it fails.</summary>
    public static string Checked(string program, string[] args, Pos pos)
    {
        var outcome = Start(program, args, pos);
        if (!outcome.Succeeded) throw new EvalError($"fetchGit: {program} failed: {outcome.Stderr.Trim()}", pos);
        return outcome.Stdout;
    }

    private static Outcome Start(string program, string[] args, Pos pos)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var name in RepositoryEnvironment) psi.Environment.Remove(name);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new EvalError($"fetchGit: cannot run {program}", pos);
        }
        catch (Win32Exception e)
        {
            // No git on PATH: a message, never a .NET stack trace.
            throw new EvalError($"fetchGit: cannot run {program}: {e.Message}", pos);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Outcome(process.ExitCode, stdout, stderr.Result);
        }
    }
}
