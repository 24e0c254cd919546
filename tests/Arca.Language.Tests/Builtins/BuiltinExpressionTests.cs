namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Tests.Evaluation;
using static Arca.Language.Tests.Evaluation.Ast;

/// <summary>The core builtins reached through expressions: names in scope, laziness with real lambdas, frames.</summary>
public sealed class BuiltinExpressionTests
{
    private static Expr B(string name) => Sel(V("builtins"), name);

    [Fact]
    public void GlobalPrefixedAndBuiltinsNames()
    {
        Assert.Equal("[ 2 4 ]", Show(Call(V("map"), Fn("x", Op("mul", V("x"), I(2))), List(I(1), I(2)))));
        Assert.Equal("[ 2 ]", Show(Call(V("__filter"), Fn("x", Op("lessThan", I(1), V("x"))), List(I(1), I(2)))));
        Assert.Equal("\"1\"", Show(Call(B("toString"), I(1))));
        Assert.Equal("\"b\"", Show(Call(V("baseNameOf"), S("/a/b"))));
        Assert.Equal("{ y = 2; }", Show(Call(V("removeAttrs"), Set(("x", I(1)), ("y", I(2))), List(S("x")))));
        Assert.Equal("true", Show(Call(V("isNull"), V("null"))));
        Assert.Throws<UndefinedVariableError>(() => Eval(Call(V("filter"), Fn("x", V("true")), List())));
    }

    [Fact]
    public void TryEvalAroundThrowAndAssert()
    {
        Assert.Equal("{ success = false; value = false; }", Show(Call(B("tryEval"), Call(V("throw"), S("no")))));
        Assert.Equal("{ success = true; value = 3; }", Show(Call(B("tryEval"), I(3))));
        Assert.Throws<AbortError>(() => Eval(Call(B("tryEval"), Call(V("abort"), S("no")))));
    }

    [Fact]
    public void LazinessWithRealThunks()
    {
        // map over a list whose unused element throws; genList whose unused element throws.
        var mapped = Call(V("map"), Fn("x", V("x")), List(Call(V("throw"), S("unused")), I(7)));
        Assert.Equal("7", Show(Call(B("elemAt"), mapped, I(1))));
        var generated = Call(B("genList"), Fn("i", Call(V("throw"), S("lazy"))), I(3));
        Assert.Equal("3", Show(Call(B("length"), generated)));
        var attrs = Call(B("mapAttrs"), Fn("n", Fn("v", Call(V("throw"), S("lazy")))), Set(("a", I(1))));
        Assert.Equal("[ \"a\" ]", Show(Call(B("attrNames"), attrs)));
    }

    [Fact]
    public void SortWithLessThanAndALambda()
    {
        Assert.Equal("[ 1 2 3 ]", Show(Call(B("sort"), V("__lessThan"), List(I(3), I(1), I(2)))));
        Assert.Equal("[ 3 2 1 ]", Show(Call(B("sort"), Fn("a", Fn("b", Op("lessThan", V("b"), V("a")))), List(I(3), I(1), I(2)))));
    }

    [Fact]
    public void FoldlStrictWithAddOverAHundredThousandElements()
    {
        var list = Call(B("genList"), Fn("i", V("i")), I(100_000));
        Assert.Equal("4999950000", Show(Call(B("foldl'"), V("__add"), I(0), list)));
    }

    [Fact]
    public void ErrorsCarryTheBuiltinFrames()
    {
        var e = Assert.Throws<TypeError>(() => Eval(Call(B("head"), I(1))));
        Assert.Equal("expected a list but found an integer: 1", e.Message);
        Assert.Equal(["while evaluating the first argument passed to 'builtins.head'", "while calling the 'head' builtin"],
            e.Trace.Select(t => t.Message).ToArray());
        var thrown = Assert.Throws<ThrownError>(() => Eval(Call(B("addErrorContext"), S("ctx"), Call(V("throw"), S("x")))));
        Assert.Contains(thrown.Trace, t => t.Message == "ctx");
    }
}
