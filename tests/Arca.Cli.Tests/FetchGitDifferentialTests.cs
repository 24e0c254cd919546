namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// <c>builtins.fetchGit</c> on local repositories with a submodule, clean and dirty, with and without
/// <c>submodules = true</c>: the fetched tree's <c>narHash</c> and listing are compared with Nix 2.8's, each program
/// with a store of its own. (Nix 2.8 predates git's refusal of the file transport for submodules; it is given the
/// permission through git's environment, as latest Nix grants it itself.)
/// </summary>
public sealed class FetchGitDifferentialTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string dir = Directory.CreateTempSubdirectory("arca-fetchgit-diff-").FullName;
    private readonly string super;

    public FetchGitDifferentialTests(ITestOutputHelper output)
    {
        this.output = output;
        var sub = Path.Combine(dir, "sub");
        super = Path.Combine(dir, "super");
        Git(dir, "init", "-q", sub);
        File.WriteAllText(Path.Combine(sub, "s.txt"), "in the submodule\n");
        Git(sub, "add", ".");
        Git(sub, "commit", "-qm", "sub");
        Git(dir, "init", "-q", super);
        Directory.CreateDirectory(Path.Combine(super, "d1", "d2"));
        File.WriteAllText(Path.Combine(super, "a.txt"), "a\n");
        File.WriteAllText(Path.Combine(super, "d1", "d2", "q.txt"), "q\n");
        Git(super, "add", ".");
        Git(super, "commit", "-qm", "a");
        Git(super, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, "sub");
        Git(super, "commit", "-qm", "add the submodule");
    }

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories))
            if (File.Exists(f)) File.SetAttributes(f, FileAttributes.Normal);
        Directory.Delete(dir, recursive: true);
    }

    private static string Expression(string repo, bool submodules) =>
        $"let r = builtins.fetchGit {{ url = {repo}; submodules = {(submodules ? "true" : "false")}; }}; "
        + "in [ r.narHash r.submodules r.revCount (builtins.readDir r.outPath) ]";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_committed_revision_matches_nix(bool submodules) => Compare(Expression(super, submodules));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_dirty_work_tree_matches_nix(bool submodules)
    {
        // Dirty in the superproject and in the submodule (a staged new file), with a tracked file deleted from disk
        // under a directory that stays.
        File.WriteAllText(Path.Combine(super, "a.txt"), "changed\n");
        File.WriteAllText(Path.Combine(super, "sub", "new.txt"), "staged in the submodule\n");
        Git(Path.Combine(super, "sub"), "add", "new.txt");
        File.Delete(Path.Combine(super, "d1", "d2", "q.txt"));
        Compare(Expression(super, submodules));
    }

    private void Compare(string expression)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        var expected = Run(nix, "nix", expression);
        var actual = Run(null, "arca", expression);
        output.WriteLine(actual.Stdout);
        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
    }

    /// <summary>One program's evaluation with a store (and git cache) of its own; null program: Arca through its launcher.</summary>
    private ArcaProcess.Result Run(string? program, string name, string expression)
    {
        var home = Directory.CreateDirectory(Path.Combine(dir, "home-" + name)).FullName;
        var env = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["NIX_STORE_DIR"] = Path.Combine(home, "store"),
            ["NIX_STATE_DIR"] = Path.Combine(home, "state"),
            ["NIX_LOG_DIR"] = Path.Combine(home, "log"),
            ["NIX_CONF_DIR"] = home,
            ["NIX_PATH"] = "",
        };
        if (program is not null)
        {
            // Only for Nix 2.8: Arca must allow the file transport for submodules itself, as latest Nix does.
            env["GIT_CONFIG_COUNT"] = "1";
            env["GIT_CONFIG_KEY_0"] = "protocol.file.allow";
            env["GIT_CONFIG_VALUE_0"] = "always";
        }
        string[] args = ["--eval", "--strict", "-E", expression];
        return program is null ? ArcaProcess.Run(["nix-instantiate", .. args], env: env) : ArcaProcess.RunProgram(program, args, env: env);
    }

    private static void Git(string cwd, params string[] args) => TestGit.Run(cwd, null, args);
}
