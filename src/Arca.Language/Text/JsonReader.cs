using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// builtins.fromJSON: parses JSON into <see cref="DataNode"/>s exactly as Nix does through nlohmann::json's SAX
/// parser, including its error messages (line/column, "last read" excerpts). Integers fit Int64 or are an error
/// when they only fit UInt64; larger ones become floats. Duplicate keys: the last wins. Strings come out in the
/// byte-string convention.
/// </summary>
public sealed class JsonReader
{
    private enum Token
    {
        LiteralTrue, LiteralFalse, LiteralNull, String, Unsigned, Integer, Float,
        BeginArray, BeginObject, EndArray, EndObject, NameSeparator, ValueSeparator, ParseError, EndOfInput,
        LiteralOrValue,
    }

    private const int Eof = -1;

    private readonly string _input;
    private int _next;           // index of the next char to read
    private int _current = Eof;  // the char last read, or Eof
    private bool _unget;
    private long _charsReadTotal;
    private long _charsReadCurrentLine;
    private long _linesRead;
    // nlohmann's token_string (the characters read since the last string or number began, for "last read" in
    // errors) is always a slice of the input, so it is kept as its start index instead of being copied.
    private int _tokenStart;
    private readonly StringBuilder _tokenBuffer = new();
    private string _errorMessage = "";
    private Token _lastToken;

    private JsonReader(string input) => _input = input;

    /// <summary>Parses one JSON document (byte-string convention) into a tree.</summary>
    public static DataNode Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new JsonReader(json).ParseDocument();
    }

    // ---- parser (nlohmann's sax_parse_internal, iterative) ------------------------------------------------------

    /// <summary>An open array (Items) or object (Object) with the key awaiting its value.</summary>
    private sealed class Frame(bool isArray)
    {
        public readonly bool IsArray = isArray;
        public readonly List<DataNode>? Items = isArray ? [] : null;
        public readonly DataObject? Object = isArray ? null : new();
        public string? Key;
    }

    private DataNode ParseDocument()
    {
        var stack = new List<Frame>();
        DataNode? completed = null;
        NextToken();
        while (true)
        {
            // Parse a value starting at the current token.
            DataNode? value = null;
            switch (_lastToken)
            {
                case Token.BeginObject:
                    NextToken();
                    if (_lastToken == Token.EndObject)
                    {
                        value = new DataObject();
                        break;
                    }
                    if (_lastToken != Token.String)
                        throw Syntax(Token.String, "object key");
                    {
                        var frame = new Frame(isArray: false) { Key = TakeKey() };
                        stack.Add(frame);
                    }
                    if (NextToken() != Token.NameSeparator)
                        throw Syntax(Token.NameSeparator, "object separator");
                    NextToken();
                    continue;
                case Token.BeginArray:
                    NextToken();
                    if (_lastToken == Token.EndArray)
                    {
                        value = new DataArray([]);
                        break;
                    }
                    stack.Add(new Frame(isArray: true));
                    continue;
                case Token.Float:
                    {
                        double d = ParseFloatToken();
                        if (!double.IsFinite(d))
                            throw new JsonException($"[json.exception.out_of_range.406] number overflow parsing '{TokenString()}'");
                        value = new DataFloat(d);
                        break;
                    }
                case Token.LiteralFalse:
                    value = new DataBoolean(false);
                    break;
                case Token.LiteralTrue:
                    value = new DataBoolean(true);
                    break;
                case Token.LiteralNull:
                    value = DataNull.Instance;
                    break;
                case Token.Integer:
                    value = new DataInteger(_integerValue);
                    break;
                case Token.Unsigned:
                    if (_unsignedValue > long.MaxValue)
                        throw new JsonException($"unsigned json number {_unsignedValue} outside of Nix integer range");
                    value = new DataInteger((long)_unsignedValue);
                    break;
                case Token.String:
                    value = new DataString(CheckNoNul(_tokenBuffer.ToString()));
                    break;
                case Token.ParseError:
                    throw Syntax(null, "value");
                case Token.EndOfInput:
                    if (_charsReadTotal == 1)
                        throw new JsonException(ParseErrorPrefix() + "attempting to parse an empty input; check that your input string or stream contains the expected JSON");
                    throw Syntax(Token.LiteralOrValue, "value");
                default:
                    throw Syntax(Token.LiteralOrValue, "value");
            }

            // A value is complete: attach it to its container, closing containers as they end.
            while (true)
            {
                if (stack.Count == 0)
                {
                    completed = value;
                    break;
                }
                var top = stack[^1];
                if (top.IsArray)
                {
                    top.Items!.Add(value!);
                    if (NextToken() == Token.ValueSeparator)
                    {
                        NextToken();
                        goto parseValue;
                    }
                    if (_lastToken != Token.EndArray)
                        throw Syntax(Token.EndArray, "array");
                    stack.RemoveAt(stack.Count - 1);
                    value = new DataArray(top.Items!);
                    continue;
                }
                top.Object!.Set(top.Key!, value!);
                if (NextToken() == Token.ValueSeparator)
                {
                    if (NextToken() != Token.String)
                        throw Syntax(Token.String, "object key");
                    top.Key = TakeKey();
                    if (NextToken() != Token.NameSeparator)
                        throw Syntax(Token.NameSeparator, "object separator");
                    NextToken();
                    goto parseValue;
                }
                if (_lastToken != Token.EndObject)
                    throw Syntax(Token.EndObject, "object");
                stack.RemoveAt(stack.Count - 1);
                value = top.Object!;
            }
            break;
        parseValue:;
        }
        if (NextToken() != Token.EndOfInput)
            throw Syntax(Token.EndOfInput, "value");
        return completed!;
    }

    private string TakeKey() => CheckNoNul(_tokenBuffer.ToString());

    /// <summary>Nix's forceNoNullByte, applied where fromJSON applies it (keys and string values).</summary>
    private static string CheckNoNul(string s)
    {
        if (s.Contains('\0'))
            throw new JsonException(
                "input string '" + s.Replace("\0", ByteStrings.FromUtf8("\u2400")) +
                "' cannot be represented as Nix string because it contains null bytes");
        return s;
    }

    private string ParseErrorPrefix() =>
        $"[json.exception.parse_error.101] parse error at line {_linesRead + 1}, column {_charsReadCurrentLine}: ";

    /// <summary>nlohmann's parser::exception_message.</summary>
    private JsonException Syntax(Token? expected, string context)
    {
        var message = new StringBuilder(ParseErrorPrefix());
        message.Append("syntax error while parsing ").Append(context).Append(" - ");
        if (_lastToken == Token.ParseError)
            message.Append(_errorMessage).Append("; last read: '").Append(TokenString()).Append('\'');
        else
            message.Append("unexpected ").Append(TokenName(_lastToken));
        if (expected is { } e)
            message.Append("; expected ").Append(TokenName(e));
        return new JsonException(message.ToString());
    }

    private static string TokenName(Token token) => token switch
    {
        Token.LiteralTrue => "true literal",
        Token.LiteralFalse => "false literal",
        Token.LiteralNull => "null literal",
        Token.String => "string literal",
        Token.Unsigned or Token.Integer or Token.Float => "number literal",
        Token.BeginArray => "'['",
        Token.BeginObject => "'{'",
        Token.EndArray => "']'",
        Token.EndObject => "'}'",
        Token.NameSeparator => "':'",
        Token.ValueSeparator => "','",
        Token.ParseError => "<parse error>",
        Token.EndOfInput => "end of input",
        _ => "'[', '{', or a literal",
    };

    // ---- lexer (nlohmann's lexer, with its position and token-string bookkeeping) -------------------------------

    private long _integerValue;
    private ulong _unsignedValue;

    private Token NextToken() => _lastToken = Scan();

    private int Get()
    {
        _charsReadTotal++;
        _charsReadCurrentLine++;
        if (_unget)
            _unget = false;
        else
            _current = _next < _input.Length ? _input[_next++] : Eof;
        if (_current == '\n')
        {
            _linesRead++;
            _charsReadCurrentLine = 0;
        }
        return _current;
    }

    private void Unget()
    {
        _unget = true;
        _charsReadTotal--;
        if (_charsReadCurrentLine == 0)
        {
            if (_linesRead > 0)
                _linesRead--;
        }
        else
            _charsReadCurrentLine--;
    }

    private void Reset()
    {
        _tokenBuffer.Clear();
        _tokenStart = _current == Eof ? _next : _next - 1;
    }

    /// <summary>The characters of the current token, control characters shown as &lt;U+XXXX&gt;.</summary>
    private string TokenString()
    {
        // A pending unget means the last char read was given back.
        int end = _unget && _current != Eof ? _next - 1 : _next;
        var result = new StringBuilder();
        foreach (char c in _input.AsSpan(_tokenStart, end - _tokenStart))
        {
            if (c <= 0x1F)
                result.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else
                result.Append(c);
        }
        return result.ToString();
    }

    private Token Scan()
    {
        if (_charsReadTotal == 0 && !SkipByteOrderMark())
        {
            _errorMessage = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
            return Token.ParseError;
        }
        do
            Get();
        while (_current is ' ' or '\t' or '\n' or '\r');
        switch (_current)
        {
            case '[': return Token.BeginArray;
            case ']': return Token.EndArray;
            case '{': return Token.BeginObject;
            case '}': return Token.EndObject;
            case ':': return Token.NameSeparator;
            case ',': return Token.ValueSeparator;
            case 't': return ScanLiteral("true", Token.LiteralTrue);
            case 'f': return ScanLiteral("false", Token.LiteralFalse);
            case 'n': return ScanLiteral("null", Token.LiteralNull);
            case '"': return ScanString();
            case '-' or (>= '0' and <= '9'): return ScanNumber();
            case '\0' or Eof: return Token.EndOfInput;
            default:
                _errorMessage = "invalid literal";
                return Token.ParseError;
        }
    }

    private bool SkipByteOrderMark()
    {
        if (Get() == 0xEF)
            return Get() == 0xBB && Get() == 0xBF;
        Unget();
        return true;
    }

    private Token ScanLiteral(string literal, Token token)
    {
        for (int i = 1; i < literal.Length; i++)
        {
            if (Get() != literal[i])
            {
                _errorMessage = "invalid literal";
                return Token.ParseError;
            }
        }
        return token;
    }

    private static readonly ImmutableArray<string> ControlCharacterNames =
    [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ];

    private Token ScanString()
    {
        Reset();
        while (true)
        {
            // Copy a run of plain printable ASCII at once; it cannot contain a newline, so the position
            // bookkeeping is a simple addition.
            if (!_unget)
            {
                int runEnd = _next;
                while (runEnd < _input.Length && _input[runEnd] is >= ' ' and < (char)0x80 and not '"' and not '\\')
                    runEnd++;
                if (runEnd > _next)
                {
                    int length = runEnd - _next;
                    _tokenBuffer.Append(_input, _next, length);
                    _charsReadTotal += length;
                    _charsReadCurrentLine += length;
                    _current = _input[runEnd - 1];
                    _next = runEnd;
                }
            }
            int c = Get();
            switch (c)
            {
                case Eof:
                    _errorMessage = "invalid string: missing closing quote";
                    return Token.ParseError;
                case '"':
                    return Token.String;
                case '\\':
                    switch (Get())
                    {
                        case '"': _tokenBuffer.Append('"'); break;
                        case '\\': _tokenBuffer.Append('\\'); break;
                        case '/': _tokenBuffer.Append('/'); break;
                        case 'b': _tokenBuffer.Append('\b'); break;
                        case 'f': _tokenBuffer.Append('\f'); break;
                        case 'n': _tokenBuffer.Append('\n'); break;
                        case 'r': _tokenBuffer.Append('\r'); break;
                        case 't': _tokenBuffer.Append('\t'); break;
                        case 'u':
                            {
                                int codePoint = ReadCodePoint();
                                if (codePoint < 0)
                                {
                                    _errorMessage = "invalid string: '\\u' must be followed by 4 hex digits";
                                    return Token.ParseError;
                                }
                                if (codePoint is >= 0xD800 and <= 0xDBFF)
                                {
                                    if (Get() == '\\' && Get() == 'u')
                                    {
                                        int low = ReadCodePoint();
                                        if (low < 0)
                                        {
                                            _errorMessage = "invalid string: '\\u' must be followed by 4 hex digits";
                                            return Token.ParseError;
                                        }
                                        if (low is < 0xDC00 or > 0xDFFF)
                                        {
                                            _errorMessage = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                                            return Token.ParseError;
                                        }
                                        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                                    }
                                    else
                                    {
                                        _errorMessage = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                                        return Token.ParseError;
                                    }
                                }
                                else if (codePoint is >= 0xDC00 and <= 0xDFFF)
                                {
                                    _errorMessage = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
                                    return Token.ParseError;
                                }
                                AppendUtf8(codePoint);
                                break;
                            }
                        default:
                            _errorMessage = "invalid string: forbidden character after backslash";
                            return Token.ParseError;
                    }
                    break;
                case < 0x20:
                    {
                        string hex = c.ToString("X4", CultureInfo.InvariantCulture);
                        string alternative = c switch
                        {
                            0x08 => " or \\b",
                            0x09 => " or \\t",
                            0x0A => " or \\n",
                            0x0C => " or \\f",
                            0x0D => " or \\r",
                            _ => "",
                        };
                        _errorMessage = $"invalid string: control character U+{hex} ({ControlCharacterNames[c]}) must be escaped to \\u{hex}{alternative}";
                        return Token.ParseError;
                    }
                case < 0x80:
                    _tokenBuffer.Append((char)c);
                    break;
                default:
                    if (!ScanUtf8Sequence(c))
                    {
                        _errorMessage = "invalid string: ill-formed UTF-8 byte";
                        return Token.ParseError;
                    }
                    break;
            }
        }
    }

    /// <summary>Accepts exactly the well-formed UTF-8 sequences of RFC 3629 (as nlohmann's scan_string does).</summary>
    private bool ScanUtf8Sequence(int first)
    {
        if (!Utf8Sequence.TryLead(first, out int low, out int high, out int continuations))
            return false;
        _tokenBuffer.Append((char)first);
        for (int i = 0; i < continuations; i++)
        {
            int c = Get();
            if (c < low || c > high)
                return false;
            _tokenBuffer.Append((char)c);
            (low, high) = (Utf8Sequence.ContinuationLow, Utf8Sequence.ContinuationHigh);
        }
        return true;
    }

    private int ReadCodePoint()
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int c = Get();
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                >= 'a' and <= 'f' => c - 'a' + 10,
                _ => -1,
            };
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    private void AppendUtf8(int codePoint)
    {
        if (codePoint < 0x80)
            _tokenBuffer.Append((char)codePoint);
        else if (codePoint < 0x800)
        {
            _tokenBuffer.Append((char)(0xC0 | (codePoint >> 6)));
            _tokenBuffer.Append((char)(0x80 | (codePoint & 0x3F)));
        }
        else if (codePoint < 0x10000)
        {
            _tokenBuffer.Append((char)(0xE0 | (codePoint >> 12)));
            _tokenBuffer.Append((char)(0x80 | ((codePoint >> 6) & 0x3F)));
            _tokenBuffer.Append((char)(0x80 | (codePoint & 0x3F)));
        }
        else
        {
            _tokenBuffer.Append((char)(0xF0 | (codePoint >> 18)));
            _tokenBuffer.Append((char)(0x80 | ((codePoint >> 12) & 0x3F)));
            _tokenBuffer.Append((char)(0x80 | ((codePoint >> 6) & 0x3F)));
            _tokenBuffer.Append((char)(0x80 | (codePoint & 0x3F)));
        }
    }

    /// <summary>nlohmann's scan_number state machine; the token's text is left in the token buffer.</summary>
    private Token ScanNumber()
    {
        Reset();
        _tokenBuffer.Append((char)_current);
        bool isFloat = false, negative = _current == '-';
        int c = _current;
        if (c == '-')
        {
            c = Get();
            if (c is < '0' or > '9')
            {
                _errorMessage = "invalid number; expected digit after '-'";
                return Token.ParseError;
            }
            _tokenBuffer.Append((char)c);
        }
        if (c != '0')
        {
            while (Get() is >= '0' and <= '9')
                _tokenBuffer.Append((char)_current);
        }
        else
            Get();
        if (_current == '.')
        {
            isFloat = true;
            _tokenBuffer.Append('.');
            if (Get() is < '0' or > '9')
            {
                _errorMessage = "invalid number; expected digit after '.'";
                return Token.ParseError;
            }
            _tokenBuffer.Append((char)_current);
            while (Get() is >= '0' and <= '9')
                _tokenBuffer.Append((char)_current);
        }
        if (_current is 'e' or 'E')
        {
            isFloat = true;
            _tokenBuffer.Append((char)_current);
            Get();
            if (_current is '+' or '-')
            {
                _tokenBuffer.Append((char)_current);
                if (Get() is < '0' or > '9')
                {
                    _errorMessage = "invalid number; expected digit after exponent sign";
                    return Token.ParseError;
                }
            }
            else if (_current is < '0' or > '9')
            {
                _errorMessage = "invalid number; expected '+', '-', or digit after exponent";
                return Token.ParseError;
            }
            _tokenBuffer.Append((char)_current);
            while (Get() is >= '0' and <= '9')
                _tokenBuffer.Append((char)_current);
        }
        Unget();
        string text = _tokenBuffer.ToString();
        if (!isFloat)
        {
            if (negative)
            {
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _integerValue))
                    return Token.Integer;
            }
            else if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _unsignedValue))
                return Token.Unsigned;
        }
        return Token.Float;
    }

    private double ParseFloatToken() =>
        double.Parse(_tokenBuffer.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
