namespace Arca.Language.Syntax;

using Arca.Language.Errors;
using Arca.Language.Evaluation;

// Strings, indented strings and path literals.
public sealed partial class Parser
{
    /// <summary>
    /// <c>"…"</c> from the opening quote: its text when it has no interpolation, otherwise the concatenation
    /// (which Nix keeps even for a single <c>"${e}"</c>).
    /// </summary>
    private (string? Text, Expr? Expr) ParseStringContents()
    {
        Advance(); // "
        string? text = null;
        Pos textPos = default;
        List<Expr>? parts = null;
        GrowableArray<Pos>? positions = null;
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.Str)
            {
                Advance();
                if (parts is null && text is null)
                {
                    text = token.Text;
                    textPos = PosOf(token);
                }
                else
                {
                    parts!.Add(new StringExpr(Pos.None, token.Text));
                    positions!.Add(PosOf(token));
                }
            }
            else if (token.Kind == TokenKind.DollarCurly)
            {
                Advance();
                if (parts is null)
                {
                    parts = [];
                    positions = new GrowableArray<Pos>();
                    if (text is not null)
                    {
                        parts.Add(new StringExpr(Pos.None, text));
                        positions.Add(textPos);
                    }
                }
                var e = ParseExpr();
                Expect(TokenKind.RBrace);
                parts.Add(e);
                positions!.Add(PosOf(token));
            }
            else if (token.Kind == TokenKind.Quote)
            {
                Advance();
                if (parts is null) return (text ?? "", null);
                return (null, new ConcatStringsExpr(positions![0], true, parts.ToArray()) { PartPositions = positions.ToArray() });
            }
            else throw SyntaxError(TokenKind.Quote);
        }
    }

    private Expr ParseIndentedString()
    {
        var open = Advance();
        var parts = new GrowableArray<IndentedString.Part>();
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.IndStr)
            {
                Advance();
                parts.Add(new IndentedString.Part(PosOf(token), null, token.Text, token.HasIndentation));
            }
            else if (token.Kind == TokenKind.DollarCurly)
            {
                Advance();
                var e = ParseExpr();
                Expect(TokenKind.RBrace);
                parts.Add(new IndentedString.Part(PosOf(token), e, null, false));
            }
            else if (token.Kind == TokenKind.IndStringClose)
            {
                Advance();
                return IndentedString.Strip(PosOf(open), parts);
            }
            else throw SyntaxError(TokenKind.IndStr, TokenKind.DollarCurly, TokenKind.IndStringClose);
        }
    }

    /// <summary>A path literal, resolved now, possibly continued by interpolations (<c>./a/${b}.nix</c>).</summary>
    private Expr ParsePath()
    {
        var token = Advance();
        var path = new PathExpr(Pos.None, ResolvePath(token));
        if (CurrentKind == TokenKind.PathEnd)
        {
            Advance();
            return path;
        }
        var parts = new List<Expr> { path };
        var positions = new GrowableArray<Pos>();
        positions.Add(PosOf(token));
        while (true)
        {
            var piece = Current;
            if (piece.Kind == TokenKind.Str)
            {
                Advance();
                parts.Add(new StringExpr(Pos.None, piece.Text));
                positions.Add(PosOf(piece));
            }
            else if (piece.Kind == TokenKind.DollarCurly)
            {
                Advance();
                var e = ParseExpr();
                Expect(TokenKind.RBrace);
                parts.Add(e);
                positions.Add(PosOf(piece));
            }
            else if (piece.Kind == TokenKind.PathEnd)
            {
                Advance();
                return new ConcatStringsExpr(PosOf(token), false, parts.ToArray()) { PartPositions = positions.ToArray() };
            }
            else throw SyntaxError(TokenKind.PathEnd);
        }
    }

    private string ResolvePath(in Token token)
    {
        string literal = token.Text;
        if (token.Kind == TokenKind.HomePath)
        {
            if (_options.PureEval) throw new EvalError($"the path '{literal}' can not be resolved in pure mode");
            Lint(_options.LintAbsolutePathLiterals, "lint-absolute-path-literals", PosOf(token),
                $"home path literals are not portable. Consider replacing path literal '{literal}' by a string, relative path, or parameter");
            var home = _options.Home ?? throw new ParseError($"cannot resolve '{literal}': the home directory is not known", PosOf(token));
            return home + literal[1..];
        }
        if (literal[0] == '/')
        {
            Lint(_options.LintAbsolutePathLiterals, "lint-absolute-path-literals", PosOf(token),
                $"absolute path literals are not portable. Consider replacing path literal '{literal}' by a string, relative path, or parameter");
        }
        else if (literal[0] != '.')
        {
            Lint(_options.LintShortPathLiterals, "lint-short-path-literals", PosOf(token),
                $"relative path literal '{literal}' should be prefixed with '.' for clarity: './{literal}'");
        }
        // A trailing slash (only before an interpolation, `./a/${b}`) is kept on the resolved first segment.
        string resolved = literal[0] == '/'
            ? CanonicalPath.Normalize(literal)
            : CanonicalPath.Absolute(literal, _source.BaseDirectory);
        if (literal.Length > 1 && literal[^1] == '/') resolved += "/";
        return resolved;
    }

    /// <summary>Nix's diagnose(): nothing, a warning or an error, with the setting's name appended.</summary>
    private void Lint(LintLevel level, string setting, Pos pos, string message)
    {
        if (level == LintLevel.Ignore) return;
        message = $"{message} ({setting})";
        if (level == LintLevel.Fatal) throw new ParseError(message, pos);
        _options.OnWarning?.Invoke(message, pos);
    }
}
