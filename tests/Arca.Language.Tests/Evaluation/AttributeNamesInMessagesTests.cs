namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Tests.Syntax;

/// <summary>
/// Latest Nix prints an attribute or argument name in an error as it would be written in source: bare when it is an
/// identifier, quoted otherwise (nixpkgs' fileset library relies on it for fileFilter's error). Nix 2.8 printed it bare.
/// </summary>
public sealed class AttributeNamesInMessagesTests
{
    private static EvalError Fails(string text)
    {
        var ctx = Ast.NewContext();
        return Assert.ThrowsAny<EvalError>(() => ctx.ForceDeep(ctx.Evaluate(SyntaxTestKit.Parse(text)), default));
    }

    [Theory]
    [InlineData("({ a }: a) { a = 1; \"b.c\" = 2; }", "function 'anonymous lambda' called with unexpected argument '\"b.c\"'")]
    [InlineData("({ a }: a) { a = 1; b = 2; }", "function 'anonymous lambda' called with unexpected argument 'b'")]
    [InlineData("({ a }: a) { a = 1; \"if\" = 2; }", "function 'anonymous lambda' called with unexpected argument '\"if\"'")]
    [InlineData("{ a = 1; }.\"b c\"", "attribute '\"b c\"' missing")]
    [InlineData("{ a = 1; }.\"\"", "attribute '\"\"' missing")]
    [InlineData("{ a = 1; }.b", "attribute 'b' missing")]
    [InlineData("builtins.getAttr \"q r\" { }", "attribute '\"q r\"' missing")]
    [InlineData("let n = \"x y\"; in { ${n} = 1; ${n} = 2; }", "dynamic attribute '\"x y\"' already defined at /base/dir/test.nix:1:21")]
    public void Names_are_printed_as_source_would_write_them(string expression, string message) =>
        Assert.Equal(message, Fails(expression).Message);

    [Fact]
    public void Json_frames_quote_names_too()
    {
        var error = Fails("builtins.toJSON { \"a b\" = throw \"x\"; }");
        Assert.Contains(error.Trace, t => t.Message == "while evaluating attribute '\"a b\"'");
    }
}
