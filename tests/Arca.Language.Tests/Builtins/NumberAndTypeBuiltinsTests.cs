namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class NumberAndTypeBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    [Fact]
    public void BitOperations()
    {
        Assert.Equal(0b1000, k.Int(k.Call("bitAnd", I(0b1100), I(0b1010))));
        Assert.Equal(0b1110, k.Int(k.Call("bitOr", I(0b1100), I(0b1010))));
        Assert.Equal(0b0110, k.Int(k.Call("bitXor", I(0b1100), I(0b1010))));
        Assert.Equal(-1, k.Int(k.Call("bitOr", I(long.MinValue), I(long.MaxValue))));
        var e = k.Fails<TypeError>("bitAnd", new NixFloat(1.1), I(2));
        Assert.Equal("expected an integer but found a float: 1.1", e.Message);
        Assert.Equal(["while evaluating the first argument passed to builtins.bitAnd"], TraceMessages(e));
        Assert.Equal(["while evaluating the second argument passed to builtins.bitXor"], TraceMessages(k.Fails<TypeError>("bitXor", I(1), new NixFloat(2.2))));
        // An error inside the argument also gets the frame (forceInt adds it to any error).
        Assert.Equal(["while evaluating the first argument passed to builtins.bitOr"], TraceMessages(k.Fails<ThrownError>("bitOr", Throwing(), I(1))));
    }

    [Fact]
    public void CeilAndFloor()
    {
        Assert.Equal(2, k.Int(k.Call("ceil", new NixFloat(1.1))));
        Assert.Equal(-1, k.Int(k.Call("ceil", new NixFloat(-1.9))));
        Assert.Equal(1, k.Int(k.Call("floor", new NixFloat(1.9))));
        Assert.Equal(-2, k.Int(k.Call("floor", new NixFloat(-1.1))));
        Assert.Equal(42, k.Int(k.Call("floor", I(42))));
        Assert.Equal(9007199254740992, k.Int(k.Call("ceil", I(9007199254740992))));
        var e = k.Fails<TypeError>("ceil", S("foo"));
        Assert.Equal("expected a float but found a string: \"foo\"", e.Message);
        Assert.Equal(["while evaluating the first argument passed to builtins.ceil"], TraceMessages(e));
        Assert.Equal("NixFloat argument 1e+20 is not in the range of NixInt", k.Fails<EvalError>("floor", new NixFloat(1e20)).Message);
        // .NET's NaN has the sign bit set, like the NaN x86 produces for inf - inf; glibc prints that as "-nan".
        Assert.Equal("NixFloat argument -nan is not in the range of NixInt", k.Fails<EvalError>("floor", new NixFloat(double.NaN)).Message);
        Assert.StartsWith("Due to a bug (see https://github.com/NixOS/nix/issues/12899) the NixInt argument 9223372036854775807 caused undefined behavior",
            k.Fails<EvalError>("ceil", I(long.MaxValue)).Message);
        Assert.Equal("Due to a bug (see https://github.com/NixOS/nix/issues/12899) a loss of precision occurred in previous Nix versions because the NixInt argument 9007199254740993 was rounded to 9007199254740992.\n\tFuture Nix versions might implement the correct behavior.",
            k.Fails<EvalError>("floor", I(9007199254740993)).Message);
    }

    [Fact]
    public void TypeOfAndPredicates()
    {
        Assert.Equal("int", k.Str(k.Call("typeOf", I(1))));
        Assert.Equal("float", k.Str(k.Call("typeOf", new NixFloat(1))));
        Assert.Equal("bool", k.Str(k.Call("typeOf", NixBool.True)));
        Assert.Equal("string", k.Str(k.Call("typeOf", S("x"))));
        Assert.Equal("path", k.Str(k.Call("typeOf", new NixPath("/x"))));
        Assert.Equal("null", k.Str(k.Call("typeOf", NixNull.Instance)));
        Assert.Equal("set", k.Str(k.Call("typeOf", A())));
        Assert.Equal("list", k.Str(k.Call("typeOf", NixList.Empty)));
        Assert.Equal("lambda", k.Str(k.Call("typeOf", k.Builtin("map"))));
        Assert.Equal("int", k.Str(k.Call("typeOf", Counting(I(3), new Counter()))));

        Assert.True(k.Bool(k.Call("isNull", NixNull.Instance)));
        Assert.True(k.Bool(k.Call("isFunction", k.Call("map", F(x => x)) is var partial ? partial : null!)));
        Assert.False(k.Bool(k.Call("isFunction", A(("__functor", F(x => x))))));
        Assert.True(k.Bool(k.Call("isInt", I(1))));
        Assert.False(k.Bool(k.Call("isInt", new NixFloat(1))));
        Assert.True(k.Bool(k.Call("isFloat", new NixFloat(1))));
        Assert.True(k.Bool(k.Call("isString", S(""))));
        Assert.True(k.Bool(k.Call("isBool", NixBool.False)));
        Assert.True(k.Bool(k.Call("isPath", new NixPath("/"))));
        Assert.True(k.Bool(k.Call("isAttrs", A())));
        Assert.True(k.Bool(k.Call("isList", NixList.Empty)));
        Assert.Throws<ThrownError>(() => k.Call("isInt", Throwing()));
    }

    [Fact]
    public void ErrorsGainTheCallFrameLastWhenTheCallHasAPosition()
    {
        // The evaluator adds the frame when it knows where the call is (calls from inside builtins have no position).
        var at = new Arca.Language.Syntax.Pos(new Arca.Language.Syntax.Source("/f.nix", "", "/", true), 1, 1);
        var e = Assert.Throws<TypeError>(() => k.Ctx.Call(k.Builtin("bitAnd"), [S("x"), I(1)], at));
        Assert.Equal("while calling the 'bitAnd' builtin", e.Trace[^1].Message);
        Assert.Equal(at, e.Trace[^1].Pos);
        Assert.Equal("while evaluating the first argument passed to builtins.bitAnd", e.Trace[^2].Message);
    }

    [Fact]
    public void GlobalNamesAreMarked()
    {
        var global = new HashSet<string>();
        foreach (var entry in k.Ctx.Builtins.Entries) if (entry.Global) global.Add(entry.Name);
        foreach (var name in new[] { "abort", "throw", "map", "toString", "isNull", "removeAttrs", "baseNameOf", "dirOf", "break" })
            Assert.Contains(name, global);
        foreach (var name in new[] { "filter", "typeOf", "seq", "tryEval", "attrNames", "substring", "foldl'" })
            Assert.DoesNotContain(name, global);
    }
}
