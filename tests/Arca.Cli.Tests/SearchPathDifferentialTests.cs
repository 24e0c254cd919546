namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// Where the search path comes from, compared with Nix 2.8: <c>-I</c> first, then the <c>nix-path</c> setting, whose
/// configured value (nix.conf, <c>--option</c>) wins over <c>NIX_PATH</c>, whose absence means the channels that exist;
/// pure evaluation has none of it. Each case runs both programs with the same nix.conf, home and state directory.
/// </summary>
public sealed class SearchPathDifferentialTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string dir = Directory.CreateTempSubdirectory("arca-searchpath-").FullName;

    public SearchPathDifferentialTests(ITestOutputHelper output)
    {
        this.output = output;
        foreach (var sub in new[] { "conf", "empty-conf", "x", "y", "home/.nix-defexpr/channels", "state/profiles/per-user/root/channels/nixpkgs" })
            Directory.CreateDirectory(Path.Combine(dir, sub));
        File.WriteAllText(Path.Combine(dir, "x", "default.nix"), "\"from the setting\"");
        File.WriteAllText(Path.Combine(dir, "y", "default.nix"), "\"from NIX_PATH\"");
        File.WriteAllText(Path.Combine(dir, "conf", "nix.conf"), $"nix-path = foo={dir}/x\n");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string, string?, string[]> Cases => new()
    {
        // nix.conf's nix-path over NIX_PATH, then -I before it, then --option replacing it.
        { "conf", "foo=Y", ["--eval", "-E", "[ builtins.nixPath (import <foo>) ]", "--strict"] },
        { "conf", "foo=Y", ["-I", "foo=Y", "--eval", "-E", "[ builtins.nixPath (import <foo>) ]", "--strict"] },
        { "conf", "foo=Y", ["--option", "nix-path", "bar=Y", "--eval", "-E", "builtins.nixPath", "--strict"] },
        { "empty-conf", "foo=Y", ["--eval", "-E", "[ builtins.nixPath (import <foo>) ]", "--strict"] },
        // No NIX_PATH: the user's and root's channels, as they exist.
        { "empty-conf", null, ["--eval", "-E", "builtins.nixPath", "--strict"] },
        { "empty-conf", null, ["--option", "nix-path", "", "--eval", "-E", "builtins.nixPath", "--strict"] },
        // Pure evaluation: no search path, not even -I.
        { "conf", "foo=Y", ["-I", "foo=Y", "--pure-eval", "--eval", "-E", "builtins.nixPath", "--strict"] },
        { "conf", "foo=Y", ["-I", "foo=Y", "--pure-eval", "--eval", "-E", "<foo>"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_search_path_is_nixs(string confDir, string? nixPath, string[] args)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        var resolved = args.Select(a => a.Replace("=Y", $"={dir}/y")).ToArray();
        var expected = Run(nix, confDir, nixPath, resolved);
        var actual = Run(ArcaProcess.ClassicCommand("nix-instantiate"), confDir, nixPath, resolved);
        output.WriteLine($"nix: {expected.ExitCode} {expected.Stdout}{expected.Stderr}");
        output.WriteLine($"arca: {actual.ExitCode} {actual.Stdout}{actual.Stderr}");
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
    }

    private ArcaProcess.Result Run(string program, string confDir, string? nixPath, string[] args)
    {
        ArcaProcess.EnsureBuilt();
        // `env` sets or removes NIX_PATH: its absence, not an empty value, is what selects the channels.
        string[] environment = nixPath is null ? ["-u", "NIX_PATH"] : [$"NIX_PATH={nixPath.Replace("=Y", $"={dir}/y")}"];
        return ArcaProcess.RunProgram("/usr/bin/env", [.. environment, program, .. args], env: new Dictionary<string, string>
        {
            ["NIX_CONF_DIR"] = Path.Combine(dir, confDir),
            ["NIX_CONFIG"] = "",
            ["HOME"] = Path.Combine(dir, "home"),
            ["NIX_STATE_DIR"] = Path.Combine(dir, "state"),
            ["NIX_STORE_DIR"] = Path.Combine(dir, "store"),
        });
    }
}
