namespace Arca.Language.Tests.Syntax;

using Arca.Language.Syntax;
using Arca.Language.Values;
using static SyntaxTestKit;

/// <summary>Nix's parse-time lints (lint-*-literals) and the deprecation warning for `or` used as a variable.</summary>
public sealed class WarningTests
{
    private static (string Printed, List<string> Warnings) ParseWithWarnings(string text, ParserOptions options)
    {
        var warnings = new List<string>();
        var withSink = options with
        {
            OnWarning = (message, pos) =>
                warnings.Add(ByteString.ToText(message) + (pos.IsKnown ? $" @ {pos.Line}:{pos.Column}" : "")),
        };
        return (ByteString.ToText(ExprPrinter.Print(Parse(text, withSink))), warnings);
    }

    private static readonly ParserOptions WarnAll = Options with
    {
        LintAbsolutePathLiterals = LintLevel.Warn,
        LintShortPathLiterals = LintLevel.Warn,
        LintUrlLiterals = LintLevel.Warn,
    };

    private static readonly ParserOptions FatalAll = Options with
    {
        LintAbsolutePathLiterals = LintLevel.Fatal,
        LintShortPathLiterals = LintLevel.Fatal,
        LintUrlLiterals = LintLevel.Fatal,
    };

    [Fact]
    public void LintsAreSilentByDefault()
    {
        var (_, warnings) = ParseWithWarnings("[ /abs ~/home short/path http://url ]", Options);
        Assert.Empty(warnings);
    }

    [Fact]
    public void LintsWarnWithTheSettingName()
    {
        var (printed, warnings) = ParseWithWarnings("[ /abs ~/home short/path ./fine ../fine http://url ]", WarnAll);
        Assert.Equal("[ (/abs) (/home/user/home) (/base/dir/short/path) (/base/dir/fine) (/base/fine) (\"http://url\") ]", printed);
        Assert.Equal(
        [
            "absolute path literals are not portable. Consider replacing path literal '/abs' by a string, relative path, or parameter (lint-absolute-path-literals) @ 1:3",
            "home path literals are not portable. Consider replacing path literal '~/home' by a string, relative path, or parameter (lint-absolute-path-literals) @ 1:8",
            "relative path literal 'short/path' should be prefixed with '.' for clarity: './short/path' (lint-short-path-literals) @ 1:15",
            "URL literals are discouraged. Consider using a string literal \"http://url\" instead (lint-url-literals) @ 1:41",
        ], warnings);
    }

    [Theory]
    [InlineData("/tmp/foo", "absolute path literals are not portable. Consider replacing path literal '/tmp/foo' by a string, relative path, or parameter (lint-absolute-path-literals) @ 1:1")]
    [InlineData("~/foo", "home path literals are not portable. Consider replacing path literal '~/foo' by a string, relative path, or parameter (lint-absolute-path-literals) @ 1:1")]
    [InlineData("test/subdir", "relative path literal 'test/subdir' should be prefixed with '.' for clarity: './test/subdir' (lint-short-path-literals) @ 1:1")]
    [InlineData("http://example.com", "URL literals are disallowed. Consider using a string literal \"http://example.com\" instead (lint-url-literals) @ 1:1")]
    public void FatalLintsAreParseErrors(string source, string expected) => Assert.Equal(expected, Error(source, FatalAll));

    [Fact]
    public void QuotedUrlsAreNeverLinted() => Assert.Equal("\"http://x\"", Print("\"http://x\"", FatalAll));

    [Fact]
    public void CursedOrWarnsWhereItsMeaningWillChange()
    {
        var (_, warnings) = ParseWithWarnings(
            "let or = 1; in [\n  [ (x: x) or ]\n  ((x: x * 2) (x:\r\n x + 1) or)\n  ({ a = 2; }.a or (x: x) or)\n]", Options);
        Assert.Equal(3, warnings.Count);
        Assert.Equal(
            "at /base/dir/test.nix:2:5: This expression uses `or` as an identifier in a way that will change in a future Nix release.\n"
            + "Wrap this entire expression in parentheses to preserve its current meaning:\n"
            + "    ((x: x) or)\n"
            + "Give feedback at https://github.com/NixOS/nix/pull/11121", warnings[0]);
        Assert.Contains("at /base/dir/test.nix:3:15:", warnings[1]);
        Assert.Contains("    ((x:\n x + 1) or)\n", warnings[1]);
        Assert.Contains("at /base/dir/test.nix:5:20:", warnings[2]);
    }

    [Theory]
    [InlineData("let or = x: x; in map or [ ]")]
    [InlineData("let f = x: x; or = 1; in f (f or)")]
    [InlineData("let or = 1; f = x: x; in f or")]
    [InlineData("let or = 1; in [ ((x: x) or) ]")]
    public void OrInFunctionPositionOrParenthesisedDoesNotWarn(string source)
    {
        var (_, warnings) = ParseWithWarnings(source, Options);
        Assert.Empty(warnings);
    }
}
