namespace Arca.Cli.Tests;

using System.Diagnostics;
using Xunit.Abstractions;

/// <summary>
/// <c>builtins.fetchGit</c> from repositories Nix treats as remote: a bare repository named by a <c>file://</c> URL (or
/// its path), and a copy served over git's "dumb" HTTP protocol by a server in this process. The whole result —
/// <c>narHash</c>, <c>rev</c>, <c>revCount</c>, <c>lastModified</c>, <c>outPath</c>, … — and the fetched listing are
/// compared with Nix 2.8's. Each program has a store of its own at the same path (the other's is parked beside it
/// while one runs, so store paths compare) and a cache directory of its own. Where Arca follows latest Nix rather than 2.8 (the
/// remote's HEAD as default ref, a revision fetched without its ref, <c>git+</c> schemes), Arca's answer is compared
/// with 2.8's answer to the equivalent explicit arguments.
/// </summary>
[Trait("Category", "Differential")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FetchGitRemoteDifferentialTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string dir = Directory.CreateTempSubdirectory("arca-fetchgit-remote-").FullName;
    private readonly string work;
    private readonly string bare;
    private readonly string first, dev, master;
    private string? active;

    public FetchGitRemoteDifferentialTests(ITestOutputHelper output)
    {
        this.output = output;
        work = Path.Combine(dir, "work");
        Git(dir, null, "init", "-q", "-b", "master", work);
        Directory.CreateDirectory(Path.Combine(work, "d"));
        File.WriteAllText(Path.Combine(work, "a.txt"), "a\n");
        File.WriteAllText(Path.Combine(work, "d", "x.txt"), "x\n");
        Git(work, "2020-01-01T00:00:00Z", "add", ".");
        Git(work, "2020-01-01T00:00:00Z", "commit", "-qm", "first");
        Git(work, null, "tag", "v1");
        first = Rev(work, "HEAD");
        Git(work, null, "checkout", "-qb", "dev");
        File.WriteAllText(Path.Combine(work, "b.txt"), "on dev\n");
        Git(work, null, "add", ".");
        Git(work, "2021-06-01T12:00:00Z", "commit", "-qm", "dev");
        dev = Rev(work, "HEAD");
        Git(work, null, "checkout", "-q", "master");
        File.WriteAllText(Path.Combine(work, "run.sh"), "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(work, "run.sh"), (UnixFileMode)Convert.ToInt32("755", 8));
        File.CreateSymbolicLink(Path.Combine(work, "link"), "a.txt");
        Git(work, null, "add", ".");
        Git(work, "2022-03-04T05:06:07Z", "commit", "-qm", "master");
        master = Rev(work, "HEAD");
        bare = Path.Combine(dir, "repo.git");
        Git(dir, null, "clone", "-q", "--bare", work, bare);
    }

    public void Dispose()
    {
        // Store paths and git's objects are read-only; make everything writable again before removing it.
        foreach (var d in Directory.EnumerateDirectories(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(dir, recursive: true);
    }

    private string Url => "file://" + bare;

    /// <summary>The arguments with {url}, {path}, {first}, {dev} and {master} filled in.</summary>
    private string Fill(string template) => template.Replace("{url}", Url).Replace("{path}", bare)
        .Replace("{first}", first).Replace("{dev}", dev).Replace("{master}", master);

    private static string Expression(string arguments) =>
        $"let r = builtins.fetchGit {arguments}; in [ r (builtins.readDir r.outPath) ]";

    [Theory]
    [InlineData("{ url = \"{url}\"; }")]
    [InlineData("\"{url}\"")]
    [InlineData("{ url = \"{path}\"; }")]
    [InlineData("{ url = \"{url}\"; ref = \"dev\"; }")]
    [InlineData("{ url = \"{url}\"; ref = \"refs/heads/dev\"; }")]
    [InlineData("{ url = \"{url}\"; ref = \"refs/tags/v1\"; }")]
    [InlineData("{ url = \"{url}\"; rev = \"{first}\"; }")]
    [InlineData("{ url = \"{url}\"; ref = \"dev\"; rev = \"{dev}\"; }")]
    [InlineData("{ url = \"{url}\"; rev = \"{dev}\"; allRefs = true; }")]
    [InlineData("{ url = \"{url}\"; allRefs = true; }")]
    [InlineData("{ url = \"{url}\"; shallow = true; }")]
    [InlineData("{ url = \"{url}\"; ref = \"dev\"; shallow = true; }")]
    [InlineData("{ url = \"{url}\"; name = \"custom-name\"; }")]
    public void A_bare_repository_by_file_url_matches_nix(string arguments)
    {
        var result = Compare(Expression(Fill(arguments)));
        if (result is null) return;
        Assert.Contains("rev = \"", result);
        // Arca's cache, in Arca's own directory under XDG_CACHE_HOME, never Nix's.
        var cache = Path.Combine(dir, "cache-arca");
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(cache, "arca", "gitv3")));
        Assert.False(Directory.Exists(Path.Combine(cache, "nix")), "Arca wrote into Nix's cache directory");
        Assert.False(Directory.Exists(Path.Combine(dir, "home-arca", ".cache")), "Arca ignored XDG_CACHE_HOME");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Submodules_of_a_bare_repository_match_nix(bool submodules)
    {
        // The superproject names its submodule relative to itself ("../sub.git"): resolved against the remote's URL,
        // which only works if the checkout's origin is the remote, not Arca's cache.
        var sub = Path.Combine(dir, "sub");
        Git(dir, null, "init", "-q", "-b", "master", sub);
        File.WriteAllText(Path.Combine(sub, "s.txt"), "in the submodule\n");
        Git(sub, null, "add", ".");
        Git(sub, null, "commit", "-qm", "sub");
        Git(dir, null, "clone", "-q", "--bare", sub, Path.Combine(dir, "sub.git"));
        Git(work, null, "-c", "protocol.file.allow=always", "submodule", "add", "-q", Path.Combine(dir, "sub.git"), "sub");
        Git(work, null, "config", "-f", ".gitmodules", "submodule.sub.url", "../sub.git");
        Git(work, null, "add", ".gitmodules");
        Git(work, null, "commit", "-qm", "add the submodule");
        var super = Path.Combine(dir, "super.git");
        Git(dir, null, "clone", "-q", "--bare", work, super);

        var expression = $"let r = builtins.fetchGit {{ url = \"file://{super}\"; submodules = {(submodules ? "true" : "false")}; }}; "
            + "in [ r (builtins.readDir r.outPath) (builtins.readDir (r.outPath + \"/sub\")) ]";
        var result = Compare(expression);
        if (result is null) return;
        Assert.Equal(submodules, result.Contains("\"s.txt\" = \"regular\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cache_answers_within_the_ttl_and_fetches_a_missing_revision()
    {
        var before = Compare(Expression($"\"{Url}\""));
        if (before is null) return;
        Assert.Contains(master, before);

        File.WriteAllText(Path.Combine(work, "new.txt"), "pushed later\n");
        Git(work, null, "add", ".");
        Git(work, "2023-01-01T00:00:00Z", "commit", "-qm", "later");
        var later = Rev(work, "HEAD");
        Git(work, null, "push", "-q", bare, "master");

        // Within tarball-ttl the cached ref stands: neither program asks the remote again.
        var cached = Compare(Expression($"\"{Url}\""))!;
        Assert.Contains(master, cached);
        Assert.DoesNotContain(later, cached);

        // A revision the cache lacks is fetched.
        var pinned = Compare(Expression($"{{ url = \"{Url}\"; rev = \"{later}\"; }}"))!;
        Assert.Contains(later, pinned);
        Assert.Contains("\"new.txt\" = \"regular\"", pinned);
    }

    [Fact]
    public void What_the_cache_holds_needs_no_remote()
    {
        if (Compare(Expression($"{{ url = \"{Url}\"; rev = \"{first}\"; }}")) is null) return;
        Compare(Expression($"\"{Url}\""));
        // The remote goes away (an empty directory is no repository at all).
        Directory.Move(bare, bare + ".gone");
        Directory.CreateDirectory(bare);

        var pinned = Compare(Expression($"{{ url = \"{Url}\"; rev = \"{first}\"; }}"))!;
        Assert.Contains(first, pinned);
        var head = Compare(Expression($"\"{Url}\""))!;
        Assert.Contains(master, head);
        // What it does not hold is an error in both.
        CompareFailure(Expression($"{{ url = \"{Url}\"; ref = \"dev\"; }}"), "Failed to fetch git repository");
    }

    [Fact]
    public void Failures_exit_1_as_in_nix()
    {
        var empty = Directory.CreateDirectory(Path.Combine(dir, "not-a-repository")).FullName;
        CompareFailure(Expression($"{{ url = \"{Url}\"; rev = \"{new string('1', 40)}\"; }}"), "not our ref");
        CompareFailure(Expression($"{{ url = \"{Url}\"; ref = \"no-such-branch\"; }}"), "couldn't find remote ref refs/heads/no-such-branch");
        CompareFailure(Expression($"\"file://{empty}\""), "Failed to fetch git repository 'file://" + empty + "'");
        CompareFailure(Expression($"\"http://127.0.0.1:{LoopbackFileServer.FreePort()}/repo.git\""), "Failed to fetch git repository 'http://127.0.0.1:");
    }

    [Fact]
    public void An_scp_like_address_is_fetched_over_ssh()
    {
        // git@host:owner/repo is ssh://git@host/owner/repo for both; ssh itself is replaced by a command that fails.
        var ssh = new Dictionary<string, string> { ["GIT_SSH_COMMAND"] = "false" };
        CompareFailure(Expression("\"git@example.invalid:owner/repo.git\""), "Failed to fetch git repository 'ssh://git@example.invalid/owner/repo.git'", ssh);
    }

    [Fact]
    public void The_default_ref_is_the_remote_s_head()
    {
        // Latest Nix asks the remote for its HEAD; Nix 2.8 always took "master". Arca's default must be 2.8's
        // answer for ref = "dev".
        Git(bare, null, "symbolic-ref", "HEAD", "refs/heads/dev");
        var result = Compare(Expression($"{{ url = \"{Url}\"; ref = \"dev\"; }}"), Expression($"{{ url = \"{Url}\"; }}"));
        if (result is null) return;
        Assert.Contains(dev, result);
    }

    [Fact]
    public void A_revision_is_fetched_without_its_ref()
    {
        // Latest Nix fetches a pinned revision by itself; Nix 2.8 only looked for it on the ref (default master).
        var result = Compare(Expression($"{{ url = \"{Url}\"; ref = \"dev\"; rev = \"{dev}\"; }}"), Expression($"{{ url = \"{Url}\"; rev = \"{dev}\"; }}"));
        if (result is null) return;
        Assert.Contains(dev, result);
    }

    [Fact]
    public void A_git_plus_scheme_names_the_transport()
    {
        // Latest Nix drops "git+" (git knows no such transport); Nix 2.8 passed it to git, which failed.
        var result = Compare(Expression($"\"{Url}\""), Expression($"\"git+{Url}\""));
        if (result is null) return;
        Assert.Contains(master, result);
    }

    [Fact]
    public void Dumb_http_matches_nix()
    {
        var www = Directory.CreateDirectory(Path.Combine(dir, "www")).FullName;
        Git(dir, null, "clone", "-q", "--bare", work, Path.Combine(www, "repo.git"));
        Git(Path.Combine(www, "repo.git"), null, "update-server-info");
        using var server = new LoopbackFileServer(www);
        var url = server.Base + "repo.git";

        var requests = server.Requests;
        var head = Compare(Expression($"\"{url}\""), afterNix: () => requests = server.Requests);
        if (head is null) return;
        Assert.Contains(master, head);
        Assert.True(server.Requests > requests, "Arca answered without asking the server");
        Assert.Contains(dev, Compare(Expression($"{{ url = \"{url}\"; ref = \"dev\"; }}")));
        Assert.Contains(first, Compare(Expression($"{{ url = \"{url}\"; rev = \"{first}\"; }}")));
        CompareFailure(Expression($"\"{server.Base}missing.git\""), $"Failed to fetch git repository '{server.Base}missing.git'");

        // A pinned revision already fetched needs no server.
        server.Stop();
        Assert.Contains(first, Compare(Expression($"{{ url = \"{url}\"; rev = \"{first}\"; }}")));
    }

    /// <summary>
    /// Nix 2.8 evaluates <paramref name="nixExpression"/>, Arca <paramref name="arcaExpression"/> (by default the same);
    /// both must succeed with the same output, which is returned (null when the oracle is missing).
    /// </summary>
    private string? Compare(string nixExpression, string? arcaExpression = null, Action? afterNix = null)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return null;
        var expected = Run(nix, "nix", nixExpression);
        Assert.True(expected.ExitCode == 0, "nix: " + expected.Stderr);
        afterNix?.Invoke();
        var actual = Run(null, "arca", arcaExpression ?? nixExpression);
        output.WriteLine(actual.Stdout);
        Assert.True(actual.ExitCode == 0, "arca: " + actual.Stderr);
        Assert.Equal(expected.Stdout, actual.Stdout);
        return actual.Stdout;
    }

    /// <summary>Both programs fail with exit code 1; Arca's message names the cause and is no .NET stack trace.</summary>
    private void CompareFailure(string expression, string arcaMessage, Dictionary<string, string>? environment = null)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        var expected = Run(nix, "nix", expression, environment);
        var actual = Run(null, "arca", expression, environment);
        output.WriteLine(actual.Stderr);
        Assert.Equal(1, expected.ExitCode);
        Assert.Equal(1, actual.ExitCode);
        Assert.Equal("", actual.Stdout);
        Assert.Contains(arcaMessage, actual.Stderr);
        Assert.Contains("error: ", actual.Stderr);
        Assert.DoesNotContain("at Arca.", actual.Stderr);
    }

    /// <summary>
    /// Puts <paramref name="name"/>'s own store at the one path both programs use (so their store paths compare),
    /// parking the other program's store beside it. Each keeps its store from one evaluation to the next, as its
    /// fetcher cache expects.
    /// </summary>
    private string UseStore(string name)
    {
        var store = Path.Combine(dir, "nix-root");
        if (active == name) return store;
        if (active is not null && Directory.Exists(store)) Directory.Move(store, Path.Combine(dir, "parked-" + active));
        var parked = Path.Combine(dir, "parked-" + name);
        if (Directory.Exists(parked)) Directory.Move(parked, store);
        active = name;
        return store;
    }

    /// <summary>One program's evaluation with its store, home and cache directory; null program: Arca.</summary>
    private ArcaProcess.Result Run(string? program, string name, string expression, Dictionary<string, string>? environment = null)
    {
        var store = UseStore(name);
        var env = new Dictionary<string, string>
        {
            ["HOME"] = Directory.CreateDirectory(Path.Combine(dir, "home-" + name)).FullName,
            ["XDG_CACHE_HOME"] = Path.Combine(dir, "cache-" + name),
            ["NIX_STORE_DIR"] = Path.Combine(store, "store"),
            ["NIX_STATE_DIR"] = Path.Combine(store, "state"),
            ["NIX_LOG_DIR"] = Path.Combine(store, "log"),
            ["NIX_CONF_DIR"] = store,
            ["NIX_PATH"] = "",
            ["no_proxy"] = "127.0.0.1",
        };
        if (program is not null)
        {
            // Only for Nix 2.8: Arca must allow the file transport for submodules itself, as latest Nix does.
            env["GIT_CONFIG_COUNT"] = "1";
            env["GIT_CONFIG_KEY_0"] = "protocol.file.allow";
            env["GIT_CONFIG_VALUE_0"] = "always";
        }
        foreach (var (key, value) in environment ?? []) env[key] = value;
        string[] args = ["--eval", "--strict", "-E", expression];
        return program is null ? ArcaProcess.Run(["nix-instantiate", .. args], env: env) : ArcaProcess.RunProgram(program, args, env: env);
    }

    private static string Rev(string repo, string what)
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-C", repo, "rev-parse", what }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var rev = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return rev;
    }

    private static void Git(string cwd, string? date, params string[] args) => TestGit.Run(cwd, date, args);
}
