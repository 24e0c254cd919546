namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Printing;
using Arca.Language.Tests.Syntax;

/// <summary>
/// Interpolations and <c>concatStringsSep</c> keep the texts they are joining on one stack per evaluation
/// (<see cref="Arca.Language.Evaluation.TextStack"/>). A join nested in another, or one that fails under
/// <c>tryEval</c> while another is half done, must leave the outer join exactly the texts it pushed.
/// </summary>
public sealed class JoinTextStackTests
{
    private static string Show(string text)
    {
        var ctx = Ast.NewContext();
        var value = ctx.Evaluate(SyntaxTestKit.Parse(text));
        ctx.ForceDeep(value, default);
        return ValuePrinter.Print(ctx, value);
    }

    [Theory]
    // A join inside a part of another.
    [InlineData("let f = x: \"<${x}>\"; in \"a${f \"b${f \"c\"}\"}d\"", "\"a<b<c>>d\"")]
    [InlineData("builtins.concatStringsSep \",\" [ \"a\" (builtins.concatStringsSep \"-\" [ \"b\" \"c\" ]) \"${\"d\"}e\" ]", "\"a,b-c,de\"")]
    // A join that fails half way, caught while an outer join has texts on the stack.
    [InlineData("\"p\" + builtins.concatStringsSep \",\" [ \"q\" (toString (builtins.tryEval (builtins.concatStringsSep \"-\" [ \"u\" \"w\" (throw \"v\") ])).success) \"r\" ]", "\"pq,,r\"")]
    [InlineData("\"x${toString (builtins.tryEval \"u${\"w\"}${throw \"v\"}\").success}y${\"z\"}\"", "\"xyz\"")]
    [InlineData("let f = x: \"a${x}b\"; in [ (builtins.tryEval (f (throw \"no\"))).success (f \"c\") ]", "[ false \"acb\" ]")]
    // No texts and one text.
    [InlineData("builtins.concatStringsSep \",\" [ ]", "\"\"")]
    [InlineData("\"${\"only\"}\"", "\"only\"")]
    public void Nested_and_failed_joins_leave_the_outer_join_its_own_texts(string expression, string expected) =>
        Assert.Equal(expected, Show(expression));
}
