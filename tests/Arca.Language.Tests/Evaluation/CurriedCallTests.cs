namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Tests.Syntax;

/// <summary>
/// <c>f a b</c> on a curried lambda <c>x: y: …</c> applies the inner lambda at once (<see cref="EvalContext.Call2"/>),
/// without the closure <c>f a</c> would return. Nothing may differ from applying the arguments one at a time, as
/// <c>(f a) b</c> does: results, errors and their <c>--show-trace</c> frames.
/// </summary>
public sealed class CurriedCallTests
{
    private static EvalContext Context(bool showTrace = false) =>
        Ast.NewContext(new EvalOptions { ShowTrace = showTrace });

    private static string Show(string text) => Ast.Show(SyntaxTestKit.Parse(text));

    private static EvalError Failure(string text, bool showTrace)
    {
        var ctx = Context(showTrace);
        return Assert.ThrowsAny<EvalError>(() => ctx.ForceDeep(ctx.Evaluate(SyntaxTestKit.Parse(text)), default));
    }

    [Theory]
    [InlineData("let f = a: b: [ a b ]; in f 1 2", "[ 1 2 ]")]
    [InlineData("let f = a: b: a - b; g = f 10; in [ (g 1) (g 2) (f 5 1) ]", "[ 9 8 4 ]")]
    [InlineData("(a: b: c: a * 100 + b * 10 + c) 1 2 3", "123")]
    [InlineData("({ x, y ? 2 }: z: x + y + z) { x = 1; } 3", "6")]
    [InlineData("(args@{ x, ... }: z: args.w + x + z) { x = 1; w = 10; } 3", "14")]
    [InlineData("let f = a: b: b; in f (throw \"never forced\") 2", "2")]
    [InlineData("let f = a: b: a b; in f (x: x * 2) 3", "6")]
    [InlineData("builtins.foldl' (acc: x: acc ++ [ (x * x) ]) [ ] [ 1 2 3 ]", "[ 1 4 9 ]")]
    [InlineData("builtins.sort (a: b: a > b) [ 3 1 2 ]", "[ 3 2 1 ]")]
    [InlineData("builtins.mapAttrs (n: v: n + toString v) { a = 1; b = 2; }", "{ a = \"a1\"; b = \"b2\"; }")]
    [InlineData("builtins.zipAttrsWith (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ]", "{ a = [ 1 2 ]; b = [ 3 ]; }")]
    public void Curried_calls_give_what_one_argument_at_a_time_gives(string expression, string expected) =>
        Assert.Equal(expected, Show(expression));

    [Theory]
    // An error in the inner body, in binding the outer formals, in forcing the outer argument, in binding the inner
    // formals. The frames, outermost first, are those the build before the shortcut printed for the same text.
    [InlineData("let f = a: b: a + b; in f 1 \"x\"", "cannot add a string to an integer",
        "from call site @ 1:25|while calling 'f' @ 1:12")]
    [InlineData("let f = { x }: y: x + y; in f { z = 1; } 2", "function 'f' called without required argument 'x'",
        "from call site @ 1:29")]
    [InlineData("let f = { x }: y: x + y; in f 5 2", "expected a set but found an integer: 5",
        "from call site @ 1:29|while evaluating the value passed for the lambda argument @ 1:9")]
    [InlineData("let f = a: { y }: a + y; in f 1 { }", "function 'f' called without required argument 'y'",
        "from call site @ 1:29")]
    public void Errors_keep_the_frames_of_one_argument_at_a_time(string expression, string message, string frames)
    {
        var error = Failure(expression, showTrace: true);
        Assert.Equal(message, error.Message);
        var outermostFirst = error.Trace.AsEnumerable().Reverse().Select(f => $"{f.Message} @ {f.Pos.Line}:{f.Pos.Column}");
        Assert.Equal(frames, string.Join("|", outermostFirst));

        // The same frames as applying one argument at a time, apart from the call sites' columns: `(f a) b`.
        var stepwise = Failure(expression.Replace(" in f ", " in (f ").Replace(" \"x\"", ") \"x\"").Replace(" 2", ") 2").Replace(" { }", ") { }"), showTrace: true);
        Assert.Equal(stepwise.Message, error.Message);
        Assert.Equal(stepwise.Trace.Select(f => f.Message), error.Trace.Select(f => f.Message));
    }

    [Fact]
    public void Deep_curried_recursion_stops_at_the_call_depth_limit()
    {
        var ctx = Ast.NewContext(new EvalOptions { MaxCallDepth = 1000 });
        var error = Assert.ThrowsAny<EvalError>(() => ctx.ForceDeep(ctx.Evaluate(SyntaxTestKit.Parse(
            "let r = n: acc: if n == 0 then acc else r (n - 1) (acc + 1); in r 5000 0")), default));
        Assert.Contains("max-call-depth", error.Message);
        Assert.Equal("900", Show("let r = n: acc: if n == 0 then acc else r (n - 1) (acc + 1); in r 900 0"));
    }
}
