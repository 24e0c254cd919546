namespace Arca.Cli;

using Arca.Language.Syntax;

/// <summary><c>--parse</c> output: the expression as Nix's <c>Expr::show</c> prints it.</summary>
internal static class SyntaxPrinting
{
    public static string Print(Expr expr) => ExprPrinter.Print(expr);
}
