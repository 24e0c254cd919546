namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

/// <summary>builtins.parseFlakeRef and builtins.flakeRefToString as values: types, the call frame, Nix's messages.</summary>
public sealed class FlakeRefBuiltinsTests : BuiltinTestBase
{
    private string Show(Value v) => Arca.Language.Printing.ValuePrinter.Print(Ctx, v);

    [Fact]
    public void ParsesToAnAttributeSetWithNixTypes()
    {
        var attrs = Assert.IsType<NixAttrs>(Call("parseFlakeRef", S("github:NixOS/nixpkgs/23.05?dir=lib")));
        Assert.Equal("{ dir = \"lib\"; owner = \"NixOS\"; ref = \"23.05\"; repo = \"nixpkgs\"; type = \"github\"; }", Show(attrs));

        var path = Assert.IsType<NixAttrs>(Call("parseFlakeRef", S("/src?revCount=18446744073709551615&lastModified=7")));
        // Integers are Nix integers (an unsigned value above 2^63-1 wraps, as in Nix).
        Assert.Equal(7, Assert.IsType<NixInt>(path.Get("lastModified")).Value);
        Assert.Equal(-1, Assert.IsType<NixInt>(path.Get("revCount")).Value);

        var git = Assert.IsType<NixAttrs>(Call("parseFlakeRef", S("git+https://example.org/r?submodules=1")));
        Assert.Same(NixBool.True, git.Get("submodules"));
    }

    [Fact]
    public void PrintsAnAttributeSet()
    {
        Assert.Equal("github:NixOS/nixpkgs/23.05?dir=lib", CallString("flakeRefToString",
            A(("type", S("github")), ("owner", S("NixOS")), ("repo", S("nixpkgs")), ("ref", S("23.05")), ("dir", S("lib")))));
        Assert.Equal("path:/src?lastModified=3&revCount=0", CallString("flakeRefToString",
            A(("type", S("path")), ("path", S("/src")), ("revCount", NixInt.Of(0)), ("lastModified", NixInt.Of(3)))));
        Assert.Equal("git+https://x.org/r?shallow=1", CallString("flakeRefToString",
            A(("type", S("git")), ("url", S("https://x.org/r")), ("shallow", NixBool.True), ("submodules", NixBool.False))));
        // A string's context does not matter.
        Assert.Equal("path:/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-src", CallString("flakeRefToString",
            A(("type", S("path")), ("path", S("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-src", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-src")))));
    }

    [Theory]
    [InlineData("github:NixOS/nixpkgs/23.05?dir=lib")]
    [InlineData("flake:nixpkgs/nixos-24.05")]
    [InlineData("git+ssh://git@example.org/x?ref=main&rev=2aae6c35c94fcfb415dbe95f408b9ce91ee846ed")]
    [InlineData("path:/a%20b?narHash=sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU%3D")]
    [InlineData("https://example.com/x.tar.gz")]
    public void CanonicalStringsRoundTripThroughTheAttributeSet(string reference) =>
        Assert.Equal(reference, CallString("flakeRefToString", Call("parseFlakeRef", S(reference))));

    [Fact]
    public void ParseErrorsCarryTheCallFrameOnlyOnTheirArgument()
    {
        var e = Assert.Throws<EvalError>(() => Call("parseFlakeRef", S("./foo")));
        Assert.Equal("flake reference './foo' is not an absolute path", e.Message);

        e = Assert.Throws<TypeError>(() => Call("parseFlakeRef", NixInt.Of(1)));
        Assert.Equal("expected a string but found an integer: 1", e.Message);
        Assert.Equal("while evaluating the argument passed to builtins.parseFlakeRef", e.Trace[0].Message);

        e = Assert.Throws<EvalError>(() => Call("parseFlakeRef", S("github:a/b", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x")));
        Assert.Contains("not allowed to refer to a store path", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributeSetErrors()
    {
        EvalError e = Assert.Throws<TypeError>(() => Call("flakeRefToString", S("github:a/b")));
        Assert.Equal("expected a set but found a string: \"github:a/b\"", e.Message);
        Assert.Equal("while evaluating the argument passed to builtins.flakeRefToString", e.Trace[0].Message);

        e = Assert.Throws<EvalError>(() => Call("flakeRefToString", A(("type", S("github")), ("owner", S("NixOS")), ("repo", NixInt.Of(-1)))));
        Assert.Equal("negative value given for flake ref attr repo: -1", e.Message);

        e = Assert.Throws<EvalError>(() => Call("flakeRefToString", A(("type", S("github")), ("owner", L()), ("repo", S("x")))));
        Assert.Equal("flake reference attribute sets may only contain integers, Booleans, and strings, but attribute 'owner' is a list", e.Message);

        e = Assert.Throws<EvalError>(() => Call("flakeRefToString", A(("owner", S("a")))));
        Assert.Equal("'type' attribute to specify input scheme is required but not provided", e.Message);

        e = Assert.Throws<EvalError>(() => Call("flakeRefToString", A(("type", S("svn")), ("url", S("x")))));
        Assert.Equal("cannot show unsupported input '{\"type\":\"svn\",\"url\":\"x\"}'", e.Message);

        e = Assert.Throws<EvalError>(() => Call("flakeRefToString", A(("type", S("github")), ("owner", S("a")), ("repo", NixBool.True))));
        Assert.Equal("input attribute 'repo' is not a string {\"owner\":\"a\",\"repo\":true,\"type\":\"github\"}", e.Message);
    }

    [Fact]
    public void WarningsGoToDiagnostics()
    {
        Call("parseFlakeRef", S("github:a/b?x"));
        Assert.Equal("warning: dubious URI query 'x' is missing equal sign '=', ignoring" + Environment.NewLine, Diagnostics.ToString());
    }
}
