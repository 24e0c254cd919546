namespace Arca.Language.Tests.Syntax;

using static SyntaxTestKit;

/// <summary>
/// The tree the parser builds, observed through the --parse printer (which prints it as latest Nix does). Expected
/// strings were checked against `nix-instantiate --parse` where Nix 2.8 prints the same way.
/// </summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("007", "7")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("1.e5", "100000")]
    [InlineData("1.0e-5", "1e-05")]
    [InlineData("2.5E+7", "2.5e+07")]
    [InlineData("1000000.0", "1e+06")]
    [InlineData("123456789.0", "1.23457e+08")]
    [InlineData("3.14159265", "3.14159")]
    [InlineData("1.0e100", "1e+100")]
    [InlineData("00.5", "(0 0.5)")]
    [InlineData("1e5", "(1 e5)")]
    public void Numbers(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("x", "x")]
    [InlineData("a'-b_c", "a'-b_c")]
    [InlineData("__curPos", "__curPos")]
    [InlineData("iffy", "iffy")]
    [InlineData("true", "true")]
    public void Identifiers(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("\"abc\"", "\"abc\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"a\\nb\\tc\\rd\\\\e\\\"f\\qg\"", "\"a\\nb\\tc\\rd\\\\e\\\"fqg\"")]
    [InlineData("\"$${x}\"", "\"$\\${x}\"")]
    [InlineData("\"\\${x}\"", "\"\\${x}\"")]
    [InlineData("\"a$\"", "\"a$\"")]
    [InlineData("\"$$\"", "\"$$\"")]
    [InlineData("\"a${b}c\"", "(\"a\" + b + \"c\")")]
    [InlineData("\"${b}\"", "(b)")]
    [InlineData("\"${\"x\"}\"", "(\"x\")")]
    [InlineData("\"a\r\nb\rc\"", "\"a\\nb\\nc\"")]
    [InlineData("\"\\\r\"", "\"\\r\"")]
    public void Strings(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("''\n  a\n    b\n  ''", "\"a\\n  b\\n\"")]
    [InlineData("''  a\n  b''", "\"a\\nb\"")]
    [InlineData("''''", "\"\"")]
    [InlineData("''\n''", "\"\"")]
    [InlineData("''\n    end''", "\"end\"")]
    [InlineData("''''$x''", "(\"$\" + \"x\")")]
    [InlineData("''''${x}''", "(\"$\" + \"{x}\")")]
    [InlineData("''$${x}''", "\"$\\${x}\"")]
    [InlineData("''a''\\nb''", "(\"a\" + \"\\n\" + \"b\")")]
    [InlineData("''x ${y} z''", "(\"x \" + y + \" z\")")]
    [InlineData("''\n  ${y}\n  z\n''", "(y + \"\\nz\\n\")")]
    [InlineData("''\n  a\n\n    b\n''", "\"a\\n\\n  b\\n\"")]
    [InlineData("''\n  a\n ''", "\"a\\n\"")]
    [InlineData("''\n  a\n b''", "\" a\\nb\"")]
    [InlineData("''a'b''", "\"a'b\"")]
    [InlineData("''a'$''", "(\"a\" + \"'\" + \"$\")")]
    [InlineData("''\n\tx\n''", "\"\\tx\\n\"")]
    [InlineData("''\r\n  a\r\n  ''", "\"\\r\\n  a\\r\\n\"")]
    public void IndentedStrings(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("./a", "/base/dir/a")]
    [InlineData("./.", "/base/dir")]
    [InlineData("../x/./y", "/base/x/y")]
    [InlineData("a/b", "/base/dir/a/b")]
    [InlineData("x.y/z", "/base/dir/x.y/z")]
    [InlineData("/abs//p/../q", "(/abs/ + \"/p/../q\")")]
    [InlineData("~/foo/bar", "/home/user/foo/bar")]
    [InlineData("~/a/../b", "/home/user/a/../b")]
    [InlineData("123/4", "/base/dir/123/4")]
    [InlineData("./a/${b}", "(/base/dir/a/ + b)")]
    [InlineData("./a${b}.nix", "(/base/dir/a + b + \".nix\")")]
    [InlineData("./${b}", "(/base/dir/ + b)")]
    [InlineData("a/${b}/c", "(/base/dir/a/ + b + \"/c\")")]
    [InlineData("/${b}", "(/ + b)")]
    [InlineData("~/${b}", "(/home/user/ + b)")]
    [InlineData("<nixpkgs/lib>", "(__findFile __nixPath \"nixpkgs/lib\")")]
    [InlineData("<a>", "(__findFile __nixPath \"a\")")]
    [InlineData("http://example.org/a?b=c&d", "\"http://example.org/a?b=c&d\"")]
    [InlineData("x:x", "\"x:x\"")]
    [InlineData("a / b", "(__div a b)")]
    [InlineData("a/ b", "(__div a b)")]
    [InlineData("a//b", "(a // b)")]
    public void PathsAndUris(string source, string expected) => Assert.Equal(expected, Print(source));

    /// <summary>Flex's longest match decides between identifiers, numbers, paths, URIs and operators.</summary>
    [Theory]
    [InlineData("a<b>c", "(a (__findFile __nixPath \"b\") c)")]
    [InlineData("a <b", "(__lessThan a b)")]
    [InlineData("1<2", "(__lessThan 1 2)")]
    [InlineData("a<=b", "(! (__lessThan b a))")]
    [InlineData("01.5", "(1 0.5)")]
    [InlineData("1.5e", "(1.5 e)")]
    [InlineData("a:b/c", "\"a:b/c\"")]
    [InlineData("a+b.c-d:x", "\"a+b.c-d:x\"")]
    [InlineData("a.b/c", "/base/dir/a.b/c")]
    [InlineData("-/x", "/base/dir/-/x")]
    [InlineData("+/x", "/base/dir/+/x")]
    [InlineData("1.5/x", "/base/dir/1.5/x")]
    [InlineData(".5/x", "/base/dir/.5/x")]
    [InlineData("a-b", "a-b")]
    [InlineData("a--b", "a--b")]
    [InlineData("a ->b", "(a -> b)")]
    [InlineData("a'/b", "(a' /b)")]
    [InlineData("inx", "inx")]
    [InlineData("a/**/b", "(a b)")]
    [InlineData("a/***/b", "(a b)")]
    [InlineData("a /*x*y**/ b # c", "(a b)")]
    [InlineData("a\n#c\r\nb", "(a b)")]
    [InlineData("a...", "MISSING")]
    public void LongestMatch(string source, string expected)
    {
        if (expected == "MISSING") Assert.Contains("syntax error", Error(source));
        else Assert.Equal(expected, Print(source));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "(1 + (__mul 2 3))")]
    [InlineData("1 - 2 - 3", "(__sub (__sub 1 2) 3)")]
    [InlineData("-1", "(__sub 0 1)")]
    [InlineData("- -x", "(__sub 0 (__sub 0 x))")]
    [InlineData("-a + b", "((__sub 0 a) + b)")]
    [InlineData("-a.b", "(__sub 0 (a).b)")]
    [InlineData("-a ? b", "(((__sub 0 a)) ? b)")]
    [InlineData("!a ? b", "(! ((a) ? b))")]
    [InlineData("!a + b", "(! (a + b))")]
    [InlineData("!a == b", "((! a) == b)")]
    [InlineData("!a // b", "((! a) // b)")]
    [InlineData("a + !b + c", "(a + (! (b + c)))")]
    [InlineData("a * !b == c", "((__mul a (! b)) == c)")]
    [InlineData("-!a", "(__sub 0 (! a))")]
    [InlineData("a < b", "(__lessThan a b)")]
    [InlineData("a > b", "(__lessThan b a)")]
    [InlineData("a <= b", "(! (__lessThan b a))")]
    [InlineData("a >= b", "(! (__lessThan a b))")]
    [InlineData("a == b != c", "MISSING")]
    [InlineData("a -> b -> c", "(a -> (b -> c))")]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a && b || c", "((a && b) || c)")]
    [InlineData("a -> b || c", "(a -> (b || c))")]
    [InlineData("a // b // c", "(a // (b // c))")]
    [InlineData("a ++ b ++ c", "(a ++ (b ++ c))")]
    [InlineData("a + b ++ c", "(a + (b ++ c))")]
    [InlineData("a ? b.c ? d", "((((a) ? b.c)) ? d)")]
    [InlineData("a ++ b ? c", "(a ++ ((b) ? c))")]
    [InlineData("a == b < c", "(a == (__lessThan b c))")]
    [InlineData("a < b + c", "(__lessThan a (b + c))")]
    [InlineData("a // b == c", "((a // b) == c)")]
    [InlineData("a + b + c", "((a + b) + c)")]
    [InlineData("a * b / c", "(__div (__mul a b) c)")]
    public void Operators(string source, string expected)
    {
        if (expected == "MISSING") Assert.Contains("syntax error", Error(source));
        else Assert.Equal(expected, Print(source));
    }

    [Theory]
    [InlineData("f a b", "(f a b)")]
    [InlineData("(f a) b", "(f a b)")]
    [InlineData("(a - b) c", "(__sub a b c)")]
    [InlineData("f (g a)", "(f (g a))")]
    [InlineData("a.b.c", "(a).b.c")]
    [InlineData("a.b or c", "(a).b or (c)")]
    [InlineData("a.b or c.d or e", "(a).b or ((c).d or (e))")]
    [InlineData("a.\"b c\".${d}.${\"e\"}.\"${f}\"", "(a).\"b c\".\"${d}\".e.\"${(f)}\"")]
    [InlineData("a.or", "(a).or")]
    [InlineData("a.\"if\"", "(a).\"if\"")]
    [InlineData("f or", "(f or)")]
    [InlineData("map or [ ]", "(map or [ ])")]
    [InlineData("f a.b c", "(f (a).b c)")]
    [InlineData("[ a b.c (d e) ]", "[ (a) ((b).c) ((d e)) ]")]
    [InlineData("[ ]", "[ ]")]
    [InlineData("[ a or b ]", "[ ((a or)) (b) ]")]
    [InlineData("f let { body = 1; }", "(f (rec { body = 1; }).body)")]
    public void ApplicationAndSelection(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("x: y: x", "(x: (y: x))")]
    [InlineData("{ }: 1", "({  }: 1)")]
    [InlineData("{ ... }: 1", "({ ... }: 1)")]
    [InlineData("{ b, a ? 1, ... }: a", "({ a ? 1, b, ... }: a)")]
    [InlineData("{ a, b, }: a", "({ a, b }: a)")]
    [InlineData("args@{ a }: a", "({ a } @ args: a)")]
    [InlineData("{ a } @ args: a", "({ a } @ args: a)")]
    [InlineData("{ } @ args: 1", "({  } @ args: 1)")]
    [InlineData("{ }", "{ }")]
    [InlineData("{ } x", "({ } x)")]
    [InlineData("assert a; b", "assert a; b")]
    [InlineData("with a; b", "(with a; b)")]
    [InlineData("if a then b else c", "(if a then b else c)")]
    [InlineData("let a = 1; in a", "(let a = 1; in a)")]
    [InlineData("let in 1", "(let in 1)")]
    [InlineData("let { a = 1; body = a; }", "(rec { a = 1; body = a; }).body")]
    [InlineData("rec { b = 1; a = b; }", "rec { a = b; b = 1; }")]
    [InlineData("{ inherit b a; inherit (x) d c; inherit (y) e; z = 1; }", "{ inherit a b; inherit (x) c d; inherit (y) e; z = 1; }")]
    [InlineData("{ inherit (x); }", "{ }")]
    [InlineData("{ inherit \"a\" ${\"b\"} or; }", "{ inherit a b or; }")]
    [InlineData("{ ${a} = 1; \"${b}\" = 2; \"c\" = 3; ${\"d\"} = 4; }", "{ c = 3; d = 4; \"${a}\" = 1; \"${(b)}\" = 2; }")]
    [InlineData("{ \"a b\" = 1; \"\" = 2; \"if\" = 3; or = 4; }", "{ \"\" = 2; \"a b\" = 1; \"if\" = 3; or = 4; }")]
    [InlineData("{ a.b.c = 1; a.b.d = 2; }", "{ a = { b = { c = 1; d = 2; }; }; }")]
    [InlineData("{ a.${x}.c = 1; }", "{ a = { \"${x}\" = { c = 1; }; }; }")]
    [InlineData("{ a = rec { b = 1; }; a.c = 2; }", "{ a = rec { b = 1; c = 2; }; }")]
    [InlineData("{ a.c = 2; a = rec { b = 1; }; }", "{ a = { b = 1; c = 2; }; }")]
    [InlineData("{ a = { inherit (x) p; }; a = { inherit (y) q; }; }", "{ a = { inherit (x) p; inherit (y) q; }; }")]
    [InlineData("{ a = { b = 1; }; a = { c = 2; }; }", "{ a = { b = 1; c = 2; }; }")]
    [InlineData("{ a = ({ b = 1; }); a.c = 2; }", "{ a = { b = 1; c = 2; }; }")]
    [InlineData("(x: x) (y: y)", "((x: x) (y: y))")]
    public void FunctionsAndBindings(string source, string expected) => Assert.Equal(expected, Print(source));

    [Theory]
    [InlineData("a |> f |> g", "(g (f a))")]
    [InlineData("g <| f <| a", "(g (f a))")]
    [InlineData("a |> f b", "(f b a)")]
    public void PipeOperatorsWhenEnabled(string source, string expected) =>
        Assert.Equal(expected, Print(source, Options with { PipeOperators = true }));

    [Fact]
    public void FloatFormattingMatchesPercentG()
    {
        Assert.Equal("0", Arca.Language.Syntax.ExprPrinter.FormatFloat(0.0));
        Assert.Equal("-0", Arca.Language.Syntax.ExprPrinter.FormatFloat(-0.0));
        Assert.Equal("100000", Arca.Language.Syntax.ExprPrinter.FormatFloat(100000.0));
        Assert.Equal("0.0001", Arca.Language.Syntax.ExprPrinter.FormatFloat(0.0001));
        Assert.Equal("1e-05", Arca.Language.Syntax.ExprPrinter.FormatFloat(0.00001));
        Assert.Equal("1.79769e+308", Arca.Language.Syntax.ExprPrinter.FormatFloat(double.MaxValue));
        Assert.Equal("inf", Arca.Language.Syntax.ExprPrinter.FormatFloat(double.PositiveInfinity));
        // Rounding is of the exact binary value, half to even (glibc), not of a shorter decimal form.
        Assert.Equal("0.123456", Arca.Language.Syntax.ExprPrinter.FormatFloat(0.1234565)); // 0.12345649999…
        Assert.Equal("1.23458e+06", Arca.Language.Syntax.ExprPrinter.FormatFloat(1234575.0));
        Assert.Equal("1.23456e+06", Arca.Language.Syntax.ExprPrinter.FormatFloat(1234565.0));
    }
}
