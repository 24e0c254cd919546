namespace Arca.Language.Tests.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class ErrorValuePrinterTests
{
    private readonly BuiltinTestKit k = new();

    private string Print(Value v) => ByteString.ToText(ErrorValuePrinter.Print(k.Ctx, v));

    [Theory]
    [InlineData(1.1, "1.1")]
    [InlineData(1e20, "1e+20")]
    [InlineData(123456789.0, "1.23457e+08")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(100000.0, "100000")]
    [InlineData(1000000.0, "1e+06")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(3.0, "3")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void FloatsAsCpp(double value, string expected) => Assert.Equal(expected, Arca.Language.Printing.FloatFormatter.Format(value));

    [Fact]
    public void LimitsAreCountedOverTheWholeValue()
    {
        Value deep = S("deep");
        for (int i = 9; i >= 0; i--) deep = A(("a" + i, deep));
        var top = A(("finite", deep), ("z", I(1)));
        Assert.Equal("{ finite = { a0 = { a1 = { a2 = { a3 = { a4 = { a5 = { a6 = { a7 = { a8 = { ... }; }; }; }; }; }; }; }; }; }; «1 attribute elided» }", Print(top));
        Assert.Equal("[ [ 1 2 3 4 5 6 7 8 ] [ 1 «3 items elided» ] ]", Print(L(Ints(1, 2, 3, 4, 5, 6, 7, 8), Ints(1, 2, 3, 4))));
    }

    [Fact]
    public void StringsAttrNamesAndSpecialValues()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\${x} $y\"", Print(S("a\"b\\c\n${x} $y")));
        Assert.Equal("{ \"a b\" = 1; \"if\" = 2; x-y' = 3; }", Print(A(("a b", I(1)), ("if", I(2)), ("x-y'", I(3)))));
        Assert.Equal("[ «thunk» «primop map» null true /x ]", Print(L(Throwing(), k.Builtin("map"), NixNull.Instance, NixBool.True, new NixPath("/x"))));
        var partial = k.Ctx.Call(k.Builtin("map"), F(x => x), default);
        Assert.Equal("«partially applied primop map»", Print(partial));
        Assert.Equal("{ type = \"t\"; a = 1; }", Print(A(("a", I(1)), ("type", S("t")))));
        Assert.Equal("{ a = 1; type = \"t\"; }", ErrorValuePrinter.PrintUnlimited(k.Ctx, A(("a", I(1)), ("type", S("t")))));
        var longString = new string('x', 1030);
        Assert.EndsWith("xx\" «6 bytes elided»", Print(S(longString)));
    }

    [Fact]
    public void RepeatedValues()
    {
        var shared = A(("x", I(1)));
        var list = Ints(1);
        Assert.Equal("[ { x = 1; } «repeated» [ 1 ] «repeated» ]", Print(L(shared, shared, list, list)));
        Assert.Equal("[ [ ] [ ] ]", Print(L(NixList.Empty, NixList.Empty)));
    }
}
