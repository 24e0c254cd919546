namespace Arca.Language.Tests.Syntax;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using static SyntaxTestKit;

/// <summary>Deeply nested input yields a result or a ParseError, never a crashed process.</summary>
public sealed class DeepNestingTests
{
    private static T OnThread<T>(int stackBytes, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw failure;
        return result;
    }

    private static string Nested(string open, string middle, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));

    [Theory]
    [InlineData("[", "1", "]")]
    [InlineData("(", "1", ")")]
    [InlineData("{a=", "1", ";}")]
    [InlineData("\"${", "x", "}\"")]
    [InlineData("-", "1", "")]
    [InlineData("x: ", "1", "")]
    [InlineData("if a then ", "1", " else 2")]
    public void TenThousandLevelsParseOnABigStack(string open, string middle, string close)
    {
        var printed = OnThread(512 << 20, () => ExprPrinter.Print(Parse(Nested(open, middle, close, 10_000))));
        // Parentheses make no nodes; everything else prints at least a character per level.
        Assert.True(open == "(" ? printed == "1" : printed.Length > 10_000, printed[..Math.Min(100, printed.Length)]);
    }

    [Fact]
    public void LongOperatorChainsParse()
    {
        var left = OnThread(512 << 20, () => Parse(string.Join(" + ", Enumerable.Repeat("1", 100_000))));
        Assert.IsType<ConcatStringsExpr>(left);
        var right = OnThread(512 << 20, () => Parse(string.Join(" ++ ", Enumerable.Repeat("[ ]", 50_000))));
        Assert.IsType<BinaryExpr>(right);
    }

    [Theory]
    [InlineData("(", "1", ")")]
    [InlineData("[", "1", "]")]
    [InlineData("!", "true", "")]
    [InlineData("a: ", "1", "")]
    public void ExhaustedStackIsAParseError(string open, string middle, string close)
    {
        var error = OnThread(1 << 20, () => Assert.Throws<ParseError>(() => Parse(Nested(open, middle, close, 1_000_000))));
        Assert.Contains("stack overflow", error.Message);
    }

    [Fact]
    public void PrintingTooDeepATreeIsAnError()
    {
        var tree = OnThread(512 << 20, () => Parse(Nested("[", "1", "]", 100_000)));
        var error = OnThread(1 << 20, () => Assert.ThrowsAny<EvalError>(() => ExprPrinter.Print(tree)));
        Assert.Contains("stack overflow", error.Message);
    }
}
