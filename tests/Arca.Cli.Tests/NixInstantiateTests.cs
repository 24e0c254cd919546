namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// <c>nix-instantiate --eval</c> through the real executable: output bytes compared with the oracle where Nix 2.8
/// and latest Nix agree, and latest Nix's behaviour asserted directly where they differ.
/// </summary>
public sealed class NixInstantiateTests(ITestOutputHelper output)
{
    private static ArcaProcess.Result Arca(params string[] args) => ArcaProcess.Run(["nix-instantiate", .. args]);

    public static TheoryData<string[]> SameAsNix => new()
    {
        { ["--eval", "-E", "1 + 2 * 3 - 4 / 2"] },
        { ["--eval", "--strict", "-E", "{ b = [ 1 2.5 \"x\\n\\\"y\" ]; a = null; c = true; }"] },
        { ["--eval", "-E", "{ a = 1 + 1; b = [ (2 + 2) ]; }"] },
        { ["--eval", "--strict", "-E", "let f = { a, b ? a + 1, ... }@args: [ a b args.c ]; in f { a = 1; c = 3; }"] },
        { ["--eval", "--strict", "-E", "rec { x = y + 1; y = 2; z = with { y = 10; q = 1; }; [ y q ]; }"] },
        { ["--eval", "--strict", "-E", "let s = { a.b.c = 1; } // { d = 2; }; in [ (s.a.b.c) (s ? a.b) (s.x or 7) ]"] },
        { ["--eval", "--strict", "-E", "builtins.map (x: \"${toString x}!\") [ 1 2 3 ]"] },
        { ["--eval", "-E", "x: x"] },
        { ["--eval", "-E", "builtins.map"] },
        { ["--eval", "-E", "[ 0.1 1.0e10 123456789.0 1.5e-7 ]"] },
        { ["--eval", "--strict", "-E", "let x = [ 1 ]; in [ x x ]"] },
        { ["--eval", "--strict", "-E", "{ f = x: x; }", "-A", "f"] },
        { ["--eval", "--strict", "-E", "{ a = { b = [ 10 20 ]; }; }", "-A", "a.b.1"] },
        { ["--eval", "--strict", "-E", "{ x ? 1, y }: x + y", "--arg", "y", "41"] },
        { ["--eval", "--strict", "-E", "{ s }: s + \"!\"", "--argstr", "s", "hi"] },
        { ["--eval", "--strict", "-E", "builtins.foldl' (a: b: a + b) 0 (builtins.genList (x: x) 1000000)"] },
    };

    [Theory]
    [MemberData(nameof(SameAsNix))]
    public void Output_matches_nix_byte_for_byte(string[] args)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = Arca(args);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.StdoutBytes, actual.StdoutBytes);
    }

    [Fact]
    public void Xml_of_a_file_matches_nix()
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        var file = Path.Combine(Path.GetTempPath(), $"arca-xml-{Guid.NewGuid():N}.nix");
        File.WriteAllText(file, "{ a = [ 1 \"two\" ]; f = { x, y ? 1 }: x; g = z: z; }\n");
        try
        {
            string[] args = ["--eval", "--xml", "--strict", file];
            Assert.Equal(ArcaProcess.RunProgram(nix, args).StdoutBytes, Arca(args).StdoutBytes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Where Nix 2.8 differs (it lacks --raw, and its --json has no final newline), latest Nix is followed.</summary>
    [Fact]
    public void Json_and_raw_output_follow_latest_nix()
    {
        Assert.Equal("{\"a\":[1,\"two\",null,true],\"b\":{\"c\":1.5}}\n",
            Arca("--eval", "--json", "--strict", "-E", "{ a = [ 1 \"two\" null true ]; b.c = 1.5; }").Stdout);
        Assert.Equal("raw\ttext", Arca("--eval", "--raw", "-E", "\"raw\\ttext\"").Stdout);
    }

    [Fact]
    public void A_file_a_directory_and_stdin()
    {
        var dir = Directory.CreateTempSubdirectory("arca-eval-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "default.nix"), "{ x = import ./other.nix; }");
            File.WriteAllText(Path.Combine(dir.FullName, "other.nix"), "[ ./other.nix 42 ]");
            var result = Arca("--eval", "--strict", dir.FullName);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal($"{{ x = [ {dir.FullName}/other.nix 42 ]; }}\n", result.Stdout);

            var stdin = ArcaProcess.Run(["nix-instantiate", "--eval", "-"], stdin: "builtins.length [ 1 2 3 ]");
            Assert.Equal("3\n", stdin.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Search_path_from_I_and_NIX_PATH()
    {
        var dir = Directory.CreateTempSubdirectory("arca-path-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "lib"));
            File.WriteAllText(Path.Combine(dir.FullName, "lib", "default.nix"), "\"from lib\"");
            var viaI = Arca("--eval", "-I", $"mylib={dir.FullName}/lib", "-E", "import <mylib>");
            Assert.Equal("\"from lib\"\n", viaI.Stdout);
            var viaEnv = ArcaProcess.Run(["nix-instantiate", "--eval", "-E", "import <lib>"],
                env: new Dictionary<string, string> { ["NIX_PATH"] = dir.FullName });
            Assert.Equal("\"from lib\"\n", viaEnv.Stdout);

            var missing = Arca("--eval", "-E", "<nope>");
            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("error: file 'nope' was not found in the Nix search path (add it using $NIX_PATH or -I)", missing.Stderr);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Errors_are_rendered_as_latest_nix()
    {
        var result = Arca("--eval", "-E", "let f = { x }: x; in f { y = 1; }");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "error:\n" +
            "       … from call site\n" +
            "         at «string»:1:22:\n" +
            "            1| let f = { x }: x; in f { y = 1; }\n" +
            "             |                      ^\n" +
            "\n" +
            "       error: function 'f' called without required argument 'x'\n" +
            "       at «string»:1:9:\n" +
            "            1| let f = { x }: x; in f { y = 1; }\n" +
            "             |         ^\n",
            result.Stderr);
    }

    [Fact]
    public void Undefined_variables_are_reported_before_evaluation()
    {
        var result = Arca("--eval", "-E", "if true then 1 else undefinedThing");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: undefined variable 'undefinedThing'\n       at «string»:1:21:", result.Stderr);
        Assert.Equal(1, Arca("--parse", "-E", "x").ExitCode);
    }

    [Fact]
    public void Deep_non_tail_recursion_is_a_nix_error_not_a_crash()
    {
        var result = Arca("--eval", "-E", "let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: stack overflow; max-call-depth exceeded", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Fact]
    public void Deeply_nested_lists_evaluate_or_fail_cleanly()
    {
        var nested = new string('[', 10_000) + "1" + new string(']', 10_000);
        var printed = ArcaProcess.Run(["nix-instantiate", "--eval", "--strict", "-"], stdin: nested);
        Assert.True(printed.ExitCode is 0 or 1, printed.Stderr);
        if (printed.ExitCode == 0) Assert.StartsWith("[ [ [ ", printed.Stdout);
        else Assert.Contains("stack overflow; max-call-depth exceeded", printed.Stderr);

        var forced = ArcaProcess.Run(["nix-instantiate", "--eval", "-"], stdin: "builtins.deepSeq (" + nested + ") 7");
        Assert.True(forced.ExitCode is 0 or 1, forced.Stderr);
        Assert.DoesNotContain("internal error", forced.Stderr);
    }

    [Fact]
    public void Without_eval_plain_values_instantiate_nothing()
    {
        var result = Arca("-E", "{ a = 1; }");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var failing = Arca("-E", "{ a = throw \"boom\"; }");
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("boom", failing.Stderr);
    }

    [Fact]
    public void Unknown_flags_are_usage_errors()
    {
        var result = Arca("--no-such-flag");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: unrecognised flag '--no-such-flag'", result.Stderr);
    }

    [Fact]
    public void Evaluation_settings_come_from_nix_conf_and_the_command_line_overrides_them()
    {
        var dir = Directory.CreateTempSubdirectory("arca-conf-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "nix.conf"), "abort-on-warn = true\n");
            var env = new Dictionary<string, string> { ["NIX_CONF_DIR"] = dir.FullName };
            var aborted = ArcaProcess.Run(["nix-instantiate", "--eval", "-E", "builtins.warn \"careful\" 1"], env: env);
            Assert.Equal(1, aborted.ExitCode);
            Assert.Contains("evaluation warning: careful", aborted.Stderr);
            Assert.Contains("aborting to reveal stack trace of warning, as abort-on-warn is set", aborted.Stderr);

            var overridden = ArcaProcess.Run(["nix-instantiate", "--eval", "--option", "abort-on-warn", "false", "-E", "builtins.warn \"careful\" 1"], env: env);
            Assert.Equal(0, overridden.ExitCode);
            Assert.Equal("1\n", overridden.Stdout);

            var fromFlag = Arca("--eval", "--option", "abort-on-warn", "true", "-E", "builtins.warn \"careful\" 1");
            Assert.Equal(1, fromFlag.ExitCode);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
