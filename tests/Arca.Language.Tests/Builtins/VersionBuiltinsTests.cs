namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

// Expected results from nix-instantiate 2.8.
public sealed class VersionBuiltinsTests : BuiltinTestBase
{
    [Theory]
    [InlineData("1.0", "2.3", -1)]
    [InlineData("2.3", "2.3", 0)]
    [InlineData("2.3pre1", "2.3", -1)]
    [InlineData("2.3.1", "2.3a", 1)]
    public void CompareVersions(string a, string b, long expected) =>
        Assert.Equal(expected, Assert.IsType<NixInt>(Call("compareVersions", S(a), S(b))).Value);

    [Fact]
    public void SplitVersion()
    {
        var list = Assert.IsType<NixList>(Call("splitVersion", S("1.2.3pre-4_foo")));
        Assert.Equal(["1", "2", "3", "pre", "4", "_foo"], list.Items.Select(v => ((NixString)v).Text));
        Assert.Same(NixList.Empty, Call("splitVersion", S("")));
    }

    [Theory]
    [InlineData("nix-0.12pre12876", "nix", "0.12pre12876")]
    [InlineData("hello", "hello", "")]
    [InlineData("foo-bar-1.2-3", "foo-bar", "1.2-3")]
    public void ParseDrvName(string full, string name, string version)
    {
        var attrs = Assert.IsType<NixAttrs>(Call("parseDrvName", S(full)));
        Assert.Equal(name, ((NixString)attrs.Get("name")!).Text);
        Assert.Equal(version, ((NixString)attrs.Get("version")!).Text);
    }

    [Fact]
    public void ArgumentErrors()
    {
        var e = Assert.Throws<TypeError>(() => Call("compareVersions", NixInt.Of(1), A()));
        Assert.Equal("while evaluating the first argument passed to builtins.compareVersions", e.Trace[0].Message);
        e = Assert.Throws<TypeError>(() => Call("splitVersion", NixInt.Of(1)));
        Assert.Equal("expected a string but found an integer: 1", e.Message);
        Assert.Throws<EvalError>(() => Call("parseDrvName", S("x", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x")));
    }
}
