using System.Text;
using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

/// <summary>
/// builtins.match / builtins.split against results recorded from the oracle (Nix 2.8, libstdc++ std::regex):
/// each expected value is what <c>nix-instantiate --eval --strict -E 'builtins.match "…" "…"'</c> printed.
/// Strings follow the byte-string convention (é is "\u00C3\u00A9").
/// </summary>
public sealed class PosixRegexOracleTests
{
    private readonly PosixRegex _regex = new();

    [Theory]
        [InlineData("match", "foobar", "foobar", "[ ]")]
        [InlineData("match", "fo*", "f", "[ ]")]
        [InlineData("match", "fo+", "f", "null")]
        [InlineData("match", "fo{1,2}", "fooo", "null")]
        [InlineData("match", "fo*", "foobar", "null")]
        [InlineData("match", "[[:space:]]+([^[:space:]]+)[[:space:]]+", "  foo   ", "[ \"foo\" ]")]
        [InlineData("match", "[[:space:]]+([[:upper:]]+)[[:space:]]+", "  FOO   ", "[ \"FOO\" ]")]
        [InlineData("match", "(.*)\\.nix", "foobar.nix", "[ \"foobar\" ]")]
        [InlineData("match", "((.*)/)?([^/]*)\\.(nix|cc)", "/path/to/foobar.nix", "[ \"/path/to/\" \"/path/to\" \"foobar\" \"nix\" ]")]
        [InlineData("match", "((.*)/)?([^/]*)\\.(nix|cc)", "foobar.cc", "[ null null \"foobar\" \"cc\" ]")]
        [InlineData("match", "a.b", "a\nb", "[ ]")]
        [InlineData("match", "a|ab", "ab", "[ ]")]
        [InlineData("match", "(a|ab)(c|bcd)(d*)", "abcd", "[ \"a\" \"bcd\" \"\" ]")]
        [InlineData("match", "((a)|b)*", "ab", "[ \"b\" \"a\" ]")]
        [InlineData("match", "(a|)*", "", "[ \"\" ]")]
        [InlineData("match", "(a*)*", "b", "null")]
        [InlineData("match", "(a*)+", "", "[ \"\" ]")]
        [InlineData("match", "a**", "aaa", "[ ]")]
        [InlineData("match", "a*?", "aaa", "[ ]")]
        [InlineData("match", "a{2}{3}", "aaaaaa", "[ ]")]
        [InlineData("match", "[]a]+", "]a]", "[ ]")]
        [InlineData("match", "[^]a]+", "bcd", "[ ]")]
        [InlineData("match", "[a-]+", "a-", "[ ]")]
        [InlineData("match", "[--0]+", "-./0", "[ ]")]
        [InlineData("match", "()", "", "[ \"\" ]")]
        [InlineData("match", "a||b", "", "[ ]")]
        [InlineData("match", "(|a)+", "a", "[ \"\" ]")]
        [InlineData("match", "[[.a.]]", "a", "[ ]")]
        [InlineData("match", "[[=a=]]", "A", "[ ]")]
        [InlineData("match", "[[.space.]]", " ", "[ ]")]
        [InlineData("match", "^a$", "a", "[ ]")]
        [InlineData("match", "a^b", "ab", "null")]
        [InlineData("match", "a$b", "ab", "null")]
        [InlineData("match", "(^a)", "a", "[ \"a\" ]")]
        [InlineData("match", "}", "}", "[ ]")]
        [InlineData("match", "]", "]", "[ ]")]
        [InlineData("match", "a{1,}", "aaaa", "[ ]")]
        [InlineData("match", "\\.", ".", "[ ]")]
        [InlineData("match", "[\\n]+", "\\n", "[ ]")]
        [InlineData("match", "a{33333}", "a", "null")]
        [InlineData("match", "[[:w:]]", "_", "[ ]")]
        [InlineData("match", "[[:d:]]", "1", "[ ]")]
        [InlineData("match", "\\(", "(", "[ ]")]
        [InlineData("match", "\\{", "{", "[ ]")]
        [InlineData("match", "\\|", "|", "[ ]")]
        [InlineData("match", "[a-a]", "a", "[ ]")]
        [InlineData("match", "a{1,2}{3}", "aaaa", "[ ]")]
        [InlineData("match", "(a?)+", "a", "[ \"\" ]")]
        [InlineData("match", "(a?)*", "", "[ \"\" ]")]
        [InlineData("match", "(a|b)*c|(a|ab)*c", "abc", "[ \"b\" null ]")]
        [InlineData("match", "([[:upper:]])", "\t", "null")]
        [InlineData("match", "[[:print:]]+", " ~", "[ ]")]
        [InlineData("match", "[[:blank:]]+", " \t", "[ ]")]
        [InlineData("match", "\\^\\$\\*\\+\\?\\[\\)\\\\", "^$*+?[)\\", "[ ]")]
        [InlineData("match", "[a\\]+", "a\\", "[ ]")]
        [InlineData("match", "a{0}", "", "[ ]")]
        [InlineData("match", "a{0,0}b", "b", "[ ]")]
        [InlineData("match", "(a){0}", "", "[ null ]")]
        [InlineData("match", "a{01}", "a", "[ ]")]
        [InlineData("match", "a|", "", "[ ]")]
        [InlineData("match", "|", "", "[ ]")]
        [InlineData("match", "a{2}*", "aaaa", "[ ]")]
        [InlineData("match", "[[.hyphen.]]", "-", "[ ]")]
        [InlineData("match", "[[:ALPHA:]]", "a", "[ ]")]
        [InlineData("match", "[[a]", "[a", "null")]
        [InlineData("match", "[[]", "[", "[ ]")]
        [InlineData("match", "[[.tab.]]", "\t", "[ ]")]
        [InlineData("match", "[[.zero.]-9]+", "09", "[ ]")]
        [InlineData("match", "(a|)+b", "ab", "[ \"\" ]")]
        [InlineData("match", "(a|b)*?", "ab", "[ \"b\" ]")]
        [InlineData("match", "(a*)?", "", "[ \"\" ]")]
        [InlineData("match", "(a*)?", "aa", "[ \"aa\" ]")]
        [InlineData("match", "((a*)*)*", "aa", "[ \"\" \"\" ]")]
        [InlineData("match", "(a*)*(b)", "aab", "[ \"\" \"b\" ]")]
        [InlineData("match", "(a)*(a)", "aaa", "[ \"a\" \"a\" ]")]
        [InlineData("match", "(()|a)*", "a", "[ \"\" \"\" ]")]
        [InlineData("match", "(a?)?", "", "[ \"\" ]")]
        [InlineData("match", "x{0,2}(x)", "xx", "[ \"x\" ]")]
        [InlineData("match", "[\u00C3\u00A9-\u00C3\u00A9]+", "\u00C3\u00A9", "[ ]")]
        [InlineData("match", "[^a]+", "\u00C3\u00A9", "[ ]")]
        [InlineData("match", "..", "\u00C3\u00A9", "[ ]")]
        [InlineData("match", "[[:alpha:]]+", "\u00C3\u00A9", "null")]
        [InlineData("match", "[[.a.]-z]", "b", "[ ]")]
        [InlineData("match", "[---]", "-", "[ ]")]
        [InlineData("match", "[a-]", "-", "[ ]")]
        [InlineData("match", "[[:alpha:]-]", "-", "[ ]")]
        [InlineData("match", "[^-a]", "b", "[ ]")]
        [InlineData("match", "[]-a]", "b", "null")]
        [InlineData("match", "[^a]", "\n", "[ ]")]
        [InlineData("match", ".", "\n", "[ ]")]
        [InlineData("match", "(a)(b)?(c)", "ac", "[ \"a\" null \"c\" ]")]
        [InlineData("match", "(x)|(y)", "y", "[ null \"y\" ]")]
        [InlineData("match", "([0-9]+)\\.([0-9]+)", "10.25", "[ \"10\" \"25\" ]")]
        [InlineData("match", "(.*)-([0-9].*)", "hello-1.2-3", "[ \"hello-1.2\" \"3\" ]")]
        [InlineData("match", "[[:xdigit:]]+", "09afAF", "[ ]")]
        [InlineData("match", "[[:punct:]]+", "!/:@[`{~", "[ ]")]
        [InlineData("match", "[[:cntrl:]]+", "\t\n", "[ ]")]
        [InlineData("match", "[[:graph:]]+", "a!", "[ ]")]
        [InlineData("match", "[[:lower:]]+", "aZ", "null")]
        [InlineData("match", "((a|b)*)c", "abac", "[ \"aba\" \"a\" ]")]
        [InlineData("match", "(a+|b+)*", "aabba", "[ \"a\" ]")]
        [InlineData("match", "(ab|a)(bc|c)", "abc", "[ \"ab\" \"c\" ]")]
        [InlineData("match", "(a|ab)(bc|c)?", "abc", "[ \"a\" \"bc\" ]")]
        [InlineData("split", "(a|ab)", "xabx", "[ \"x\" [ \"ab\" ] \"x\" ]")]
        [InlineData("split", "a*", "baab", "[ \"\" [ ] \"b\" [ ] \"\" [ ] \"b\" [ ] \"\" ]")]
        [InlineData("split", "", "abc", "[ \"\" [ ] \"a\" [ ] \"b\" [ ] \"c\" [ ] \"\" ]")]
        [InlineData("split", "(a)|b", "abc", "[ \"\" [ \"a\" ] \"\" [ null ] \"c\" ]")]
        [InlineData("split", "^a", "aaa", "[ \"\" [ ] \"aa\" ]")]
        [InlineData("split", "a$", "aaa", "[ \"aa\" [ ] \"\" ]")]
        [InlineData("split", "(a*)(ab)?", "aab", "[ \"\" [ \"aa\" null ] \"\" [ \"\" null ] \"b\" [ \"\" null ] \"\" ]")]
        [InlineData("split", "x", "", "[ \"\" ]")]
        [InlineData("split", "(|a)", "ab", "[ \"\" [ \"a\" ] \"\" [ \"\" ] \"b\" [ \"\" ] \"\" ]")]
        [InlineData("split", "[[:space:]]+", " a  b ", "[ \"\" [ ] \"a\" [ ] \"b\" [ ] \"\" ]")]
        [InlineData("split", "(a)(b)?", "aab", "[ \"\" [ \"a\" null ] \"\" [ \"a\" \"b\" ] \"\" ]")]
        [InlineData("split", "(a|ab)(c|bcd)", "abcd", "[ \"\" [ \"a\" \"bcd\" ] \"\" ]")]
        [InlineData("split", ".", "a\nb", "[ \"\" [ ] \"\" [ ] \"\" [ ] \"\" ]")]
        [InlineData("split", "a*", "aa", "[ \"\" [ ] \"\" [ ] \"\" ]")]
        [InlineData("split", "foobar", "foobar", "[ \"\" [ ] \"\" ]")]
        [InlineData("split", "fo*", "f", "[ \"\" [ ] \"\" ]")]
        [InlineData("split", "fo+", "f", "[ \"f\" ]")]
        [InlineData("split", "fo{1,2}", "fooo", "[ \"\" [ ] \"o\" ]")]
        [InlineData("split", "(fo*)", "f", "[ \"\" [ \"f\" ] \"\" ]")]
        [InlineData("split", "(f)(o*)", "foo", "[ \"\" [ \"f\" \"oo\" ] \"\" ]")]
        [InlineData("split", "(a)|(c)", "abc", "[ \"\" [ \"a\" null ] \"b\" [ null \"c\" ] \"\" ]")]
        [InlineData("split", "([ac])", "abc", "[ \"\" [ \"a\" ] \"b\" [ \"c\" ] \"\" ]")]
        [InlineData("split", "(o+)", "foobooboo", "[ \"f\" [ \"oo\" ] \"b\" [ \"oo\" ] \"b\" [ \"oo\" ] \"\" ]")]
        [InlineData("split", "\\.", "a.b.c", "[ \"a\" [ ] \"b\" [ ] \"c\" ]")]
        [InlineData("split", "(,)?", "a,b", "[ \"\" [ null ] \"a\" [ \",\" ] \"\" [ null ] \"b\" [ null ] \"\" ]")]
        [InlineData("split", "(^|,)", "a,b", "[ \"\" [ \"\" ] \"a\" [ \",\" ] \"b\" ]")]
        [InlineData("split", "(b|^)", "ab", "[ \"\" [ \"\" ] \"a\" [ \"b\" ] \"\" ]")]
        [InlineData("split", "a|ab|abc", "xabcx", "[ \"x\" [ ] \"x\" ]")]
        [InlineData("split", "(a|)*", "aab", "[ \"\" [ \"\" ] \"\" [ \"\" ] \"b\" [ \"\" ] \"\" ]")]
        [InlineData("split", "((a)|b)+", "abcab", "[ \"\" [ \"b\" \"a\" ] \"c\" [ \"b\" \"a\" ] \"\" ]")]
        [InlineData("split", "[^a]*", "bab", "[ \"\" [ ] \"\" [ ] \"a\" [ ] \"\" [ ] \"\" ]")]
        [InlineData("split", "$", "ab", "[ \"ab\" [ ] \"\" ]")]
        [InlineData("split", "^", "ab", "[ \"\" [ ] \"ab\" ]")]
        [InlineData("split", "(x*)", "axb", "[ \"\" [ \"\" ] \"a\" [ \"x\" ] \"\" [ \"\" ] \"b\" [ \"\" ] \"\" ]")]
        [InlineData("split", "\u00C3\u00A9", "a\u00C3\u00A9b", "[ \"a\" [ ] \"b\" ]")]
        [InlineData("split", "(-|\\.)", "1.2-3", "[ \"1\" [ \".\" ] \"2\" [ \"-\" ] \"3\" ]")]
        [InlineData("split", "([[:alpha:]]+)|([[:digit:]]+)", "ab12cd", "[ \"\" [ \"ab\" null ] \"\" [ null \"12\" ] \"\" [ \"cd\" null ] \"\" ]")]
    public void MatchesTheOracle(string function, string pattern, string input, string expected)
    {
        string actual = function == "match"
            ? RenderMatch(_regex.Match(pattern, input))
            : RenderSplit(_regex.Split(pattern, input));
        Assert.Equal(expected, actual);

        // The reference automaton alone must agree too (the cached regex may have used the .NET translation).
        var automatonOnly = new CompiledPosixRegex(pattern, allowDotNet: false);
        string reference = function == "match" ? RenderMatch(automatonOnly.Match(input)) : RenderSplit(automatonOnly.Split(input));
        Assert.Equal(expected, reference);
    }

    [Theory]
        [InlineData("(a)\\1", "error: invalid regular expression '(a)\\1'")]
        [InlineData("\\q", "error: invalid regular expression '\\q'")]
        [InlineData("\\n", "error: invalid regular expression '\\n'")]
        [InlineData("[a-z-0]", "error: invalid regular expression '[a-z-0]'")]
        [InlineData("x{", "error: invalid regular expression 'x{'")]
        [InlineData("x{a}", "error: invalid regular expression 'x{a}'")]
        [InlineData("a{2,1}", "error: invalid regular expression 'a{2,1}'")]
        [InlineData("*a", "error: invalid regular expression '*a'")]
        [InlineData("a|*b", "error: invalid regular expression 'a|*b'")]
        [InlineData("[[:foo:]]", "error: invalid regular expression '[[:foo:]]'")]
        [InlineData("a{,3}", "error: invalid regular expression 'a{,3}'")]
        [InlineData("\\w", "error: invalid regular expression '\\w'")]
        [InlineData("\\}", "error: invalid regular expression '\\}'")]
        [InlineData("\\]", "error: invalid regular expression '\\]'")]
        [InlineData("\\/", "error: invalid regular expression '\\/'")]
        [InlineData("ab\\", "error: invalid regular expression 'ab\\'")]
        [InlineData("(", "error: invalid regular expression '('")]
        [InlineData(")", "error: invalid regular expression ')'")]
        [InlineData("a)", "error: invalid regular expression 'a)'")]
        [InlineData("[a", "error: invalid regular expression '[a'")]
        [InlineData("[[:alpha:]", "error: invalid regular expression '[[:alpha:]'")]
        [InlineData("[]", "error: invalid regular expression '[]'")]
        [InlineData("[b-a]", "error: invalid regular expression '[b-a]'")]
        [InlineData("\\0", "error: invalid regular expression '\\0'")]
        [InlineData("\\-", "error: invalid regular expression '\\-'")]
        [InlineData("\\a", "error: invalid regular expression '\\a'")]
        [InlineData("a{ 1}", "error: invalid regular expression 'a{ 1}'")]
        [InlineData("a{1 }", "error: invalid regular expression 'a{1 }'")]
        [InlineData("^*", "error: invalid regular expression '^*'")]
        [InlineData("(*a)", "error: invalid regular expression '(*a)'")]
        [InlineData("(+)", "error: invalid regular expression '(+)'")]
        [InlineData("[a-c-e]", "error: invalid regular expression '[a-c-e]'")]
        [InlineData("[[:alpha:]-z]", "error: invalid regular expression '[[:alpha:]-z]'")]
        [InlineData("[a-[:alpha:]]", "error: invalid regular expression '[a-[:alpha:]]'")]
        [InlineData("[[.-.]]", "error: invalid regular expression '[[.-.]]'")]
        [InlineData("[[.ab.]]", "error: invalid regular expression '[[.ab.]]'")]
        [InlineData("[[=ab=]]", "error: invalid regular expression '[[=ab=]]'")]
        [InlineData("[[:alpha]]", "error: invalid regular expression '[[:alpha]]'")]
        [InlineData("[[:]", "error: invalid regular expression '[[:]'")]
        [InlineData("[a-\u00C3\u00A9]", "error: invalid regular expression '[a-\u00C3\u00A9]'")]
        [InlineData("[a-[.z.]]", "error: invalid regular expression '[a-[.z.]]'")]
        [InlineData("((a)", "error: invalid regular expression '((a)'")]
        [InlineData("a{1", "error: invalid regular expression 'a{1'")]
        [InlineData("{1}", "error: invalid regular expression '{1}'")]
        [InlineData("a|+", "error: invalid regular expression 'a|+'")]
        [InlineData("a{100000}", "error: memory limit exceeded by regular expression 'a{100000}'")]
        [InlineData("(a{1000}){100}", "error: memory limit exceeded by regular expression '(a{1000}){100}'")]
        [InlineData("a{99994}", "error: memory limit exceeded by regular expression 'a{99994}'")]
        [InlineData("(a){24998}", "error: memory limit exceeded by regular expression '(a){24998}'")]
        [InlineData("a{1,49998}", "error: memory limit exceeded by regular expression 'a{1,49998}'")]
        [InlineData("a{100000,1}", "error: memory limit exceeded by regular expression 'a{100000,1}'")]
        [InlineData("a{99993}", "null")]
        [InlineData("(a){24997}", "null")]
        [InlineData("a{1,49997}", "[ ]")]
    public void RejectsWhatTheOracleRejects(string pattern, string expected)
    {
        string actual;
        try
        {
            actual = RenderMatch(_regex.Match(pattern, "a"));
        }
        catch (NixRegexException e)
        {
            actual = "error: " + e.Message;
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// A count that overflows a long: Nix 2.8's libstdc++ (GCC 12) silently wraps it, GCC 13+ (PR 106607, what
    /// current Nix is built with) rejects it as a bad back reference, i.e. "invalid regular expression".
    /// </summary>
    [Fact]
    public void RejectsAnOverflowingCountLikeCurrentLibstdcxx()
    {
        var e = Assert.Throws<NixRegexException>(() => _regex.Match("a{99999999999999999999}", "a"));
        Assert.Equal("invalid regular expression 'a{99999999999999999999}'", e.Message);
        Assert.False(e.MemoryLimitExceeded);
    }

    internal static string RenderMatch(string?[]? groups) => groups is null ? "null" : RenderList(groups);

    internal static string RenderSplit(PosixSplitResult result)
    {
        var items = new List<string>();
        for (int i = 0; i < result.Pieces.Length; i++)
        {
            items.Add(Quote(result.Pieces[i]));
            if (i < result.Matches.Length)
                items.Add(RenderList(result.Matches[i]));
        }
        return "[ " + string.Join(" ", items) + " ]";
    }

    private static string RenderList(string?[] items)
    {
        if (items.Length == 0)
            return "[ ]";
        var parts = new List<string>();
        foreach (var item in items)
            parts.Add(item is null ? "null" : Quote(item));
        return "[ " + string.Join(" ", parts) + " ]";
    }

    private static string Quote(string s)
    {
        var b = new StringBuilder("\"");
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"' || c == '\\') b.Append('\\').Append(c);
            else if (c == '\n') b.Append("\\n");
            else if (c == '\r') b.Append("\\r");
            else if (c == '\t') b.Append("\\t");
            else if (c == '$' && i + 1 < s.Length && s[i + 1] == '{') b.Append("\\$");
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }
}
