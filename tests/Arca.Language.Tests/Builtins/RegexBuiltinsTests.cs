namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

// Expected results from nix-instantiate 2.8.
public sealed class RegexBuiltinsTests : BuiltinTestBase
{
    private static string Show(Value v) => v switch
    {
        NixList l => "[ " + string.Concat(l.Items.Select(i => Show(i) + " ")) + "]",
        NixString s => "\"" + s.Text + "\"",
        NixNull => "null",
        _ => v.ToString()!,
    };

    [Theory]
    [InlineData("a(b)?(c)", "ac", "[ null \"c\" ]")]
    [InlineData("(.*)\\.nix", "foo.nix", "[ \"foo\" ]")]
    [InlineData("[[:alpha:]]+", "abc", "[ ]")]
    [InlineData("b", "abc", "null")]
    public void Match(string regex, string input, string expected) => Assert.Equal(expected, Show(Call("match", S(regex), S(input))));

    [Theory]
    [InlineData("(a)|b", "xaybz", "[ \"x\" [ \"a\" ] \"y\" [ null ] \"z\" ]")]
    [InlineData("x", "abc", "[ \"abc\" ]")]
    [InlineData("", "ab", "[ \"\" [ ] \"a\" [ ] \"b\" [ ] \"\" ]")]
    public void Split(string regex, string input, string expected) => Assert.Equal(expected, Show(Call("split", S(regex), S(input))));

    [Fact]
    public void SplitWithoutMatchKeepsTheContext()
    {
        var input = S("abc", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x");
        var result = Assert.IsType<NixList>(Call("split", S("x"), input));
        Assert.True(Assert.IsType<NixString>(Assert.Single(result.Items)).HasContext);
        var matched = Assert.IsType<NixList>(Call("match", S("(a).*"), input));
        Assert.False(Assert.IsType<NixString>(matched.Items[0]).HasContext);
    }

    [Fact]
    public void ErrorsAsNix()
    {
        Assert.Equal("invalid regular expression '(.*'", Assert.Throws<EvalError>(() => Call("match", S("(.*"), S(""))).Message);
        Assert.Equal("invalid regular expression 'f(o*o'", Assert.Throws<EvalError>(() => Call("split", S("f(o*o"), S("1foo2"))).Message);
        var e = Assert.Throws<TypeError>(() => Call("match", S("foo"), A()));
        Assert.Equal("expected a string but found a set: { }", e.Message);
        Assert.Equal("while evaluating the second argument passed to builtins.match", e.Trace[0].Message);
        e = Assert.Throws<TypeError>(() => Call("split", NixInt.Of(1), A()));
        Assert.Equal("while evaluating the first argument passed to builtins.split", e.Trace[0].Message);
    }
}
