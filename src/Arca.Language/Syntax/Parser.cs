namespace Arca.Language.Syntax;

using System.Runtime.CompilerServices;
using Arca.Language.Errors;

/// <summary>
/// Nix's parser: recursive descent with precedence climbing that accepts exactly Nix's grammar (parser.y), builds the
/// same desugared tree with the same positions, and reports syntax errors as Nix's bison parser does
/// ("syntax error, unexpected X, expecting A or B", the expected tokens being those of the LALR state where bison
/// detects the error).
/// Messages follow the byte-string convention (they quote names and source text, and positions print
/// <see cref="Source.Origin"/>, which should therefore be given in that convention too, e.g. <c>«stdin»</c> as UTF-8 bytes).
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly ParserOptions _options;

    // Items of the lists and calls being parsed, nested ones above outer ones: one buffer instead of a list each.
    private readonly ExprStack _scratch = new();

    // Lookahead: a small ring buffer of tokens already lexed.
    private Token[] _buffer = new Token[8];
    private int _head;
    private int _count;

    private Parser(Source source, ParserOptions options)
    {
        _source = source;
        _options = options;
        _lexer = new Lexer(source, options);
    }

    /// <summary>Parses a whole Nix expression; <c>~/</c> paths use <c>$HOME</c> as it is now.</summary>
    public static Expr Parse(Source source) => Parse(source, ParserOptions.FromEnvironment());

    /// <summary>Parses a whole Nix expression. Throws <see cref="ParseError"/> (or the <see cref="EvalError"/> Nix raises while parsing).</summary>
    public static Expr Parse(Source source, ParserOptions options)
    {
        var parser = new Parser(source, options);
        var result = parser.ParseExpr();
        if (parser.Current.Kind != TokenKind.EndOfFile) throw parser.SyntaxError(TokenKind.EndOfFile);
        return result;
    }

    // ---- tokens ----

    /// <summary>The current token; a lexical error is raised here, when the parser first needs the token.</summary>
    private Token Current
    {
        get
        {
            var token = Peek(0);
            if (token.Kind == TokenKind.Error) throw token.ErrorValue;
            return token;
        }
    }

    private TokenKind CurrentKind => Current.Kind;

    private Token Peek(int k)
    {
        while (_count <= k)
        {
            if (_count == _buffer.Length) Grow();
            _buffer[(_head + _count) % _buffer.Length] = _lexer.Next();
            _count++;
        }
        return _buffer[(_head + k) % _buffer.Length];
    }

    private void Grow()
    {
        var bigger = new Token[_buffer.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = _buffer[(_head + i) % _buffer.Length];
        _buffer = bigger;
        _head = 0;
    }

    private Token Advance()
    {
        var token = Current;
        _head = (_head + 1) % _buffer.Length;
        _count--;
        return token;
    }

    private Pos PosOf(in Token token) => Pos.At(_source, token.Start);

    private Pos CurrentPos => PosOf(Current);

    private Token Expect(TokenKind kind)
    {
        if (CurrentKind != kind) throw SyntaxError(kind);
        return Advance();
    }

    private Token Expect(TokenKind kind, TokenKind alsoExpected)
    {
        if (CurrentKind != kind) throw SyntaxError(kind, alsoExpected);
        return Advance();
    }

    // ---- errors ----

    /// <summary>
    /// Bison's detailed syntax error for the current token. <paramref name="expected"/> are the tokens the LALR state
    /// accepts; bison lists them (in grammar order) only when there are at most four.
    /// </summary>
    private ParseError SyntaxError(params TokenKind[] expected)
    {
        var token = Current;
        var message = new System.Text.StringBuilder("syntax error, unexpected ");
        message.Append(Token.Describe(token.Kind));
        if (expected.Length is > 0 and <= 4)
        {
            Array.Sort(expected);
            for (int i = 0; i < expected.Length; i++)
                message.Append(i == 0 ? ", expecting " : " or ").Append(Token.Describe(expected[i]));
        }
        return new ParseError(message.ToString(), PosOf(token));
    }

    /// <summary>A syntax error where so many tokens would do that bison names none.</summary>
    private ParseError Unexpected() => SyntaxError();

    private void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ParseError("stack overflow: the expression is nested too deeply to parse", CurrentPos);
    }

    /// <summary>A growable stack of expressions; callers take what they pushed since their mark.</summary>
    private sealed class ExprStack
    {
        private Expr[] _items = new Expr[64];
        private int _count;

        public int Mark => _count;

        public void Push(Expr e)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _count * 2);
            _items[_count++] = e;
        }

        public Expr[] PopTo(int mark)
        {
            var result = _items.AsSpan(mark, _count - mark).ToArray();
            Array.Clear(_items, mark, _count - mark);
            _count = mark;
            return result;
        }
    }
}
