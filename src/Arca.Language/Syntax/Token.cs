namespace Arca.Language.Syntax;

using Arca.Language.Errors;

/// <summary>
/// The kinds of token the lexer produces. The order is deliberate: it is the order in which Nix's grammar
/// (bison) numbers its symbols, and syntax errors list the expected tokens in that order.
/// </summary>
public enum TokenKind : byte
{
    EndOfFile,
    Invalid,
    Id,
    Str,
    IndStr,
    Int,
    Float,
    Path,
    HomePath,
    SearchPath,
    PathEnd,
    Uri,
    If,
    Then,
    Else,
    Assert,
    With,
    Let,
    In,
    Rec,
    Inherit,
    Eq,
    NotEq,
    LessEq,
    GreaterEq,
    Update,
    Concat,
    And,
    Or,
    Implies,
    OrKeyword,
    PipeFrom,
    PipeInto,
    DollarCurly,
    IndStringOpen,
    IndStringClose,
    Ellipsis,
    Less,
    Greater,
    Plus,
    Minus,
    Star,
    Slash,
    Question,
    Colon,
    At,
    Semicolon,
    Bang,
    Dot,
    Quote,
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Assign,
    Comma,
    /// <summary>Not a real token: a lexical error (invalid integer, trailing slash, …) raised when the parser reaches it.</summary>
    Error,
}

/// <summary>One token: its kind, its extent in the source, its position, and its value where it has one.</summary>
public readonly struct Token
{
    public readonly TokenKind Kind;
    /// <summary>For <see cref="TokenKind.IndStr"/>: the text is raw indented-string content (subject to indentation stripping).</summary>
    public readonly bool HasIndentation;
    public readonly int Start;
    public readonly int End;
    /// <summary>Identifier name, string contents (unescaped), path or URI text; or the error for <see cref="TokenKind.Error"/> tokens.</summary>
    public readonly object? Payload;
    /// <summary>The value of an integer, or the bits of a float.</summary>
    public readonly long Number;

    public Token(TokenKind kind, int start, int end, object? payload = null, long number = 0, bool hasIndentation = false)
    {
        Kind = kind;
        Start = start;
        End = end;
        Payload = payload;
        Number = number;
        HasIndentation = hasIndentation;
    }

    public string Text => Payload as string ?? ((AttrName)Payload!).Name!;

    /// <summary>An identifier as an attribute name (shared by every occurrence of the name in the source).</summary>
    public AttrName AttrName => (AttrName)Payload!;

    public double FloatValue => BitConverter.Int64BitsToDouble(Number);

    public EvalError ErrorValue => (EvalError)Payload!;

    /// <summary>How bison names the token in "unexpected …" / "expecting …".</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.Invalid => "invalid token",
        TokenKind.Id => "identifier",
        TokenKind.Str => "string",
        TokenKind.IndStr => "indented string",
        TokenKind.Int => "integer",
        TokenKind.Float => "floating-point literal",
        TokenKind.Path => "path",
        // The ellipsis is U+2026, written as its UTF-8 bytes (messages follow the byte-string convention).
        TokenKind.HomePath => "'~/\u00e2\u0080\u00a6' path",
        TokenKind.SearchPath => "'<\u00e2\u0080\u00a6>' path",
        TokenKind.PathEnd => "end of path",
        TokenKind.Uri => "URI",
        TokenKind.If => "'if'",
        TokenKind.Then => "'then'",
        TokenKind.Else => "'else'",
        TokenKind.Assert => "'assert'",
        TokenKind.With => "'with'",
        TokenKind.Let => "'let'",
        TokenKind.In => "'in'",
        TokenKind.Rec => "'rec'",
        TokenKind.Inherit => "'inherit'",
        TokenKind.Eq => "'=='",
        TokenKind.NotEq => "'!='",
        TokenKind.LessEq => "'<='",
        TokenKind.GreaterEq => "'>='",
        TokenKind.Update => "'//'",
        TokenKind.Concat => "'++'",
        TokenKind.And => "'&&'",
        TokenKind.Or => "'||'",
        TokenKind.Implies => "'->'",
        TokenKind.OrKeyword => "'or'",
        TokenKind.PipeFrom => "'<|'",
        TokenKind.PipeInto => "'|>'",
        TokenKind.DollarCurly => "'${'",
        TokenKind.IndStringOpen => "start of an indented string",
        TokenKind.IndStringClose => "end of an indented string",
        TokenKind.Ellipsis => "'...'",
        TokenKind.Less => "'<'",
        TokenKind.Greater => "'>'",
        TokenKind.Plus => "'+'",
        TokenKind.Minus => "'-'",
        TokenKind.Star => "'*'",
        TokenKind.Slash => "'/'",
        TokenKind.Question => "'?'",
        TokenKind.Colon => "':'",
        TokenKind.At => "'@'",
        TokenKind.Semicolon => "';'",
        TokenKind.Bang => "'!'",
        TokenKind.Dot => "'.'",
        TokenKind.Quote => "'\"'",
        TokenKind.LParen => "'('",
        TokenKind.RParen => "')'",
        TokenKind.LBrace => "'{'",
        TokenKind.RBrace => "'}'",
        TokenKind.LBracket => "'['",
        TokenKind.RBracket => "']'",
        TokenKind.Assign => "'='",
        TokenKind.Comma => "','",
        _ => kind.ToString(),
    };
}
