namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class StringBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    private static readonly StringContext CtxA = StringContext.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-a");
    private static readonly StringContext CtxB = StringContext.Of("/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-b");

    [Fact]
    public void StringLengthCountsBytes()
    {
        Assert.Equal(2, k.Int(k.Call("stringLength", S(ByteString.FromText("é")))));
        Assert.Equal(0, k.Int(k.Call("stringLength", S(""))));
        var e = k.Fails<TypeError>("stringLength", A());
        Assert.Equal("cannot coerce a set to a string: { }", e.Message);
        Assert.Equal(["while evaluating the argument passed to builtins.stringLength"], TraceMessages(e));
    }

    [Fact]
    public void SubstringOnBytes()
    {
        Assert.Equal("nix", k.Str(k.Call("substring", I(0), I(3), S("nixos"))));
        Assert.Equal("os", k.Str(k.Call("substring", I(3), I(100), S("nixos"))));
        Assert.Equal("os", k.Str(k.Call("substring", I(3), I(-1), S("nixos"))));
        Assert.Equal("", k.Str(k.Call("substring", I(10), I(2), S("nixos"))));
        Assert.Equal("\u00a9", k.Str(k.Call("substring", I(1), I(1), S(ByteString.FromText("é")))));
        Assert.Equal("negative start position in 'substring'", k.Fails<EvalError>("substring", I(-3), I(3), S("sometext")).Message);
        Assert.Equal(["while evaluating the first argument (the start offset) passed to builtins.substring"], TraceMessages(k.Fails<TypeError>("substring", A(), S("foo"), NixBool.True)));
        Assert.Equal(["while evaluating the second argument (the substring length) passed to builtins.substring"], TraceMessages(k.Fails<TypeError>("substring", I(3), S("foo"), NixBool.True)));
        Assert.Equal(["while evaluating the third argument (the string) passed to builtins.substring"], TraceMessages(k.Fails<TypeError>("substring", I(0), I(3), A())));
    }

    [Fact]
    public void SubstringKeepsContext()
    {
        var s = NixString.Of("hello", CtxA);
        var empty = (NixString)k.Call("substring", I(0), I(0), s);
        Assert.Equal("", empty.Text);
        Assert.Same(CtxA, empty.Context);
        Assert.Equal(CtxA.Elements, ((NixString)k.Call("substring", I(1), I(2), s)).Context.Elements);
    }

    [Fact]
    public void ConcatStringsSepJoinsAndUnionsContext()
    {
        var result = (NixString)k.Call("concatStringsSep", NixString.Of("/", CtxA), L(S("usr"), NixString.Of("local", CtxB), S("bin")));
        Assert.Equal("usr/local/bin", result.Text);
        Assert.Equal(2, result.Context.Count);
        Assert.Equal("", k.Str(k.Call("concatStringsSep", S(","), NixList.Empty)));
        var e = k.Fails<TypeError>("concatStringsSep", S("foo"), L(I(1), I(2), A()));
        Assert.Equal("cannot coerce an integer to a string: 1", e.Message);
        Assert.Equal(["while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep"], TraceMessages(e));
        Assert.Equal(["while evaluating the first argument (the separator string) passed to builtins.concatStringsSep"], TraceMessages(k.Fails<TypeError>("concatStringsSep", I(1), A())));
    }

    [Fact]
    public void ReplaceStrings()
    {
        Assert.Equal("fabir", k.Str(k.Call("replaceStrings", L(S("oo"), S("a")), L(S("a"), S("i")), S("foobar"))));
        // An empty pattern inserts before every byte and at the end.
        Assert.Equal("-a-b-c-", k.Str(k.Call("replaceStrings", L(S("")), L(S("-")), S("abc"))));
        Assert.Equal("-", k.Str(k.Call("replaceStrings", L(S("")), L(S("-")), S(""))));
        // Earlier patterns win; the replacement is not rescanned.
        Assert.Equal("xbc", k.Str(k.Call("replaceStrings", L(S("a"), S("ab")), L(S("x"), S("y")), S("abc"))));
        Assert.Equal("ab", k.Str(k.Call("replaceStrings", L(S("a")), L(S("ab")), S("a"))));
    }

    [Fact]
    public void ReplaceStringsForcesReplacementsOnlyWhenUsedAndTakesTheirContext()
    {
        var result = (NixString)k.Call("replaceStrings", L(S("x"), S("o")), L(Throwing(), NixString.Of("0", CtxB)), NixString.Of("foo", CtxA));
        Assert.Equal("f00", result.Text);
        Assert.Equal(2, result.Context.Count);
        var unused = (NixString)k.Call("replaceStrings", L(S("z")), L(NixString.Of("0", CtxB)), S("foo"));
        Assert.False(unused.HasContext);
    }

    [Fact]
    public void ReplaceStringsErrors()
    {
        Assert.Equal("'from' and 'to' arguments passed to builtins.replaceStrings have different lengths",
            k.Fails<EvalError>("replaceStrings", L(I(0)), NixList.Empty, A()).Message);
        Assert.Equal(["while evaluating one of the strings to replace passed to builtins.replaceStrings"], TraceMessages(k.Fails<TypeError>("replaceStrings", L(I(1)), L(S("new")), A())));
        var bad = k.Fails<TypeError>("replaceStrings", L(S("oo")), L(NixBool.True), S("foo"));
        Assert.Equal("expected a string but found a Boolean: true", bad.Message);
        Assert.Equal(["while evaluating one of the replacement strings passed to builtins.replaceStrings"], TraceMessages(bad));
        Assert.Equal(["while evaluating the third argument passed to builtins.replaceStrings"], TraceMessages(k.Fails<TypeError>("replaceStrings", L(S("old")), L(S("new")), A())));
    }

    [Fact]
    public void ToStringCoercesMore()
    {
        Assert.Equal("1", k.Str(k.Call("toString", NixBool.True)));
        Assert.Equal("", k.Str(k.Call("toString", NixBool.False)));
        Assert.Equal("", k.Str(k.Call("toString", NixNull.Instance)));
        Assert.Equal("-5", k.Str(k.Call("toString", I(-5))));
        Assert.Equal("1 2 3", k.Str(k.Call("toString", Ints(1, 2, 3))));
        Assert.Equal("/foo/bar", k.Str(k.Call("toString", new NixPath("/foo/bar"))));
        Assert.Equal("out", k.Str(k.Call("toString", A(("outPath", S("out"))))));
        var withContext = (NixString)k.Call("toString", NixString.Of("x", CtxA));
        Assert.Same(CtxA, withContext.Context);
        var e = k.Fails<TypeError>("toString", A(("a", I(1))));
        Assert.Equal("cannot coerce a set to a string: { a = 1; }", e.Message);
        Assert.Equal(["while evaluating the first argument passed to builtins.toString"], TraceMessages(e));
    }
}
