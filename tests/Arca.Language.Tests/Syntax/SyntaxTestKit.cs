namespace Arca.Language.Tests.Syntax;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>Shared helpers: parse text as Nix would read it from a file in /base/dir, print, and capture errors.</summary>
internal static class SyntaxTestKit
{
    public static readonly ParserOptions Options = new("/home/user");

    public static Source SourceOf(string text, string baseDirectory = "/base/dir") =>
        new("/base/dir/test.nix", ByteString.FromText(text), baseDirectory, true);

    public static Expr Parse(string text, ParserOptions? options = null) => Parser.Parse(SourceOf(text), options ?? Options);

    public static string Print(string text, ParserOptions? options = null) => ByteString.ToText(ExprPrinter.Print(Parse(text, options)));

    public static EvalError Fails(string text, ParserOptions? options = null) =>
        Assert.ThrowsAny<EvalError>(() => Parse(text, options));

    /// <summary>The error as "message @ line:column".</summary>
    public static string Error(string text, ParserOptions? options = null)
    {
        var e = Fails(text, options);
        return $"{ByteString.ToText(e.Message)} @ {e.Pos.Line}:{e.Pos.Column}";
    }
}
