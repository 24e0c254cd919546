namespace Arca.Language.Syntax;

using Arca.Language.Errors;

/// <summary>
/// Nix's tokenizer, written by hand over the source string. It reproduces the longest-match behaviour and the start
/// conditions (modes) of Nix's flex lexer: strings, indented strings and path literals with interpolation switch
/// modes, and <c>{</c>/<c>${</c>/<c>}</c> push and pop them, independently of the parser.
/// Lexical errors do not throw here: they become <see cref="TokenKind.Error"/> tokens that the parser raises when it
/// reaches them, so errors are reported in source order as Nix reports them.
/// </summary>
internal sealed partial class Lexer
{
    private enum Mode : byte { Initial, Default, String, IndString, InPath, InPathSlash }

    private readonly Source _source;
    private readonly string _text;
    private readonly ParserOptions _options;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly Dictionary<string, AttrName>.AlternateLookup<ReadOnlySpan<char>> _identifiers;
    private int _pos;
    private Mode[] _modes = new Mode[16];
    private int _modeTop;
    private int _lastLexemeStart;

    public Lexer(Source source, ParserOptions options)
    {
        _source = source;
        _text = source.Text;
        _options = options;
        _names = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _identifiers = new Dictionary<string, AttrName>(Math.Min(1 << 16, source.Text.Length / 32), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _modes[0] = Mode.Initial;
    }

    public Source Source => _source;

    private Mode CurrentMode => _modes[_modeTop];

    private void Push(Mode mode)
    {
        if (++_modeTop == _modes.Length) Array.Resize(ref _modes, _modes.Length * 2);
        _modes[_modeTop] = mode;
    }

    private void Pop()
    {
        if (_modeTop > 0) _modeTop--;
    }

    private Token Make(TokenKind kind, int start, int end, object? payload = null, long number = 0, bool hasIndentation = false)
    {
        _lastLexemeStart = start;
        return new Token(kind, start, end, payload, number, hasIndentation);
    }

    private Token MakeError(string message, int offset)
    {
        var error = new ParseError(message, Pos.At(_source, offset));
        return new Token(TokenKind.Error, offset, offset, error);
    }

    private string Intern(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        if (_names.TryGetValue(span, out var name)) return name;
        name = span.ToString();
        _names.Dictionary.Add(name, name); // through the string key: the span indexer would copy the name again
        return name;
    }

    /// <summary>
    /// An identifier, as one shared <see cref="AttrName"/> per distinct name. The name itself is the process's one
    /// copy of that text (the runtime's intern pool, where the builtins' own names already are): a set written in one
    /// file and selected from in another, or made by a builtin, then holds the very string the selection looks up, and
    /// the lookup ends at a reference comparison, as Nix's symbols compare by number.
    /// </summary>
    private AttrName Identifier(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        if (_identifiers.TryGetValue(span, out var name)) return name;
        var text = string.Intern(span.ToString());
        name = AttrName.Static(text);
        _identifiers.Dictionary.Add(text, name);
        return name;
    }

    /// <summary>The next token.</summary>
    public Token Next() => CurrentMode switch
    {
        Mode.String => LexString(),
        Mode.IndString => LexIndentedString(),
        Mode.InPath or Mode.InPathSlash => LexInPath(),
        _ => LexDefault(),
    };

    // ---- character classes (flex definitions in Nix's lexer.l) ----

    private static bool IsPathChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '.' || c == '_' || c == '-' || c == '+';

    private static bool IsIdStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsIdChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '\'' || c == '-';

    private static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsUriSchemeChar(char c) => IsLetter(c) || IsDigit(c) || c == '+' || c == '-' || c == '.';

    private static bool IsUriChar(char c) =>
        IsLetter(c) || IsDigit(c) || c switch
        {
            '%' or '/' or '?' or ':' or '@' or '&' or '=' or '+' or '$' or ',' or '-' or '_' or '.' or '!' or '~' or '*' or '\'' => true,
            _ => false,
        };

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    // ---- default mode ----

    private void SkipTrivia()
    {
        string t = _text;
        int i = _pos;
        while (i < t.Length)
        {
            char c = t[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { i++; continue; }
            if (c == '#')
            {
                i++;
                while (i < t.Length && t[i] != '\n' && t[i] != '\r') i++;
                continue;
            }
            if (c == '/' && i + 1 < t.Length && t[i + 1] == '*')
            {
                int close = t.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0) break; // not a comment: '/' and '*' are lexed as tokens, as flex does
                i = close + 2;
                continue;
            }
            break;
        }
        if (i != _pos) _lastLexemeStart = _pos;
        _pos = i;
    }

    private Token LexDefault()
    {
        SkipTrivia();
        string t = _text;
        int start = _pos;
        if (start >= t.Length) return EndOfFile();
        char c = t[start];

        if (IsLetter(c)) return LexWordOrPath(start);
        if (IsDigit(c)) return LexNumberOrPath(start);

        switch (c)
        {
            case '_':
                return LexWordOrPath(start);
            case '.':
            {
                int best = 1;
                var kind = TokenKind.Dot;
                if (At(start + 1) == '.' && At(start + 2) == '.') { best = 3; kind = TokenKind.Ellipsis; }
                int floatLen = MatchFloat(start);
                if (floatLen > best) { best = floatLen; kind = TokenKind.Float; }
                if (kind == TokenKind.Float && MatchPath(start) <= best && MatchPathSegmentBeforeInterpolation(start) + 2 <= best)
                    return FloatToken(start, best);
                return PathAlternatives(start, best, kind);
            }
            case '-':
                return At(start + 1) == '>'
                    ? PathAlternatives(start, 2, TokenKind.Implies)
                    : PathAlternatives(start, 1, TokenKind.Minus);
            case '+':
                return At(start + 1) == '+'
                    ? PathAlternatives(start, 2, TokenKind.Concat)
                    : PathAlternatives(start, 1, TokenKind.Plus);
            case '/':
                return At(start + 1) == '/'
                    ? PathAlternatives(start, 2, TokenKind.Update)
                    : PathAlternatives(start, 1, TokenKind.Slash);
            case '~':
            {
                if (At(start + 1) == '/' && At(start + 2) == '$' && At(start + 3) == '{')
                {
                    Push(Mode.InPathSlash);
                    _pos = start + 2;
                    return Make(TokenKind.HomePath, start, start + 2, Intern(start, start + 2));
                }
                int len = MatchHomePath(start);
                if (len > 0) return PathToken(TokenKind.HomePath, start, len);
                return Single(TokenKind.Invalid, start);
            }
            case '<':
            {
                int len = MatchSearchPath(start);
                if (len > 2) { _pos = start + len; return Make(TokenKind.SearchPath, start, start + len, Intern(start + 1, start + len - 1)); }
                if (At(start + 1) == '=') return Fixed(TokenKind.LessEq, start, 2);
                if (At(start + 1) == '|') return PipeOperator(TokenKind.PipeFrom, start);
                return Single(TokenKind.Less, start);
            }
            case '>':
                return At(start + 1) == '=' ? Fixed(TokenKind.GreaterEq, start, 2) : Single(TokenKind.Greater, start);
            case '=':
                return At(start + 1) == '=' ? Fixed(TokenKind.Eq, start, 2) : Single(TokenKind.Assign, start);
            case '!':
                return At(start + 1) == '=' ? Fixed(TokenKind.NotEq, start, 2) : Single(TokenKind.Bang, start);
            case '&':
                return At(start + 1) == '&' ? Fixed(TokenKind.And, start, 2) : Single(TokenKind.Invalid, start);
            case '|':
                if (At(start + 1) == '|') return Fixed(TokenKind.Or, start, 2);
                if (At(start + 1) == '>') return PipeOperator(TokenKind.PipeInto, start);
                return Single(TokenKind.Invalid, start);
            case '$':
                if (At(start + 1) == '{')
                {
                    Push(Mode.Default);
                    return Fixed(TokenKind.DollarCurly, start, 2);
                }
                return Single(TokenKind.Invalid, start);
            case '{':
                Push(Mode.Default);
                return Single(TokenKind.LBrace, start);
            case '}':
                // The bottom of the stack marks the top level: an unbalanced '}' must not pop it.
                if (CurrentMode != Mode.Initial) Pop();
                return Single(TokenKind.RBrace, start);
            case '"':
                Push(Mode.String);
                return Single(TokenKind.Quote, start);
            case '\'':
                if (At(start + 1) == '\'')
                {
                    int end = start + 2, k = end;
                    while (k < t.Length && t[k] == ' ') k++;
                    if (k < t.Length && t[k] == '\n') end = k + 1;
                    Push(Mode.IndString);
                    return Fixed(TokenKind.IndStringOpen, start, end - start);
                }
                return Single(TokenKind.Invalid, start);
            case ':': return Single(TokenKind.Colon, start);
            case '@': return Single(TokenKind.At, start);
            case ';': return Single(TokenKind.Semicolon, start);
            case '(': return Single(TokenKind.LParen, start);
            case ')': return Single(TokenKind.RParen, start);
            case '[': return Single(TokenKind.LBracket, start);
            case ']': return Single(TokenKind.RBracket, start);
            case ',': return Single(TokenKind.Comma, start);
            case '?': return Single(TokenKind.Question, start);
            case '*': return Single(TokenKind.Star, start);
            default: return Single(TokenKind.Invalid, start);
        }
    }

    private Token EndOfFile()
    {
        int end = _text.Length;
        return new Token(TokenKind.EndOfFile, end, end);
    }

    private Token Single(TokenKind kind, int start) => Fixed(kind, start, 1);

    private Token Fixed(TokenKind kind, int start, int length)
    {
        _pos = start + length;
        return Make(kind, start, start + length);
    }

    private Token PipeOperator(TokenKind kind, int start)
    {
        if (!_options.PipeOperators)
        {
            _pos = start + 2;
            return MakeError(
                "experimental Nix feature 'pipe-operators' is disabled; add '--extra-experimental-features pipe-operators' to enable it",
                start);
        }
        return Fixed(kind, start, 2);
    }

    /// <summary>
    /// Picks between an already matched token of <paramref name="bestLength"/> and the path rules, which win when
    /// they match more text (flex's longest match; on a tie the earlier rule, i.e. the non-path token, wins).
    /// </summary>
    private Token PathAlternatives(int start, int bestLength, TokenKind bestKind, object? payload = null, long number = 0)
    {
        int segment = MatchPathSegmentBeforeInterpolation(start);
        if (segment > 0 && segment + 2 > bestLength)
        {
            // `a/${…}`: the path starts with one segment and continues with an interpolation.
            Push(Mode.InPathSlash);
            _pos = start + segment;
            return Make(TokenKind.Path, start, start + segment, Intern(start, start + segment));
        }
        int pathLength = MatchPath(start);
        if (pathLength > bestLength) return PathToken(TokenKind.Path, start, pathLength);
        _pos = start + bestLength;
        return Make(bestKind, start, start + bestLength, payload, number);
    }

    private Token PathToken(TokenKind kind, int start, int length)
    {
        int end = start + length;
        Push(_text[end - 1] == '/' ? Mode.InPathSlash : Mode.InPath);
        _pos = end;
        return Make(kind, start, end, Intern(start, end));
    }

    private Token LexWordOrPath(int start)
    {
        string t = _text;
        int end = start + 1;
        while (end < t.Length && IsIdChar(t[end])) end++;
        int idLength = end - start;

        // Only '/', ':', '.' or '+' after the identifier can make a path or a URI longer than it (any other character
        // also ends the path and URI character runs, or they end earlier at a ' or _ inside the identifier).
        char following = end < t.Length ? t[end] : '\0';
        if (following != '/' && following != ':' && following != '.' && following != '+')
        {
            _pos = end;
            var word = Keyword(t.AsSpan(start, idLength));
            return word != TokenKind.Id ? Make(word, start, end) : Make(TokenKind.Id, start, end, Identifier(start, end));
        }

        int uriLength = IsLetter(t[start]) ? MatchUri(start) : 0;
        int pathLength = MatchPath(start);
        int segment = MatchPathSegmentBeforeInterpolation(start);
        int segmentRuleLength = segment > 0 ? segment + 2 : 0;

        int best = Math.Max(idLength, Math.Max(pathLength, Math.Max(uriLength, segmentRuleLength)));
        if (best == idLength)
        {
            _pos = end;
            var keyword = Keyword(t.AsSpan(start, idLength));
            if (keyword != TokenKind.Id) return Make(keyword, start, end);
            return Make(TokenKind.Id, start, end, Identifier(start, end));
        }
        if (best == segmentRuleLength)
        {
            Push(Mode.InPathSlash);
            _pos = start + segment;
            return Make(TokenKind.Path, start, start + segment, Intern(start, start + segment));
        }
        if (best == pathLength) return PathToken(TokenKind.Path, start, pathLength);
        _pos = start + uriLength;
        return Make(TokenKind.Uri, start, start + uriLength, _text.Substring(start, uriLength));
    }

    private static TokenKind Keyword(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word[0] == 'i' ? (word[1] == 'f' ? TokenKind.If : word[1] == 'n' ? TokenKind.In : TokenKind.Id)
            : word.SequenceEqual("or") ? TokenKind.OrKeyword : TokenKind.Id,
        3 => word.SequenceEqual("let") ? TokenKind.Let : word.SequenceEqual("rec") ? TokenKind.Rec : TokenKind.Id,
        4 => word.SequenceEqual("then") ? TokenKind.Then : word.SequenceEqual("else") ? TokenKind.Else
            : word.SequenceEqual("with") ? TokenKind.With : TokenKind.Id,
        6 => word.SequenceEqual("assert") ? TokenKind.Assert : TokenKind.Id,
        7 => word.SequenceEqual("inherit") ? TokenKind.Inherit : TokenKind.Id,
        _ => TokenKind.Id,
    };

    private Token LexNumberOrPath(int start)
    {
        string t = _text;
        int end = start;
        while (end < t.Length && IsDigit(t[end])) end++;
        int intLength = end - start;
        int floatLength = MatchFloat(start);
        int pathLength = MatchPath(start);
        int segment = MatchPathSegmentBeforeInterpolation(start);
        int segmentRuleLength = segment > 0 ? segment + 2 : 0;
        if (intLength >= floatLength && intLength >= pathLength && intLength >= segmentRuleLength)
        {
            _pos = end;
            if (!long.TryParse(t.AsSpan(start, intLength), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out long value))
                return MakeError($"invalid integer '{t.Substring(start, intLength)}'", start);
            return Make(TokenKind.Int, start, end, null, value);
        }
        if (floatLength >= pathLength && floatLength >= segmentRuleLength)
            return FloatToken(start, floatLength);
        return PathAlternatives(start, 0, TokenKind.Invalid);
    }

    private Token FloatToken(int start, int length)
    {
        _pos = start + length;
        var literal = _text.AsSpan(start, length);
        double value = double.Parse(literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        // strtod reports ERANGE on overflow and on underflow (a non-zero literal that becomes subnormal or zero).
        bool outOfRange = double.IsInfinity(value) || (value < 2.2250738585072014E-308 && HasNonZeroMantissa(literal));
        if (outOfRange) return MakeError($"invalid float '{literal}'", start);
        return Make(TokenKind.Float, start, start + length, null, BitConverter.DoubleToInt64Bits(value));
    }

    private static bool HasNonZeroMantissa(ReadOnlySpan<char> literal)
    {
        foreach (char c in literal)
        {
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return true;
        }
        return false;
    }

    /// <summary><c>(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?</c></summary>
    private int MatchFloat(int start)
    {
        string t = _text;
        int j = start;
        char c = At(j);
        if (c >= '1' && c <= '9')
        {
            j++;
            while (j < t.Length && IsDigit(t[j])) j++;
            if (At(j) != '.') return 0;
            j++;
            while (j < t.Length && IsDigit(t[j])) j++;
        }
        else
        {
            if (c == '0') j++;
            if (At(j) != '.' || !IsDigit(At(j + 1))) return 0;
            j += 2;
            while (j < t.Length && IsDigit(t[j])) j++;
        }
        char e = At(j);
        if (e == 'e' || e == 'E')
        {
            int k = j + 1;
            if (At(k) == '+' || At(k) == '-') k++;
            if (IsDigit(At(k)))
            {
                while (k < t.Length && IsDigit(t[k])) k++;
                j = k;
            }
        }
        return j - start;
    }

    /// <summary><c>{PATH_CHAR}*(\/{PATH_CHAR}+)+\/?</c>; 0 when it does not match.</summary>
    private int MatchPath(int start)
    {
        string t = _text;
        int j = start;
        while (j < t.Length && IsPathChar(t[j])) j++;
        int segments = 0;
        while (j + 1 < t.Length && t[j] == '/' && IsPathChar(t[j + 1]))
        {
            j += 2;
            while (j < t.Length && IsPathChar(t[j])) j++;
            segments++;
        }
        if (segments == 0) return 0;
        if (j < t.Length && t[j] == '/') j++;
        return j - start;
    }

    /// <summary><c>{PATH_SEG}\$\{</c>: the length of <c>{PATH_CHAR}*\/</c> when <c>${</c> follows it, else 0.</summary>
    private int MatchPathSegmentBeforeInterpolation(int start)
    {
        string t = _text;
        int j = start;
        while (j < t.Length && IsPathChar(t[j])) j++;
        if (At(j) == '/' && At(j + 1) == '$' && At(j + 2) == '{') return j + 1 - start;
        return 0;
    }

    /// <summary><c>\~(\/{PATH_CHAR}+)+\/?</c></summary>
    private int MatchHomePath(int start)
    {
        string t = _text;
        int j = start + 1;
        int segments = 0;
        while (j + 1 < t.Length && t[j] == '/' && IsPathChar(t[j + 1]))
        {
            j += 2;
            while (j < t.Length && IsPathChar(t[j])) j++;
            segments++;
        }
        if (segments == 0) return 0;
        if (j < t.Length && t[j] == '/') j++;
        return j - start;
    }

    /// <summary><c>\&lt;{PATH_CHAR}+(\/{PATH_CHAR}+)*\&gt;</c></summary>
    private int MatchSearchPath(int start)
    {
        string t = _text;
        int j = start + 1;
        if (!IsPathChar(At(j))) return 0;
        while (j < t.Length && IsPathChar(t[j])) j++;
        while (j + 1 < t.Length && t[j] == '/' && IsPathChar(t[j + 1]))
        {
            j += 2;
            while (j < t.Length && IsPathChar(t[j])) j++;
        }
        return At(j) == '>' ? j + 1 - start : 0;
    }

    /// <summary><c>[a-zA-Z][a-zA-Z0-9\+\-\.]*\:[a-zA-Z0-9\%\/\?\:\@\&amp;\=\+\$\,\-\_\.\!\~\*\']+</c></summary>
    private int MatchUri(int start)
    {
        string t = _text;
        int j = start + 1;
        while (j < t.Length && IsUriSchemeChar(t[j])) j++;
        if (At(j) != ':') return 0;
        j++;
        int rest = j;
        while (j < t.Length && IsUriChar(t[j])) j++;
        return j > rest ? j - start : 0;
    }
}
