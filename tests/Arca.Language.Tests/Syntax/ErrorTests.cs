namespace Arca.Language.Tests.Syntax;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using static SyntaxTestKit;

/// <summary>
/// Parse errors: the message and the position Nix reports. Syntax errors name the expected tokens of the LALR state
/// in which Nix's bison parser detects the error (none when there are more than four).
/// </summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("(1", "syntax error, unexpected end of file, expecting ')' @ 1:3")]
    [InlineData("(\n# comment\n", "syntax error, unexpected end of file @ 3:1")]
    [InlineData("if 1 then 2", "syntax error, unexpected end of file, expecting 'else' @ 1:12")]
    [InlineData("if 1 else 2", "syntax error, unexpected 'else', expecting 'then' @ 1:6")]
    [InlineData("if then", "syntax error, unexpected 'then' @ 1:4")]
    [InlineData("assert 1", "syntax error, unexpected end of file, expecting ';' @ 1:9")]
    [InlineData("with 1 2", "syntax error, unexpected end of file, expecting ';' @ 1:9")]
    [InlineData("1 2 ;", "syntax error, unexpected ';', expecting end of file @ 1:5")]
    [InlineData("123 \u00e9 4", "syntax error, unexpected invalid token, expecting end of file @ 1:5")]
    [InlineData("& 1", "syntax error, unexpected invalid token @ 1:1")]
    [InlineData(")", "syntax error, unexpected ')' @ 1:1")]
    [InlineData("&& true", "syntax error, unexpected '&&' @ 1:1")]
    [InlineData("1 != != 2", "syntax error, unexpected '!=' @ 1:6")]
    [InlineData("1 == 2 == 3", "syntax error, unexpected '==' @ 1:8")]
    [InlineData("1 < 2 > 3", "syntax error, unexpected '>' @ 1:7")]
    [InlineData("1 <= 2 < 3", "syntax error, unexpected '<' @ 1:8")]
    [InlineData("a.assert", "syntax error, unexpected 'assert', expecting identifier or 'or' or '${' or '\"' @ 1:3")]
    [InlineData("a.b.", "syntax error, unexpected end of file, expecting identifier or 'or' or '${' or '\"' @ 1:5")]
    [InlineData("a.''", "syntax error, unexpected start of an indented string, expecting identifier or 'or' or '${' or '\"' @ 1:3")]
    [InlineData("a.~/foo", "syntax error, unexpected '~/\u2026' path, expecting identifier or 'or' or '${' or '\"' @ 1:3")]
    [InlineData("a.<nixpkgs>", "syntax error, unexpected '<\u2026>' path, expecting identifier or 'or' or '${' or '\"' @ 1:3")]
    [InlineData("{ } ? ./foo", "syntax error, unexpected path, expecting identifier or 'or' or '${' or '\"' @ 1:7")]
    [InlineData("a.b or", "syntax error, unexpected end of file @ 1:7")]
    [InlineData("{ a = 1 }", "syntax error, unexpected '}', expecting ';' @ 1:9")]
    [InlineData("{ a 1 }", "syntax error, unexpected integer, expecting '.' or '=' @ 1:5")]
    [InlineData("{ a ... }", "syntax error, unexpected '...', expecting '.' or '=' @ 1:5")]
    [InlineData("{ a : 1 }", "syntax error, unexpected ':', expecting '.' or '=' @ 1:5")]
    [InlineData("{ 1 = x; }", "syntax error, unexpected integer, expecting 'inherit' @ 1:3")]
    [InlineData("{ 1.5 = x; }", "syntax error, unexpected floating-point literal, expecting 'inherit' @ 1:3")]
    [InlineData("{ a = 1; 2 }", "syntax error, unexpected integer, expecting 'inherit' @ 1:10")]
    [InlineData("{ a = 1;", "syntax error, unexpected end of file, expecting 'inherit' @ 1:9")]
    [InlineData("rec { a = 1; 2 }", "syntax error, unexpected integer, expecting 'inherit' or '}' @ 1:14")]
    [InlineData("rec { 2 }", "syntax error, unexpected integer, expecting 'inherit' or '}' @ 1:7")]
    [InlineData("let { 2 }", "syntax error, unexpected integer, expecting 'inherit' or '}' @ 1:7")]
    [InlineData("let a = 1; 2", "syntax error, unexpected integer, expecting 'in' or 'inherit' @ 1:12")]
    [InlineData("let 1", "syntax error, unexpected integer, expecting 'in' or 'inherit' @ 1:5")]
    [InlineData("f let 1", "syntax error, unexpected integer, expecting '{' @ 1:7")]
    [InlineData("rec 1", "syntax error, unexpected integer, expecting '{' @ 1:5")]
    [InlineData("{ inherit http://x; }", "syntax error, unexpected URI @ 1:11")]
    [InlineData("{ inherit (a) 1; }", "syntax error, unexpected integer @ 1:15")]
    [InlineData("{ inherit (a b; }", "syntax error, unexpected ';', expecting ')' @ 1:15")]
    [InlineData("inherit a", "syntax error, unexpected 'inherit' @ 1:1")]
    [InlineData("a ? 1", "syntax error, unexpected integer, expecting identifier or 'or' or '${' or '\"' @ 1:5")]
    [InlineData("{ a, b }", "syntax error, unexpected end of file, expecting ':' or '@' @ 1:9")]
    [InlineData("{ a }", "syntax error, unexpected end of file, expecting ':' or '@' @ 1:6")]
    [InlineData("{ ... } x", "syntax error, unexpected identifier, expecting ':' or '@' @ 1:9")]
    [InlineData("{ a, 1 }: 1", "syntax error, unexpected integer, expecting identifier or '...' or '}' @ 1:6")]
    [InlineData("{ x, y : 1 }: 1", "syntax error, unexpected ':', expecting '}' or ',' @ 1:8")]
    [InlineData("{ a ? 1 ; }: 1", "syntax error, unexpected ';', expecting '}' or ',' @ 1:9")]
    [InlineData("{ ..., a }: 1", "syntax error, unexpected ',', expecting '}' @ 1:6")]
    [InlineData("x @ y: 1", "syntax error, unexpected identifier, expecting '{' @ 1:5")]
    [InlineData("{ a } @ 1: 2", "syntax error, unexpected integer, expecting identifier @ 1:9")]
    [InlineData("{ a } @ b 1", "syntax error, unexpected integer, expecting ':' @ 1:11")]
    [InlineData("x @ { a } 1", "syntax error, unexpected integer, expecting ':' @ 1:11")]
    [InlineData("\"abc", "syntax error, unexpected end of file, expecting '\"' @ 1:5")]
    [InlineData("a 1\"$", "syntax error, unexpected end of file, expecting '\"' @ 1:6")]
    [InlineData("\"a\\", "syntax error, unexpected end of file, expecting '\"' @ 1:4")]
    [InlineData("\"${1;}\"", "syntax error, unexpected ';', expecting '}' @ 1:5")]
    [InlineData("''abc", "syntax error, unexpected end of file, expecting indented string or '${' or end of an indented string @ 1:6")]
    [InlineData("[ 1 ", "syntax error, unexpected end of file @ 1:5")]
    [InlineData("[ 1 ; ]", "syntax error, unexpected ';' @ 1:5")]
    [InlineData("x:", "syntax error, unexpected end of file @ 1:3")]
    [InlineData("1 + if 1 then 2 else 3", "syntax error, unexpected 'if' @ 1:5")]
    [InlineData("f x: x", "syntax error, unexpected ':', expecting end of file @ 1:4")]
    [InlineData("a |> b", "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it @ 1:3")]
    [InlineData("a <| b", "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it @ 1:3")]
    [InlineData("1 /* unterminated", "syntax error, unexpected '*' @ 1:4")]
    public void SyntaxErrors(string source, string expected) => Assert.Equal(expected, Error(source));

    [Theory]
    [InlineData("{ x = 1;\n  y = 2;\n  x = 3; }", "attribute 'x' already defined at /base/dir/test.nix:1:3 @ 3:3")]
    [InlineData("{ a.b = 1; a.b = 2; }", "attribute 'a.b' already defined at /base/dir/test.nix:1:3 @ 1:12")]
    [InlineData("{ a = 1; a.b = 2; }", "attribute 'a' already defined at /base/dir/test.nix:1:3 @ 1:10")]
    [InlineData("{ a.b = 1; a = 2; }", "attribute 'a' already defined at /base/dir/test.nix:1:3 @ 1:12")]
    [InlineData("{ a.b.c = 1; a.b.c.d = 2; }", "attribute 'a.b.c' already defined at /base/dir/test.nix:1:3 @ 1:14")]
    [InlineData("{ \"a b\".c = 1; \"a b\".c = 2; }", "attribute '\"a b\".c' already defined at /base/dir/test.nix:1:3 @ 1:16")]
    [InlineData("{ a.${\"b\"} = 1; a.b = 2; }", "attribute 'a.b' already defined at /base/dir/test.nix:1:3 @ 1:17")]
    [InlineData("{ x.z = 3;\n  x = { y = 3; z = 3; }; }", "attribute 'x.z' already defined at /base/dir/test.nix:1:3 @ 2:16")]
    [InlineData("{ x.y.y = 3; x = { y.y = 3; }; }", "attribute 'x.y.y' already defined at /base/dir/test.nix:1:3 @ 1:20")]
    [InlineData("{ inherit x; inherit x; }", "attribute 'x' already defined at /base/dir/test.nix:1:11 @ 1:22")]
    [InlineData("{ x = 1; inherit (a) x; }", "attribute 'x' already defined at /base/dir/test.nix:1:3 @ 1:22")]
    [InlineData("{ inherit x; x = { }; }", "attribute 'x' already defined at /base/dir/test.nix:1:11 @ 1:14")]
    [InlineData("let a = 1; a = 2; in a", "attribute 'a' already defined at /base/dir/test.nix:1:5 @ 1:12")]
    [InlineData("{ \"if\" = 1; \"if\" = 2; }", "attribute '\"if\"' already defined at /base/dir/test.nix:1:3 @ 1:13")]
    public void DuplicateAttributes(string source, string expected) => Assert.Equal(expected, Error(source));

    [Theory]
    [InlineData("{ a, b, a }: 1", "duplicate formal function argument 'a' @ 1:9")]
    [InlineData("{ b, a, b, a }: 1", "duplicate formal function argument 'b' @ 1:9")]
    [InlineData("args@{ args, x }: x", "duplicate formal function argument 'args' @ 1:1")]
    [InlineData("{ x, args }@args: x", "duplicate formal function argument 'args' @ 1:1")]
    [InlineData("{ a, a }: { b = 1; b = 2; }", "attribute 'b' already defined at /base/dir/test.nix:1:13 @ 1:20")]
    public void DuplicateFormals(string source, string expected) => Assert.Equal(expected, Error(source));

    [Theory]
    [InlineData("let ${\"a\" + \"\"} = 1; in a", "dynamic attributes not allowed in let @ 1:1")]
    [InlineData("let\n  \"${\"a\"}\" = 1;\nin a", "dynamic attributes not allowed in let @ 1:1")]
    [InlineData("{ inherit ${\"a\" + \"\"}; }", "dynamic attributes not allowed in inherit @ 1:11")]
    [InlineData("{ inherit (x) \"${a}\"; }", "dynamic attributes not allowed in inherit @ 1:15")]
    [InlineData("9223372036854775808", "invalid integer '9223372036854775808' @ 1:1")]
    [InlineData("[ 1 99999999999999999999 ]", "invalid integer '99999999999999999999' @ 1:5")]
    [InlineData("1.0e400", "invalid float '1.0e400' @ 1:1")]
    [InlineData("1.0e-310", "invalid float '1.0e-310' @ 1:1")]
    [InlineData("/nix/store/\n", "path has a trailing slash @ 1:12")]
    [InlineData("x: /nix/store/", "path has a trailing slash @ 1:4")]
    [InlineData("./a/${b}/ ", "path has a trailing slash @ 1:10")]
    [InlineData("\"foo\0bar\"", "input string 'foo\u2400bar' cannot be represented as Nix string because it contains null bytes @ 1:2")]
    [InlineData("''\n  a\0\n''", "input string '  a\u2400\n' cannot be represented as Nix string because it contains null bytes @ 2:1")]
    public void OtherErrors(string source, string expected) => Assert.Equal(expected, Error(source));

    [Fact]
    public void AnEarlierSyntaxErrorWinsOverALaterLexicalError() =>
        Assert.Equal("syntax error, unexpected ']' @ 1:2", Error("(] 99999999999999999999"));

    [Fact]
    public void DynamicLetAttributesAreReportedAfterTheBodyParses() =>
        Assert.StartsWith("syntax error", Error("let ${a} = 1; in )"));

    [Fact]
    public void ParseErrorsAreParseErrors() => Assert.IsType<ParseError>(Fails("{ a = 1; a = 2; }"));

    [Fact]
    public void HomePathsAreRejectedInPureMode()
    {
        var e = Fails("~/x", Options with { PureEval = true });
        Assert.Equal("the path '~/x' can not be resolved in pure mode", e.Message);
    }

    [Fact]
    public void ZeroFloatsAreFine() => Assert.Equal("0", Print("0.0e-400"));
}
