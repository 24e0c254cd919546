namespace Arca.Glue.Tests;

using System.Diagnostics;
using Arca.Language.Errors;
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

    [Fact]
    public void Shallow_reports_no_revision_count()
    {
        // As Nix: a shallow fetch has no history to count, and fetchGit says 0 (for a working tree too).
        using var t = new GlueTestStore("fetchgit-shallow");
        var repo = NewRepository(t, "file", "one");
        var result = (NixAttrs)t.Eval($"builtins.fetchGit {{ url = {repo}; shallow = true; }}").Force(t.Context);
        Assert.Equal(0, ((NixInt)result.Get("revCount")!.Force(t.Context)).Value);
        Assert.Equal(Git(repo, "rev-parse", "HEAD"), ((NixString)result.Get("rev")!.Force(t.Context)).Text);
    }

    [Theory]
    [InlineData("rev = \"abc\";", "hash 'abc' has wrong length for hash algorithm 'sha1'")]
    [InlineData("rev = \"-c core.x=y\";", "unknown hash algorithm ''")]
    [InlineData("ref = \"a..b\";", "invalid Git branch/tag name 'a..b'")]
    [InlineData("ref = \"--upload-pack=x\";", "invalid Git branch/tag name '--upload-pack=x'")]
    [InlineData("ref = \"refs/heads/x.lock\";", "invalid Git branch/tag name 'refs/heads/x.lock'")]
    public void Revisions_and_refs_are_checked_before_git_sees_them(string attribute, string message)
    {
        using var t = new GlueTestStore("fetchgit-checked");
        var repo = NewRepository(t, "file", "one");
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchGit {{ url = {repo}; {attribute} }}"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void A_full_revision_in_any_spelling_is_accepted_and_an_unknown_one_named()
    {
        using var t = new GlueTestStore("fetchgit-rev");
        var repo = NewRepository(t, "file", "one");
        var head = Git(repo, "rev-parse", "HEAD");
        var upper = t.EvalString($"(builtins.fetchGit {{ url = {repo}; rev = \"{head.ToUpperInvariant()}\"; }}).rev");
        Assert.Equal(head, upper);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchGit {{ url = {repo}; rev = \"{new string('1', 40)}\"; }}"));
        Assert.StartsWith($"Cannot find Git revision '{new string('1', 40)}' in ref 'HEAD' of repository '{repo}'", e.Message);
    }

    [Theory]
    [InlineData("\"relative/repo\"", "'relative/repo' doesn't have a scheme")]
    [InlineData("\"file://host/x\"", "file:// URL 'file://host/x' has unexpected authority 'host'")]
    [InlineData("\"host:\"", "SCP-style Git URL 'host:' has an empty path")]
    [InlineData("/no/such/repository", "opening Git repository '/no/such/repository'")]
    [InlineData("\"file:///no/such/repository\"", "opening Git repository '/no/such/repository'")]
    public void Urls_that_name_no_repository_are_errors(string url, string message)
    {
        using var t = new GlueTestStore("fetchgit-url");
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchGit {url}"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Pure_evaluation_needs_a_revision_for_a_remote_repository_too()
    {
        using var t = new GlueTestStore("fetchgit-pure");
        t.Context.Options.PureEval = true;
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval("builtins.fetchGit { url = \"https://example.invalid/repo.git\"; ref = \"main\"; }"));
        Assert.StartsWith("in pure evaluation mode, 'fetchGit' requires a locked input", e.Message);
    }
}
