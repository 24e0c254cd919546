namespace Arca.Cli.Tests;

/// <summary><c>arca eval</c>, in the style of <c>nix eval</c>.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public void Expr_prints_forced_values_with_quoted_names()
    {
        var result = ArcaProcess.Run(["eval", "--expr", "{ a = 1 + 1; \"b c\" = [ (2 * 3) ]; }"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{ a = 2; \"b c\" = [ 6 ]; }\n", result.Stdout);
    }

    [Fact]
    public void Attribute_path_json_raw_and_apply()
    {
        Assert.Equal("[1,2]\n", ArcaProcess.Run(["eval", "--expr", "{ x.y = [ 1 2 ]; }", "x.y", "--json"]).Stdout);
        Assert.Equal("hello", ArcaProcess.Run(["eval", "--expr", "\"hello\"", "--raw"]).Stdout);
        Assert.Equal("3\n", ArcaProcess.Run(["eval", "--expr", "[ 1 2 3 ]", "--apply", "builtins.length"]).Stdout);
    }

    [Fact]
    public void File_argument_and_errors()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{ n ? 5 }: { double = n * 2; }");
            Assert.Equal("10\n", ArcaProcess.Run(["eval", "--file", file, "double"]).Stdout);
            var failing = ArcaProcess.Run(["eval", "--file", file, "missing"]);
            Assert.Equal(1, failing.ExitCode);
            Assert.Contains("attribute 'missing' in selection path 'missing' not found", failing.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
