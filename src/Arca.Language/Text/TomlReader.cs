using System.Globalization;
using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// A TOML 1.0.0 reader producing <see cref="DataNode"/>s, with the behaviour of Nix's builtins.fromTOML (toml11 4,
/// TOML 1.0.0 without extensions): 64-bit integers (overflow is an error), dates and times kept as
/// <see cref="DataDateTime"/>, strings containing NUL rejected as Nix rejects them. Input and output strings follow
/// the byte-string convention.
/// </summary>
public sealed class TomlReader
{
    private readonly string _text;
    private int _position;

    private TomlReader(string text) => _text = text;

    /// <summary>Parses a whole document into its root table.</summary>
    public static DataObject Parse(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new TomlReader(document);
        // A UTF-8 byte order mark at the start is skipped.
        if (document.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal))
            reader._position = 3;
        var root = reader.ParseDocument();
        return (DataObject)Freeze(root);
    }

    // ---- document structure -------------------------------------------------------------------------------

    private enum Origin { Implicit, Header, Dotted, Inline, ArrayElement }

    /// <summary>A table under construction, with what the redefinition rules need to know about it.</summary>
    private sealed class Table(Origin origin)
    {
        public readonly List<string> Keys = [];
        public readonly Dictionary<string, object> Values = new(StringComparer.Ordinal);
        public Origin Origin = origin;
    }

    /// <summary>An array under construction; only arrays of tables ("[[x]]") may grow after they are written.</summary>
    private sealed class ArrayOfTables
    {
        public readonly List<Table> Tables = [];
    }

    private Table ParseDocument()
    {
        var root = new Table(Origin.Header);
        var current = root;
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
                break;
            char c = Peek;
            if (c == '#' || c == '\n' || c == '\r')
            {
                SkipCommentAndNewline();
                continue;
            }
            if (c == '[')
                current = ParseHeader(root);
            else
                ParseKeyValue(current);
            SkipWhitespace();
            SkipCommentAndNewline();
        }
        return root;
    }

    private Table ParseHeader(Table root)
    {
        int start = _position;
        bool arrayOfTables = _position + 1 < _text.Length && _text[_position + 1] == '[';
        _position += arrayOfTables ? 2 : 1;
        SkipWhitespace();
        var keys = ParseKey();
        SkipWhitespace();
        if (!Consume(']') || (arrayOfTables && !Consume(']')))
            throw Error("toml::parse_table_key", "expected ']'" + (arrayOfTables ? "]" : ""), _position);

        var table = root;
        for (int i = 0; i < keys.Count - 1; i++)
            table = Descend(table, keys[i], start, viaHeader: true);
        string last = keys[^1];
        table.Values.TryGetValue(last, out var existing);
        if (arrayOfTables)
        {
            var element = new Table(Origin.ArrayElement);
            if (existing is null)
            {
                var array = new ArrayOfTables();
                array.Tables.Add(element);
                Add(table, last, array);
            }
            else if (existing is ArrayOfTables array)
                array.Tables.Add(element);
            else
                throw Error("toml::insert_value", $"array of tables \"{Describe(keys)}\" conflicts with an existing value", start);
            return element;
        }
        if (existing is null)
        {
            var created = new Table(Origin.Header);
            Add(table, last, created);
            return created;
        }
        if (existing is Table { Origin: Origin.Implicit } implicitTable)
        {
            implicitTable.Origin = Origin.Header;
            return implicitTable;
        }
        throw Error("toml::insert_value", $"table \"{Describe(keys)}\" is already defined", start);
    }

    /// <summary>Moves into sub-table <paramref name="key"/> of <paramref name="table"/>, creating it if needed.</summary>
    private Table Descend(Table table, string key, int position, bool viaHeader)
    {
        if (!table.Values.TryGetValue(key, out var existing))
        {
            var created = new Table(viaHeader ? Origin.Implicit : Origin.Dotted);
            Add(table, key, created);
            return created;
        }
        switch (existing)
        {
            case Table { Origin: Origin.Inline }:
                throw Error("toml::insert_value", $"inline table \"{key}\" cannot be extended", position);
            case Table t when viaHeader:
                return t;
            case Table { Origin: Origin.Dotted } t:
                // Dotted keys may only extend tables that dotted keys created.
                return t;
            case ArrayOfTables array when viaHeader:
                return array.Tables[^1];
            default:
                throw Error("toml::insert_value", $"key \"{key}\" is already defined", position);
        }
    }

    private static void Add(Table table, string key, object value)
    {
        table.Keys.Add(key);
        table.Values.Add(key, value);
    }

    private void ParseKeyValue(Table table)
    {
        int start = _position;
        var keys = ParseKey();
        SkipWhitespace();
        if (!Consume('='))
            throw Error("toml::parse_key_value_pair", "expected '=' after the key", _position);
        SkipWhitespace();
        var value = ParseValue();
        for (int i = 0; i < keys.Count - 1; i++)
            table = Descend(table, keys[i], start, viaHeader: false);
        if (table.Values.ContainsKey(keys[^1]))
            throw Error("toml::insert_value", $"key \"{Describe(keys)}\" is already defined", start);
        Add(table, keys[^1], value);
    }

    private static string Describe(List<string> keys) => string.Join(".", keys);

    // ---- keys ---------------------------------------------------------------------------------------------------

    private List<string> ParseKey()
    {
        var keys = new List<string> { ParseSimpleKey() };
        while (true)
        {
            int save = _position;
            SkipWhitespace();
            if (!Consume('.'))
            {
                _position = save;
                return keys;
            }
            SkipWhitespace();
            keys.Add(ParseSimpleKey());
        }
    }

    private string ParseSimpleKey()
    {
        if (AtEnd)
            throw Error("toml::parse_simple_key", "expected a key", _position);
        char c = Peek;
        if (c == '"')
        {
            if (StartsWith("\"\"\""))
                throw Error("toml::parse_simple_key", "a key cannot be a multi-line string", _position);
            return ParseBasicString();
        }
        if (c == '\'')
        {
            if (StartsWith("'''"))
                throw Error("toml::parse_simple_key", "a key cannot be a multi-line string", _position);
            return ParseLiteralString();
        }
        int start = _position;
        while (!AtEnd && IsBareKeyChar(Peek))
            _position++;
        if (_position == start)
            throw Error("toml::parse_simple_key", "expected a key", _position);
        return _text.Substring(start, _position - start);
    }

    private static bool IsBareKeyChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-';

    // ---- values -------------------------------------------------------------------------------------------------

    private object ParseValue()
    {
        if (AtEnd)
            throw Error("toml::parse_value", "expected a value", _position);
        char c = Peek;
        switch (c)
        {
            case '"':
                return new DataString(StartsWith("\"\"\"") ? ParseMultilineBasicString() : ParseBasicString());
            case '\'':
                return new DataString(StartsWith("'''") ? ParseMultilineLiteralString() : ParseLiteralString());
            case '[':
                return ParseArray();
            case '{':
                return ParseInlineTable();
            case 't':
                return ParseKeyword("true", new DataBoolean(true));
            case 'f':
                return ParseKeyword("false", new DataBoolean(false));
            default:
                return ParseNumberOrDateTime();
        }
    }

    private DataNode ParseKeyword(string word, DataNode value)
    {
        if (!StartsWith(word))
            throw Error("toml::parse_value", "unknown value", _position);
        _position += word.Length;
        ExpectValueEnd();
        return value;
    }

    private DataArray ParseArray()
    {
        int start = _position;
        _position++;
        var items = new List<DataNode>();
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (AtEnd)
                throw Error("toml::parse_array", "array is not closed", start);
            if (Consume(']'))
                break;
            var value = ParseValue();
            items.Add(Freeze(value));
            SkipWhitespaceCommentsAndNewlines();
            if (Consume(','))
                continue;
            SkipWhitespaceCommentsAndNewlines();
            if (Consume(']'))
                break;
            throw Error("toml::parse_array", "expected ',' or ']'", _position);
        }
        return new DataArray(items);
    }

    private Table ParseInlineTable()
    {
        int start = _position;
        _position++;
        var table = new Table(Origin.Dotted);
        SkipWhitespace();
        if (!Consume('}'))
        {
            while (true)
            {
                SkipWhitespace();
                if (AtEnd || Peek == '\n' || Peek == '\r')
                    throw Error("toml::parse_inline_table", "inline table is not closed (newlines are not allowed in TOML 1.0)", start);
                ParseKeyValue(table);
                SkipWhitespace();
                if (Consume(','))
                    continue;
                if (Consume('}'))
                    break;
                throw Error("toml::parse_inline_table", "expected ',' or '}'", _position);
            }
        }
        MarkInline(table);
        return table;
    }

    private static void MarkInline(Table table)
    {
        table.Origin = Origin.Inline;
        foreach (var value in table.Values.Values)
            if (value is Table sub)
                MarkInline(sub);
    }

    /// <summary>Converts the construction-time tables and arrays into the public tree.</summary>
    private static DataNode Freeze(object value)
    {
        switch (value)
        {
            case DataNode node:
                return node;
            case Table table:
                {
                    var result = new DataObject();
                    foreach (var key in table.Keys)
                        result.Set(key, Freeze(table.Values[key]));
                    return result;
                }
            case ArrayOfTables array:
                {
                    var items = new DataNode[array.Tables.Count];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = Freeze(array.Tables[i]);
                    return new DataArray(items);
                }
            default:
                throw new InvalidOperationException("unexpected TOML construction value");
        }
    }

    // ---- strings ------------------------------------------------------------------------------------------------

    private string ParseBasicString()
    {
        int start = _position;
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd || Peek == '\n' || Peek == '\r')
                throw Error("toml::parse_basic_string", "string is not closed", start);
            char c = _text[_position++];
            if (c == '"')
                break;
            if (c == '\\')
                ParseEscape(builder);
            else if (IsForbiddenControl(c, allowNewline: false))
                throw Error("toml::parse_basic_string", "control characters are not allowed in strings", _position - 1);
            else if (c >= 0x80)
                CopyUtf8(builder, "toml::parse_basic_string");
            else
                builder.Append(c);
        }
        return CheckNoNul(builder.ToString());
    }

    private string ParseMultilineBasicString()
    {
        int start = _position;
        _position += 3;
        SkipOneNewline();
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
                throw Error("toml::parse_ml_basic_string", "string is not closed", start);
            if (StartsWith("\"\"\""))
            {
                // Up to two quotes may directly precede the closing delimiter.
                int quotes = 3;
                while (quotes < 5 && _position + quotes < _text.Length && _text[_position + quotes] == '"')
                    quotes++;
                builder.Append('"', quotes - 3);
                _position += quotes;
                break;
            }
            char c = _text[_position++];
            if (c == '\\')
            {
                if (IsLineEndingBackslash())
                {
                    // A line-ending backslash removes the newline and all whitespace after it.
                    while (!AtEnd && (Peek is ' ' or '\t' or '\n' || StartsWith("\r\n")))
                        _position += Peek == '\r' ? 2 : 1;
                    continue;
                }
                ParseEscape(builder);
            }
            else if (c == '\r' && !AtEnd && Peek == '\n')
            {
                builder.Append('\n');
                _position++;
            }
            else if (IsForbiddenControl(c, allowNewline: true))
                throw Error("toml::parse_ml_basic_string", "control characters are not allowed in strings", _position - 1);
            else if (c >= 0x80)
                CopyUtf8(builder, "toml::parse_ml_basic_string");
            else
                builder.Append(c);
        }
        return CheckNoNul(builder.ToString());
    }

    /// <summary>After a backslash: only whitespace up to a newline means "line-ending backslash".</summary>
    private bool IsLineEndingBackslash()
    {
        int p = _position;
        while (p < _text.Length && _text[p] is ' ' or '\t')
            p++;
        return p < _text.Length && (_text[p] == '\n' || (_text[p] == '\r' && p + 1 < _text.Length && _text[p + 1] == '\n'));
    }

    private string ParseLiteralString()
    {
        int start = _position;
        _position++;
        int contentStart = _position;
        while (true)
        {
            if (AtEnd || Peek == '\n' || Peek == '\r')
                throw Error("toml::parse_literal_string", "string is not closed", start);
            char c = _text[_position++];
            if (c == '\'')
                break;
            if (IsForbiddenControl(c, allowNewline: false))
                throw Error("toml::parse_literal_string", "control characters are not allowed in strings", _position - 1);
            if (c >= 0x80)
                CopyUtf8(null, "toml::parse_literal_string");
        }
        return _text.Substring(contentStart, _position - 1 - contentStart);
    }

    private string ParseMultilineLiteralString()
    {
        int start = _position;
        _position += 3;
        SkipOneNewline();
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
                throw Error("toml::parse_ml_literal_string", "string is not closed", start);
            if (StartsWith("'''"))
            {
                int quotes = 3;
                while (quotes < 5 && _position + quotes < _text.Length && _text[_position + quotes] == '\'')
                    quotes++;
                builder.Append('\'', quotes - 3);
                _position += quotes;
                break;
            }
            char c = _text[_position++];
            if (c == '\r' && !AtEnd && Peek == '\n')
            {
                builder.Append('\n');
                _position++;
            }
            else if (IsForbiddenControl(c, allowNewline: true))
                throw Error("toml::parse_ml_literal_string", "control characters are not allowed in strings", _position - 1);
            else if (c >= 0x80)
                CopyUtf8(builder, "toml::parse_ml_literal_string");
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    private void SkipOneNewline()
    {
        if (StartsWith("\r\n"))
            _position += 2;
        else if (!AtEnd && Peek == '\n')
            _position++;
    }

    /// <summary>
    /// Called just after a byte &gt;= 0x80 was consumed: checks that it starts a well-formed UTF-8 sequence (TOML
    /// documents must be UTF-8) and copies the sequence to <paramref name="builder"/> when given.
    /// </summary>
    private void CopyUtf8(StringBuilder? builder, string context)
    {
        int start = _position - 1;
        int first = _text[start];
        (int low, int high, int continuations) = first switch
        {
            >= 0xC2 and <= 0xDF => (0x80, 0xBF, 1),
            0xE0 => (0xA0, 0xBF, 2),
            >= 0xE1 and <= 0xEC or 0xEE or 0xEF => (0x80, 0xBF, 2),
            0xED => (0x80, 0x9F, 2),
            0xF0 => (0x90, 0xBF, 3),
            >= 0xF1 and <= 0xF3 => (0x80, 0xBF, 3),
            0xF4 => (0x80, 0x8F, 3),
            _ => (0, -1, 0),
        };
        for (int k = 0; k < continuations && high >= 0; k++)
        {
            if (_position >= _text.Length || _text[_position] < low || _text[_position] > high)
                high = -1;
            else
                _position++;
            (low, high) = high < 0 ? (0, -1) : (0x80, 0xBF);
        }
        if (high < 0)
            throw Error(context, "invalid UTF-8 sequence", start);
        builder?.Append(_text, start, _position - start);
    }

    private static bool IsForbiddenControl(char c, bool allowNewline) =>
        (c < 0x20 && c != '\t' && !(allowNewline && c == '\n')) || c == 0x7F;

    private void ParseEscape(StringBuilder builder)
    {
        int escapeStart = _position - 1;
        if (AtEnd)
            throw Error("toml::parse_escape_sequence", "escape sequence is not complete", escapeStart);
        char c = _text[_position++];
        switch (c)
        {
            case 'b': builder.Append('\b'); break;
            case 't': builder.Append('\t'); break;
            case 'n': builder.Append('\n'); break;
            case 'f': builder.Append('\f'); break;
            case 'r': builder.Append('\r'); break;
            case '"': builder.Append('"'); break;
            case '\\': builder.Append('\\'); break;
            case 'u':
            case 'U':
                {
                    int digits = c == 'u' ? 4 : 8;
                    if (_position + digits > _text.Length
                        || !int.TryParse(_text.AsSpan(_position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int codePoint)
                        || codePoint < 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
                        throw Error("toml::parse_escape_sequence", $"\\{c} must be followed by {digits} hex digits of a Unicode scalar value", escapeStart);
                    _position += digits;
                    builder.Append(ByteStrings.FromUtf8(char.ConvertFromUtf32(codePoint)));
                    break;
                }
            default:
                throw Error("toml::parse_escape_sequence", $"unknown escape sequence \"\\{c}\"", escapeStart);
        }
    }

    /// <summary>Nix's forceNoNullByte, applied where fromTOML applies it (keys and string values).</summary>
    private static string CheckNoNul(string s)
    {
        if (s.Contains('\0'))
            throw new TomlException(
                "error: input string '" + s.Replace("\0", ByteStrings.FromUtf8("\u2400")) +
                "' cannot be represented as Nix string because it contains null bytes");
        return s;
    }

    // ---- numbers, dates and times -------------------------------------------------------------------------------

    private DataNode ParseNumberOrDateTime()
    {
        int start = _position;
        if (LooksLikeDate() || LooksLikeTime())
            return ParseDateTime();
        int end = start;
        while (end < _text.Length && IsNumberChar(_text[end]))
            end++;
        string token = _text.Substring(start, end - start);
        if (token.Length == 0)
            throw Error("toml::parse_value", "unknown value", start);
        _position = end;
        var value = ParseNumberToken(token, start);
        ExpectValueEnd();
        return value;
    }

    private static bool IsNumberChar(char c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or '+' or '-' or '.';

    private DataNode ParseNumberToken(string token, int start)
    {
        string unsigned = token.Length > 0 && token[0] is '+' or '-' ? token[1..] : token;
        bool negative = token.StartsWith('-');
        if (unsigned is "inf")
            return new DataFloat(negative ? double.NegativeInfinity : double.PositiveInfinity);
        if (unsigned is "nan")
            // Explicit bit patterns: .NET's double.NaN has its sign bit set, and Nix prints "nan" vs "-nan".
            return new DataFloat(BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8000000000000) : 0x7FF8000000000000));
        if (unsigned.Length > 1 && unsigned[0] == '0' && unsigned[1] is 'x' or 'o' or 'b')
        {
            if (unsigned.Length != token.Length)
                throw Error("toml::parse_integer", "a sign is not allowed on hexadecimal, octal or binary integers", start);
            int radix = unsigned[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            return new DataInteger(ParseRadixInteger(unsigned[2..], radix, start));
        }
        if (unsigned.Contains('.') || unsigned.Contains('e') || unsigned.Contains('E'))
            return new DataFloat(ParseFloat(token, unsigned, start));
        return new DataInteger(ParseDecimalInteger(token, unsigned, start));
    }

    /// <summary>Checks digits with single underscores between them, returning them without underscores.</summary>
    private string? Digits(string s, Func<char, bool> isDigit)
    {
        if (s.Length == 0 || !isDigit(s[0]) || !isDigit(s[^1]))
            return null;
        var builder = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '_')
            {
                if (!isDigit(s[i + 1]))
                    return null;
                continue;
            }
            if (!isDigit(s[i]))
                return null;
            builder.Append(s[i]);
        }
        return builder.ToString();
    }

    private long ParseDecimalInteger(string token, string unsigned, int start)
    {
        var digits = Digits(unsigned, char.IsAsciiDigit);
        if (digits is null || (digits.Length > 1 && digits[0] == '0'))
            throw Error("toml::parse_dec_integer", "invalid integer", start);
        bool negative = token[0] == '-';
        // Accumulate negatively so that -2^63 fits.
        long value = 0;
        foreach (char d in digits)
        {
            int digit = d - '0';
            if (value < (long.MinValue + digit) / 10)
                throw TooLargeInteger(start + token.Length);
            value = value * 10 - digit;
        }
        if (!negative)
        {
            if (value == long.MinValue)
                throw TooLargeInteger(start + token.Length);
            value = -value;
        }
        return value;
    }

    /// <summary>toml11 4's wording, which the upstream tests pin down.</summary>
    private TomlException TooLargeInteger(int position) =>
        Error("toml::parse_dec_integer: too large integer: current max digits = 2^63", "must be < 2^63", position);

    private long ParseRadixInteger(string body, int radix, int start)
    {
        var digits = Digits(body, c => char.IsAsciiHexDigit(c) && Convert.ToInt32(c.ToString(), 16) < radix);
        if (digits is null)
            throw Error("toml::parse_integer", "invalid integer", start);
        ulong value = 0;
        foreach (char d in digits)
        {
            ulong digit = (ulong)Convert.ToInt32(d.ToString(), 16);
            if (value > (long.MaxValue - digit) / (ulong)radix)
                throw Error(
                    radix switch { 16 => "toml::parse_hex_integer", 8 => "toml::parse_oct_integer", _ => "toml::parse_bin_integer" } +
                    ": too large integer: current max value = 2^63", "must be < 2^63", _position);
            value = value * (ulong)radix + digit;
        }
        return (long)value;
    }

    private double ParseFloat(string token, string unsigned, int start)
    {
        int exponentAt = unsigned.IndexOfAny(['e', 'E']);
        string mantissa = exponentAt < 0 ? unsigned : unsigned[..exponentAt];
        string? exponent = exponentAt < 0 ? null : unsigned[(exponentAt + 1)..];
        int dot = mantissa.IndexOf('.');
        string integral = dot < 0 ? mantissa : mantissa[..dot];
        string? fraction = dot < 0 ? null : mantissa[(dot + 1)..];
        var integralDigits = Digits(integral, char.IsAsciiDigit);
        string? fractionDigits = fraction is null ? "" : Digits(fraction, char.IsAsciiDigit);
        string? exponentDigits = "";
        string exponentSign = "";
        if (exponent is not null)
        {
            if (exponent.Length > 0 && exponent[0] is '+' or '-')
            {
                exponentSign = exponent[..1];
                exponent = exponent[1..];
            }
            exponentDigits = Digits(exponent, char.IsAsciiDigit);
        }
        if (integralDigits is null || fractionDigits is null || exponentDigits is null
            || (integralDigits.Length > 1 && integralDigits[0] == '0'))
            throw Error("toml::parse_floating", "invalid floating-point number", start);
        string normalized = (token[0] == '-' ? "-" : "") + integralDigits
            + (fraction is null ? "" : "." + fractionDigits)
            + (exponent is null ? "" : "e" + exponentSign + exponentDigits);
        return double.Parse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private bool LooksLikeDate() =>
        _position + 4 < _text.Length && IsDigits(_position, 4) && _text[_position + 4] == '-';

    private bool LooksLikeTime() =>
        _position + 2 < _text.Length && IsDigits(_position, 2) && _text[_position + 2] == ':';

    private bool IsDigits(int at, int count)
    {
        if (at + count > _text.Length)
            return false;
        for (int i = 0; i < count; i++)
            if (!char.IsAsciiDigit(_text[at + i]))
                return false;
        return true;
    }

    private int ReadFixed(int count, int min, int max, string what)
    {
        if (!IsDigits(_position, count))
            throw Error("toml::parse_datetime", $"invalid {what}", _position);
        int value = int.Parse(_text.AsSpan(_position, count), CultureInfo.InvariantCulture);
        if (value < min || value > max)
            throw Error("toml::parse_datetime", $"{what} is out of range", _position);
        _position += count;
        return value;
    }

    private void Expect(char c, string what)
    {
        if (!Consume(c))
            throw Error("toml::parse_datetime", $"expected {what}", _position);
    }

    private DataDateTime ParseDateTime()
    {
        int start = _position;
        var text = new StringBuilder();
        bool hasDate = false, hasTime = false, hasOffset = false;
        if (LooksLikeDate())
        {
            int year = ReadFixed(4, 0, 9999, "year");
            Expect('-', "'-'");
            int month = ReadFixed(2, 1, 12, "month");
            Expect('-', "'-'");
            int day = ReadFixed(2, 1, 31, "day");
            if (day > DateTime.DaysInMonth(Math.Max(year, 1), month))
                throw Error("toml::parse_datetime", "day is out of range", start);
            text.Append(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            hasDate = true;
            // 'T', 't' or a space followed by a time continue the value.
            if (!AtEnd && (Peek is 'T' or 't' || (Peek == ' ' && _position + 3 < _text.Length && IsDigits(_position + 1, 2) && _text[_position + 3] == ':')))
            {
                _position++;
                text.Append('T');
                hasTime = true;
            }
        }
        else
            hasTime = true;
        if (hasTime)
        {
            int hour = ReadFixed(2, 0, 23, "hour");
            Expect(':', "':'");
            int minute = ReadFixed(2, 0, 59, "minute");
            Expect(':', "':' (seconds are required in TOML 1.0)");
            int second = ReadFixed(2, 0, 60, "second");
            text.Append(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}:{second:D2}");
            if (!AtEnd && Peek == '.')
            {
                _position++;
                int fractionStart = _position;
                while (!AtEnd && char.IsAsciiDigit(Peek))
                    _position++;
                if (_position == fractionStart)
                    throw Error("toml::parse_datetime", "expected fractional seconds", _position);
                text.Append(NormalizeFraction(_text.Substring(fractionStart, _position - fractionStart)));
            }
            if (hasDate && !AtEnd && Peek is 'Z' or 'z' or '+' or '-')
            {
                hasOffset = true;
                if (Peek is 'Z' or 'z')
                {
                    _position++;
                    text.Append('Z');
                }
                else
                {
                    // toml11 accepts |hour| <= 24 and |minute| <= 60 and prints the offset from its total minutes,
                    // so "+12:60" reads as "+13:00".
                    char sign = _text[_position++];
                    int offsetHour = ReadFixed(2, 0, 24, "offset hour");
                    Expect(':', "':'");
                    int offsetMinute = ReadFixed(2, 0, 60, "offset minute");
                    int totalMinutes = offsetHour * 60 + offsetMinute;
                    if (totalMinutes == 0)
                        text.Append('Z');
                    else
                        text.Append(CultureInfo.InvariantCulture, $"{sign}{totalMinutes / 60:D2}:{totalMinutes % 60:D2}");
                }
            }
        }
        string original = _text.Substring(start, _position - start);
        ExpectValueEnd();
        var kind = hasOffset ? DataDateTimeKind.OffsetDateTime
            : hasDate && hasTime ? DataDateTimeKind.LocalDateTime
            : hasDate ? DataDateTimeKind.LocalDate
            : DataDateTimeKind.LocalTime;
        return new DataDateTime(kind, text.ToString(), original);
    }

    /// <summary>
    /// Fractional seconds as Nix prints them: truncated to nanoseconds, then shown with 3, 6 or 9 digits (the
    /// fewest that hold the value), or dropped when zero.
    /// </summary>
    private static string NormalizeFraction(string digits)
    {
        string nanos = (digits.Length > 9 ? digits[..9] : digits).PadRight(9, '0');
        if (nanos == "000000000")
            return "";
        if (nanos.EndsWith("000000", StringComparison.Ordinal))
            return "." + nanos[..3];
        if (nanos.EndsWith("000", StringComparison.Ordinal))
            return "." + nanos[..6];
        return "." + nanos;
    }

    // ---- lexical helpers ----------------------------------------------------------------------------------------

    private bool AtEnd => _position >= _text.Length;

    private char Peek => _text[_position];

    private bool Consume(char c)
    {
        if (!AtEnd && Peek == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private bool StartsWith(string s) => string.CompareOrdinal(_text, _position, s, 0, s.Length) == 0 && _position + s.Length <= _text.Length;

    private void SkipWhitespace()
    {
        while (!AtEnd && Peek is ' ' or '\t')
            _position++;
    }

    /// <summary>An optional comment, then a newline or the end of the document.</summary>
    private void SkipCommentAndNewline()
    {
        if (!AtEnd && Peek == '#')
            SkipComment();
        if (AtEnd)
            return;
        if (Peek == '\n')
            _position++;
        else if (StartsWith("\r\n"))
            _position += 2;
        else
            throw Error("toml::parse_toml_file", "expected a newline after the value", _position);
    }

    private void SkipComment()
    {
        _position++;
        while (!AtEnd && Peek != '\n')
        {
            char c = Peek;
            if (c == '\r' && StartsWith("\r\n"))
                break;
            if (IsForbiddenControl(c, allowNewline: false))
                throw Error("toml::parse_comment", "control characters are not allowed in comments", _position);
            _position++;
            if (c >= 0x80)
                CopyUtf8(null, "toml::parse_comment");
        }
    }

    private void SkipWhitespaceCommentsAndNewlines()
    {
        while (!AtEnd)
        {
            char c = Peek;
            if (c is ' ' or '\t' or '\n')
                _position++;
            else if (StartsWith("\r\n"))
                _position += 2;
            else if (c == '#')
                SkipComment();
            else
                break;
        }
    }

    /// <summary>A scalar must be followed by whitespace, a comment, a newline, ',', ']', '}' or the end.</summary>
    private void ExpectValueEnd()
    {
        if (AtEnd)
            return;
        if (Peek is ' ' or '\t' or '\n' or '\r' or '#' or ',' or ']' or '}')
            return;
        throw Error("toml::parse_value", "unexpected character after the value", _position);
    }

    /// <summary>Builds a toml11-style message: title, location "fromTOML", the line, and a caret.</summary>
    private TomlException Error(string title, string detail, int position)
    {
        position = Math.Clamp(position, 0, _text.Length);
        int lineStart = _text.LastIndexOf('\n', Math.Max(0, position - 1));
        lineStart = position == 0 ? 0 : lineStart + 1;
        if (position > 0 && _text[position - 1] == '\n')
            lineStart = position;
        int lineEnd = _text.IndexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = _text.Length;
        string line = _text.Substring(lineStart, lineEnd - lineStart).TrimEnd('\r');
        int lineNumber = 1;
        for (int i = 0; i < lineStart; i++)
            if (_text[i] == '\n')
                lineNumber++;
        string number = lineNumber.ToString(CultureInfo.InvariantCulture);
        string pad = new(' ', number.Length);
        return new TomlException(
            $"[error] {title}\n --> fromTOML\n {pad} |\n {number} | {line}\n {pad} | {new string(' ', position - lineStart)}^-- {detail}\n");
    }
}
