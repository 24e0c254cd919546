namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

// Expected digests from nix-instantiate 2.8 (e.g. builtins.hashFile "md5" on a file holding "hello\n").
public sealed class HashBuiltinsTests : BuiltinTestBase
{
    [Fact]
    public void HashFileGivesBase16()
    {
        var path = WriteFile("f.txt", "hello\n");
        Assert.Equal("b1946ac92492d2347c6235b4d2611184", CallString("hashFile", S("md5"), P(path)));
        Assert.Equal("f572d396fae9206628714fb2ce00f72e94f2258f", CallString("hashFile", S("sha1"), P(path)));
        Assert.Equal("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", CallString("hashFile", S("sha256"), S(path)));
        Assert.Equal($"path '{Dir}/none' does not exist",
            Assert.Throws<EvalError>(() => Call("hashFile", S("md5"), P(Dir + "/none"))).Message);
    }

    [Fact]
    public void HashStringHashesTheBytes()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CallString("hashString", S("sha256"), S("")));
        Assert.Equal(
            "a67e831011aa41ebb2a218c8ff727f1c60d62f06e1681678d176a81cd72ee69e7250c4c943cacbab28e42768615a5c41b6b0d42591d2c26a65670b38e97306dc",
            CallString("hashString", S("sha512"), S("h\u00C3\u00A9llo")));
        var result = Assert.IsType<NixString>(Call("hashString", S("md5"), S("x", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x")));
        Assert.False(result.HasContext);
    }

    [Fact]
    public void HashStringErrors()
    {
        EvalError e = Assert.Throws<UsageError>(() => Call("hashString", S("foo"), S("content")));
        Assert.Equal("unknown hash algorithm 'foo', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'", e.Message);
        e = Assert.Throws<TypeError>(() => Call("hashString", NixInt.Of(1), A()));
        Assert.Equal("expected a string but found an integer: 1", e.Message);
        Assert.Equal("while evaluating the first argument passed to builtins.hashString", e.Trace[0].Message);
        e = Assert.Throws<TypeError>(() => Call("hashString", S("sha256"), A()));
        Assert.Equal("expected a string but found a set: { }", e.Message);
        Assert.Equal("while evaluating the second argument passed to builtins.hashString", e.Trace[0].Message);
    }

    [Fact]
    public void PlaceholderIsTheHashOfTheOutputName()
    {
        Assert.Equal("/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9", CallString("placeholder", S("out")));
        Assert.Equal("/02qcpld1y6xhs5gz9bchpxaw0xdhmsp5dv88lh25r2ss44kh8dxz", CallString("placeholder", S("dev")));
        Assert.Throws<TypeError>(() => Call("placeholder", L()));
        // Nix registers it without the "__" prefix, so it is in scope without builtins.
        Assert.Contains(Ctx.Builtins.Entries, e => e.Name == "placeholder" && e.Global);
    }

    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256", "sri", "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [InlineData("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", null, "base16", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73", null, "base64", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e", "md5", "nix32", "3y8bwfr609h3lh9ch0izcqq7fl")]
    [InlineData("1B2M2Y8AsgTpgAmY7PhCfg==", "md5", "base32", "3y8bwfr609h3lh9ch0izcqq7fl")]
    public void ConvertHash(string hash, string? algo, string format, string expected)
    {
        var attrs = algo is null
            ? A(("hash", S(hash)), ("toHashFormat", S(format)))
            : A(("hash", S(hash)), ("hashAlgo", S(algo)), ("toHashFormat", S(format)));
        Assert.Equal(expected, CallString("convertHash", attrs));
        if (format == "base32") Assert.Contains("\"base32\" is a deprecated alias", Diagnostics.ToString());
    }

    [Fact]
    public void ConvertHashErrors()
    {
        EvalError e = Assert.Throws<TypeError>(() => Call("convertHash", A(("toHashFormat", S("sri")))));
        Assert.Equal("attribute 'hash' missing", e.Message);
        Assert.Equal("while locating the attribute 'hash'", e.Trace[0].Message);
        e = Assert.Throws<EvalError>(() => Call("convertHash", A(("hash", S("d41d8cd98f00b204e9800998ecf8427e")), ("toHashFormat", S("sri")))));
        Assert.Equal("hash 'd41d8cd98f00b204e9800998ecf8427e' does not include a type, nor is the type otherwise known from context", e.Message);
        e = Assert.Throws<UsageError>(() => Call("convertHash", A(("hash", S("x")), ("toHashFormat", S("hex")))));
        Assert.Equal("unknown hash format 'hex', expect 'base16', 'base32', 'base64', or 'sri'", e.Message);
    }
}
