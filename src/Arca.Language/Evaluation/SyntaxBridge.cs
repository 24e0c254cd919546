namespace Arca.Language.Evaluation;

using Arca.Language.Syntax;

/// <summary>The evaluator's two uses of the parser: parsing sources (import, -E) and printing expressions (assert messages).</summary>
public static class SyntaxBridge
{
    public static Expr Parse(Source source, ParserOptions options) => Parser.Parse(source, options);

    public static string Print(Expr expr) => ExprPrinter.Print(expr);
}
