namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// The file, hashing, context, regex, version and data-format builtins, and the --json/--xml printers, run through
/// `arca nix-instantiate` and the oracle (Nix 2.8's nix-instantiate) on the same files, compared byte for byte.
/// Only behaviour unchanged since Nix 2.8 is compared here (toJSON of floats and of \b/\f differ on purpose: latest
/// Nix uses nlohmann::json; those are pinned in Arca.Language.Tests instead).
/// </summary>
public sealed class BuiltinsIoDifferentialTests : IDisposable
{
    private const string Oracle = "/usr/bin/nix-instantiate";

    private readonly ITestOutputHelper output;
    private readonly string dir = Directory.CreateTempSubdirectory("arca-io-diff-").FullName;

    public BuiltinsIoDifferentialTests(ITestOutputHelper output)
    {
        this.output = output;
        File.WriteAllText(Path.Combine(dir, "hello.txt"), "hello\n");
        File.WriteAllBytes(Path.Combine(dir, "bytes.bin"), [0xC3, 0xA9, 0x01, 0xFF, 0x0A]);
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "sub", "data.json"), "{\"b\": [1, 2, {\"c\": null}], \"a\": \"x\\ny\", \"u\": \"\\u00e9\"}");
        File.WriteAllText(Path.Combine(dir, "sub", "conf.toml"), "title = \"t\"\n[owner]\nname = \"n\"\n[[p]]\nx = 1\n[[p]]\n");
        File.CreateSymbolicLink(Path.Combine(dir, "link"), "hello.txt");
        File.CreateSymbolicLink(Path.Combine(dir, "dirlink"), "sub");
        File.CreateSymbolicLink(Path.Combine(dir, "dangling"), "nowhere");
    }

    public static TheoryData<string> Expressions() =>
    [
        "[ (builtins.readFile ./hello.txt) (builtins.readFile ./link) (builtins.readFile \"${toString ./.}/hello.txt\") ]",
        "builtins.readDir ./.",
        "builtins.readDir ./dirlink",
        "map builtins.pathExists [ ./hello.txt ./nope ./dangling (toString ./hello.txt + \"/\") (toString ./sub + \"/\") (toString ./dirlink + \"/.\") (toString ./. + \"/../\") ]",
        "map (a: builtins.hashFile a ./bytes.bin) [ \"md5\" \"sha1\" \"sha256\" \"sha512\" ]",
        "map (a: builtins.hashString a \"h\\u00e9llo\") [ \"md5\" \"sha1\" \"sha256\" \"sha512\" ]",
        "[ (builtins.toPath \"/a/./b//c/../d\") (builtins.getEnv \"ARCA_DIFF_VAR\") (builtins.getEnv \"ARCA_DIFF_UNSET\") ]",
        "[ (placeholder \"out\") (builtins.placeholder \"dev\") ]",
        "builtins.fromJSON (builtins.readFile ./sub/data.json)",
        "builtins.fromJSON \"[1, -2, true, false, null, \\\"a\\\\\\\"b\\\", {\\\"k\\\": {}}, []]\"",
        "builtins.toJSON { a = [ 1 \"two\" null true ]; b.c = \"q\\\"uote\\n\\ttab\"; d = { outPath = \"/out\"; }; e = { __toString = self: \"str\"; }; }",
        "fromTOML (builtins.readFile ./sub/conf.toml)",
        "builtins.toXML { a = [ 1 \"s\" null true ]; b = { c = \"<&>\\\"\\n\"; }; }",
        "with builtins; [ (match \"a(b)?(c)\" \"ac\") (match \"(.*)\\\\.nix\" \"foo.nix\") (split \"(a)|b\" \"xaybz\") (split \"x\" \"abc\") (match \"[[:alpha:]]+\" \"abc\") (split \"\" \"ab\") ]",
        "with builtins; [ (compareVersions \"1.0\" \"2.3\") (compareVersions \"2.3pre1\" \"2.3\") (compareVersions \"2.3.1\" \"2.3a\") (splitVersion \"1.2.3pre-4_foo\") (parseDrvName \"nix-0.12pre12876\") (parseDrvName \"hello\") ]",
        "with builtins; let s = appendContext \"x\" { \"/nix/store/pg9yqs4yd85yhdm3f4i5dyaqp5jahrsz-fail.drv\" = { outputs = [ \"out\" \"foo\" ]; allOutputs = true; }; }; in [ (getContext s) (hasContext s) (hasContext (unsafeDiscardStringContext s)) (getContext (unsafeDiscardOutputDependency s)) ]",
    ];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void EvalStrictMatchesTheOracle(string expression) => Compare(["--eval", "--strict", "-E", expression]);

    private const string Value = "{ a = [ 1 \"s\" null true { x = -3; } ]; b = \"q\\\"\\n\"; c = { outPath = \"/o\"; }; f = { z, x ? 1, ... }@args: x; }";

    /// <summary>Latest Nix ends --json output with a newline (std::endl); 2.8 did not.</summary>
    [Fact]
    public void JsonOutputMatchesTheOraclePlusANewline() =>
        Compare(["--eval", "--strict", "--json", "-E", "{ a = [ 1 \"s\" null true { x = -3; } ]; b = \"q\\\"\\n\"; c = { outPath = \"/o\"; }; }"], appendedNewline: true);

    /// <summary>From a file, so positions carry its path as in both versions (2.8 also printed «string» sources).</summary>
    [Fact]
    public void XmlOutputWithLocationsMatchesTheOracle()
    {
        File.WriteAllText(Path.Combine(dir, "value.nix"), Value + "\n");
        Compare(["--eval", "--strict", "--xml", "value.nix"]);
    }

    [Fact]
    public void XmlWithoutLocationsShowsLambdaPatterns() =>
        Compare(["--eval", "--strict", "--xml", "--no-location", "-E", "{ f = { z, x ? 1, ... }@args: x; g = y: y; }"]);

    private void Compare(string[] args, bool appendedNewline = false)
    {
        if (!File.Exists(Oracle))
        {
            var why = $"SKIPPED: the oracle {Oracle} is missing (apt-get install nix-bin)";
            output.WriteLine(why);
            Console.Error.WriteLine(why);
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", why);
            return;
        }
        var env = new Dictionary<string, string> { ["ARCA_DIFF_VAR"] = "value", ["HOME"] = dir };
        var expected = ArcaProcess.RunProgram(Oracle, args, env: env, cwd: dir);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args], env: env, cwd: dir);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(appendedNewline ? [.. expected.StdoutBytes, (byte)'\n'] : expected.StdoutBytes, actual.StdoutBytes);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
