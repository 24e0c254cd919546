namespace Arca.Cli.Tests;

using System.Diagnostics;

/// <summary>git for the tests' repositories: fixed author and dates, so commit hashes are the same for Arca and Nix.</summary>
internal static class TestGit
{
    /// <summary>git in <paramref name="cwd"/>, its commits dated <paramref name="date"/> (or 2020-01-01); fails the test if git fails.</summary>
    public static void Run(string cwd, string? date, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = cwd };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GIT_AUTHOR_DATE"] = psi.Environment["GIT_COMMITTER_DATE"] = date ?? "2020-01-01T00:00:00Z";
        psi.Environment["GIT_AUTHOR_NAME"] = psi.Environment["GIT_COMMITTER_NAME"] = "t";
        psi.Environment["GIT_AUTHOR_EMAIL"] = psi.Environment["GIT_COMMITTER_EMAIL"] = "t@t";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)}: {stderr.Result}");
    }
}
