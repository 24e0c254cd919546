namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class PathStringBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    [Theory]
    [InlineData("/foo/bar", "bar")]
    [InlineData("/foo/bar/", "bar")]
    [InlineData("/foo/bar//", "")]
    [InlineData("foo", "foo")]
    [InlineData("foo/", "foo")]
    [InlineData("/", "")]
    [InlineData("//", "")]
    [InlineData("", "")]
    [InlineData("a/b.tar.gz", "b.tar.gz")]
    public void BaseNameOfStrings(string input, string expected) => Assert.Equal(expected, k.Str(k.Call("baseNameOf", S(input))));

    [Theory]
    [InlineData("/foo/bar", "/foo")]
    [InlineData("/foo/bar/", "/foo/bar")]
    [InlineData("/foo", "/")]
    [InlineData("/", "/")]
    [InlineData("foo", ".")]
    [InlineData("foo/bar", "foo")]
    [InlineData("", ".")]
    [InlineData("//x", "/")]
    public void DirOfStrings(string input, string expected) => Assert.Equal(expected, k.Str(k.Call("dirOf", S(input))));

    [Fact]
    public void PathsGiveStringBaseNamesAndPathDirectories()
    {
        Assert.Equal("bar", k.Str(k.Call("baseNameOf", new NixPath("/foo/bar"))));
        Assert.Equal("/foo", Assert.IsType<NixPath>(k.Call("dirOf", new NixPath("/foo/bar"))).Path);
        Assert.Equal("/", Assert.IsType<NixPath>(k.Call("dirOf", new NixPath("/foo"))).Path);
        Assert.Equal("/", Assert.IsType<NixPath>(k.Call("dirOf", new NixPath("/"))).Path);
    }

    [Fact]
    public void ContextIsKept()
    {
        var context = StringContext.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x");
        var s = NixString.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x/bin", context);
        Assert.Same(context, ((NixString)k.Call("baseNameOf", s)).Context);
        Assert.Same(context, ((NixString)k.Call("dirOf", s)).Context);
    }

    [Fact]
    public void Errors()
    {
        var e = k.Fails<TypeError>("baseNameOf", NixList.Empty);
        Assert.Equal("cannot coerce a list to a string: [ ]", e.Message);
        Assert.Equal(["while evaluating the first argument passed to builtins.baseNameOf"], TraceMessages(e));
        Assert.Equal(["while evaluating the first argument passed to 'builtins.dirOf'"], TraceMessages(k.Fails<TypeError>("dirOf", I(1))));
    }
}
