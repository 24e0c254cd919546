namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>Messages on standard error are filtered as Nix's logger filters them (<see cref="LogText"/>).</summary>
public sealed class LogTextTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", "a       b")]
    [InlineData("trace: a\tb", "trace: a        b")]
    [InlineData("\t", "        ")]
    [InlineData("12345678\tx", "12345678        x")]
    [InlineData("a\rb\ac", "abc")]
    [InlineData("\e[1mbold\e[0m and \e[1;35mpink\e[0m", "bold and pink")]
    [InlineData("\e[2Kcleared", "cleared")]
    [InlineData("\e]8;;http://example.org\e\\link\e]8;;\e\\ text", "link text")]
    [InlineData("\e]0;title\alater", "later")]
    [InlineData("\e(Bx", "(Bx")]   // ESC followed by a byte outside 0x40–0x5F: only the ESC goes
    [InlineData("\eDx", "x")]
    public void Without_a_terminal_escapes_go_and_tabs_expand(string message, string expected) =>
        Assert.Equal(expected, LogText.Filter(message, keepColors: false));

    [Fact]
    public void On_a_terminal_colours_stay_and_other_escapes_go()
    {
        Assert.Equal("\e[1mbold\e[0m x", LogText.Filter("\e[1mbold\e[0m\e[2K x", keepColors: true));
        Assert.Equal("link", LogText.Filter("\e]8;;http://example.org\e\\link\e]8;;\e\\", keepColors: true));
    }

    [Fact]
    public void Columns_count_characters_not_utf8_continuation_bytes_or_escapes()
    {
        // "é" as a byte string is two chars (0xC3 0xA9): one column.
        Assert.Equal("\u00c3\u00a9       x", LogText.Filter("\u00c3\u00a9\tx", keepColors: false));
        Assert.Equal("ab      x", LogText.Filter("\e[1ma\e[0mb\tx", keepColors: false));
        // The same character as ordinary text (one char) counts one column too.
        Assert.Equal("«s»     x", LogText.Filter("«s»\tx", keepColors: false));
    }

    /// <summary>The same through the real executable, against the oracle: both filter escape sequences and tabs in traces and errors.</summary>
    [Theory]
    [InlineData("builtins.trace \"a\\tb\\rc\" 1")]
    [InlineData("let esc = builtins.fromJSON \"\\\"\\\\u001b\\\"\"; in builtins.trace \"${esc}[1;35mpink${esc}[0m\\tx\" 1")]
    public void Traces_are_filtered_like_nix(string expression)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        string[] args = ["--eval", "-E", expression];
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args]);
        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.Stdout, actual.Stdout);
    }

    [Fact]
    public void An_error_message_loses_its_colour_codes_in_a_pipe()
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        string[] args = ["--eval", "-E", "let esc = builtins.fromJSON \"\\\"\\\\u001b\\\"\"; in throw \"a ${esc}[1mX${esc}[0m b\""];
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args]);
        Assert.Equal(1, actual.ExitCode);
        Assert.Contains("error: a X b", expected.Stderr);
        Assert.Contains("error: a X b", actual.Stderr);
        Assert.DoesNotContain("\e", actual.Stderr);
    }
}
