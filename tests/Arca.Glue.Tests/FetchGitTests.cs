namespace Arca.Glue.Tests;

using System.Diagnostics;
using Arca.Language.Values;

public sealed class FetchGitTests
{
    private static string Git(string repo, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-C");
        psi.ArgumentList.Add(repo);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GIT_AUTHOR_DATE"] = psi.Environment["GIT_COMMITTER_DATE"] = "2020-01-01T00:00:00Z";
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return output.Trim();
    }

    /// <summary>A repository <c>repo</c> in the work directory whose first commit holds one file.</summary>
    private static string NewRepository(GlueTestStore t, string file, string contents)
    {
        var repo = Directory.CreateDirectory(Path.Combine(t.WorkDirectory, "repo")).FullName;
        Git(repo, "init", "-q");
        File.WriteAllText(Path.Combine(repo, file), contents);
        Git(repo, "add", ".");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first");
        return repo;
    }

    [Fact]
    public void FetchesACommittedRevisionWithNixsAttributes()
    {
        using var t = new GlueTestStore("fetchgit");
        var repo = NewRepository(t, "file", "one");
        File.WriteAllText(Path.Combine(repo, "file"), "two");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "second");
        File.WriteAllText(Path.Combine(repo, "untracked"), "not fetched");

        var result = (NixAttrs)t.Eval($"builtins.fetchGit {repo}").Force(t.Context);
        string Text(string name) => ((NixString)result.Get(name)!.Force(t.Context)).Text;
        Assert.Equal(Git(repo, "rev-parse", "HEAD"), Text("rev"));
        Assert.Equal(Text("rev")[..7], Text("shortRev"));
        Assert.Equal(2, ((NixInt)result.Get("revCount")!.Force(t.Context)).Value);
        Assert.Equal(1577836800, ((NixInt)result.Get("lastModified")!.Force(t.Context)).Value);
        Assert.Equal("20200101000000", Text("lastModifiedDate"));
        var outPath = Text("outPath");
        Assert.Equal("two", File.ReadAllText(Path.Combine(outPath, "file")));
        Assert.False(File.Exists(Path.Combine(outPath, "untracked")));
        Assert.Equal(Text("narHash"), t.Bridge.Store.RequirePathInfo(t.Bridge.Directory.ParsePath(outPath)).NarHash.ToSri());

        var first = (NixAttrs)t.Eval($"builtins.fetchGit {{ url = \"{repo}\"; rev = \"{Git(repo, "rev-parse", "HEAD~1")}\"; }}").Force(t.Context);
        Assert.Equal("one", File.ReadAllText(Path.Combine(((NixString)first.Get("outPath")!.Force(t.Context)).Text, "file")));
    }

    [Fact]
    public void A_path_url_names_the_repository_in_place()
    {
        // Nix coerces `url` without copying a path to the store: the working tree, with its .git, is what is fetched.
        using var t = new GlueTestStore("fetchgit-path-url");
        var repo = NewRepository(t, "tracked", "t");
        File.WriteAllText(Path.Combine(repo, "untracked"), "u");

        var byPath = t.EvalString("(builtins.fetchGit { url = ./repo; }).outPath");
        var byString = t.EvalString($"(builtins.fetchGit \"{repo}\").outPath");
        Assert.Equal(byString, byPath);
        Assert.True(File.Exists(Path.Combine(byPath, "tracked")));
        Assert.False(File.Exists(Path.Combine(byPath, "untracked")));
        // The working tree itself was never added to the store (copying it would take the untracked file and .git).
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(t.StoreDir), entry => entry.EndsWith("-repo", StringComparison.Ordinal));
    }
}
