namespace Arca.Language.Tests.Printing;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Values;

public sealed class JsonPrinterTests
{
    private readonly EvalContext ctx = new(new EvalOptions(), new FileSystemEvalIO());

    private string Json(Value v, bool copyToStore = false) =>
        JsonPrinter.Print(ctx, v, default, copyToStore, new StringContext.Builder());

    private static NixString S(string text) => new(text);

    private static NixList L(params Value[] items) => new(items);

    private static NixAttrs A(params (string Name, Value Value)[] attrs)
    {
        var b = new AttrsBuilder();
        foreach (var (n, v) in attrs) b.Add(n, v);
        return b.Build();
    }

    [Fact]
    public void ScalarsListsAndSetsAreCompactWithAttributesInByteOrder()
    {
        var v = A(("b", NixInt.Of(-456)), ("a", NixInt.Of(123)), ("e", NixBool.True), ("f", NixBool.False),
            ("g", L(NixInt.Of(1), NixNull.Instance)), ("h", A(("foo\nbar", NixAttrs.Empty))));
        Assert.Equal("{\"a\":123,\"b\":-456,\"e\":true,\"f\":false,\"g\":[1,null],\"h\":{\"foo\\nbar\":{}}}", Json(v));
    }

    [Theory]
    // Expected texts are nlohmann::json's dump() (what toJSON uses since Nix 2.13); Nix 2.8 printed %g instead.
    [InlineData(1.44, "1.44")]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e14, "100000000000000.0")]
    [InlineData(1e15, "1e+15")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e100, "1e+100")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(double.NaN, "null")]
    public void FloatsAreShortestRoundTrip(double value, string expected) => Assert.Equal(expected, Json(new NixFloat(value)));

    [Fact]
    public void StringsAreEscapedAsNlohmannDoes()
    {
        Assert.Equal("\"a\\u0001\u007f\\t\\r\\b\\f/\u00C3\u00A9\\\"\\\\\"", Json(S("a\u0001\u007f\t\r\b\f/\u00C3\u00A9\"\\")));
    }

    [Fact]
    public void InvalidUtf8IsASerializationError()
    {
        var e = Assert.Throws<EvalError>(() => Json(S("_invalid UTF-8: \u00FF_")));
        Assert.Equal("JSON serialization error: [json.exception.type_error.316] invalid UTF-8 byte at index 16: 0xFF", e.Message);
        e = Assert.Throws<EvalError>(() => Json(S("ab\u00C3")));
        Assert.Equal("JSON serialization error: [json.exception.type_error.316] incomplete UTF-8 string; last byte: 0xC3", e.Message);
        // An overlong encoding is rejected at its second byte, as the DFA nlohmann uses does.
        e = Assert.Throws<EvalError>(() => Json(S("\u00E0\u0080\u0080")));
        Assert.Contains("invalid UTF-8 byte at index 1: 0x80", e.Message);
    }

    [Fact]
    public void ContextOfStringsIsCollected()
    {
        var context = new StringContext.Builder();
        var s = NixString.Of("/nix/store/x", StringContext.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"));
        JsonPrinter.Print(ctx, L(s), default, false, context);
        Assert.Equal(["/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"], context.Build().Elements);
    }

    [Fact]
    public void OutPathAndToStringArePeeled()
    {
        Assert.Equal("\"hello\"", Json(A(("outPath", S("hello")))));
        Assert.Equal("42", Json(A(("outPath", NixInt.Of(42)))));
        Assert.Equal("{\"a\":1}", Json(A(("outPath", A(("a", NixInt.Of(1)))))));
        var toString = new PrimOp("f", 1, (c, args, p) => S("won"));
        Assert.Equal("\"won\"", Json(A(("__toString", toString), ("outPath", S("unused")))));
    }

    [Fact]
    public void ToStringMustReturnAString()
    {
        var returnsInt = new PrimOp("f", 1, (c, args, p) => NixInt.Of(42));
        var e = Assert.Throws<TypeError>(() => Json(A(("__toString", returnsInt))));
        Assert.Equal("`__toString` should return a string, but got an integer: 42", e.Message);
        Assert.Contains(e.Trace, f => f.Message == "while using the result of the `__toString` attribute");
        var returnsSet = new PrimOp("f", 1, (c, args, p) => A(("a", NixInt.Of(1))));
        e = Assert.Throws<TypeError>(() => Json(A(("__toString", returnsSet))));
        Assert.Equal("`__toString` must return a string, but got a set: { a = 1; }", e.Message);
    }

    [Fact]
    public void FunctionsCannotBeConverted()
    {
        var e = Assert.Throws<TypeError>(() => Json(L(new PrimOp("map", 2, (c, a, p) => NixNull.Instance))));
        Assert.Equal("cannot convert the built-in function 'map' to JSON", e.Message);
        Assert.Equal("while evaluating list element at index 0", e.Trace[0].Message);
    }

    [Fact]
    public void PathsArePrintedAsThemselvesWithoutCopying() =>
        Assert.Equal("\"/some/path\"", Json(new NixPath("/some/path")));

    [Fact]
    public void CopyingAPathNeedsAnExistingPathAndAStore()
    {
        Assert.Equal("path '/no/such/path' does not exist",
            Assert.Throws<EvalError>(() => Json(new NixPath("/no/such/path"), copyToStore: true)).Message);
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal($"cannot copy '{file}' to the store: this evaluation has no store",
                Assert.Throws<EvalError>(() => Json(new NixPath(file), copyToStore: true)).Message);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void DeepNestingIsANixStackOverflowNotACrash()
    {
        Value v = NixNull.Instance;
        for (int i = 0; i < 20000; i++) v = A(("tail", v));
        var e = Assert.Throws<StackOverflowError>(() => Json(v));
        Assert.Equal("stack overflow; max-call-depth exceeded", e.Message);
        Assert.Equal("while evaluating attribute 'tail'", e.Trace[0].Message);
    }
}
