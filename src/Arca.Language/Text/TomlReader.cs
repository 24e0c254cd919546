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
        if (reader._nulError is not null)
            throw new TomlException(reader._nulError);
        return (DataObject)Freeze(root);
    }

    // ---- document structure -------------------------------------------------------------------------------

    private enum Origin { Implicit, Header, Dotted, Inline, ArrayElement }

    /// <summary>A table under construction, with what the redefinition rules need to know about it.</summary>
    private sealed class Table(Origin origin)
    {
        public readonly List<string> Keys = [];
        public readonly Dictionary<string, object> Values = new(StringComparer.Ordinal);
        /// <summary>Where each member was defined (its value, header or dotted key), for error messages.</summary>
        public readonly Dictionary<string, Region> Defined = new(StringComparer.Ordinal);
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
            bool afterHeader = c == '[';
            if (afterHeader)
                current = ParseHeader(root);
            else
            {
                ParseKeyValue(current);
                SkipWhitespace();
                // toml11 (and so Nix) lets a table header follow a key/value pair on the same line.
                if (!AtEnd && Peek == '[')
                    continue;
            }
            SkipWhitespace();
            SkipCommentAndNewline(afterHeader);
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
        {
            if (arrayOfTables)
                throw Error("toml::parse_file: invalid array-table key", "expected ]]", _position - (_position > 0 && _text[_position - 1] == ']' ? 1 : 0));
            throw Error("toml::parse_file: invalid table key", "expected ]", _position);
        }
        var header = new Region(start, _position);

        var table = root;
        for (int i = 0; i < keys.Count - 1; i++)
            table = Descend(table, keys[i], header, viaHeader: true);
        string last = keys[^1];
        table.Values.TryGetValue(last, out var existing);
        if (arrayOfTables)
        {
            var element = new Table(Origin.ArrayElement);
            if (existing is null)
            {
                var array = new ArrayOfTables();
                array.Tables.Add(element);
                Add(table, last, array, header);
            }
            else if (existing is ArrayOfTables array)
                array.Tables.Add(element);
            else
                throw Error("toml::insert_value: failed to insert an array of tables, value already exists",
                    [(header, "while inserting this"), (table.Defined[last], "non-table value already exists")]);
            return element;
        }
        if (existing is null)
        {
            var created = new Table(Origin.Header);
            Add(table, last, created, header);
            return created;
        }
        if (existing is Table { Origin: Origin.Implicit } implicitTable)
        {
            implicitTable.Origin = Origin.Header;
            table.Defined[last] = header;
            return implicitTable;
        }
        if (existing is Table { Origin: Origin.Inline })
            throw InlineTableIsImmutable(header, table.Defined[last]);
        throw Error("toml::insert_value: failed to insert a table, table already defined",
            [(header, "inserting this"), (table.Defined[last], "this table is explicitly defined")]);
    }

    private TomlException InlineTableIsImmutable(Region inserting, Region inlineTable) =>
        Error("toml::insert_value: failed to insert a value: inline table is immutable",
            [(inserting, "inserting this"), (inlineTable, "to this table")]);

    /// <summary>
    /// Moves into sub-table <paramref name="key"/> of <paramref name="table"/>, creating it if needed;
    /// <paramref name="inserting"/> is the header or key being inserted, for error messages.
    /// </summary>
    private Table Descend(Table table, string key, Region inserting, bool viaHeader)
    {
        if (!table.Values.TryGetValue(key, out var existing))
        {
            var created = new Table(viaHeader ? Origin.Implicit : Origin.Dotted);
            Add(table, key, created, inserting);
            return created;
        }
        switch (existing)
        {
            case Table { Origin: Origin.Inline }:
                throw InlineTableIsImmutable(inserting, table.Defined[key]);
            case Table t when viaHeader:
                return t;
            case Table { Origin: Origin.Dotted } t:
                // Dotted keys may only extend tables that dotted keys created.
                return t;
            case ArrayOfTables array when viaHeader:
                return array.Tables[^1];
            case Table:
                throw Error("toml::insert_value: failed to insert a value, value already exists",
                    [(inserting, "inserting this"), (table.Defined[key], "but value already exists")]);
            default:
                throw viaHeader
                    ? Error("toml::insert_value: failed to insert a table, table already defined",
                        [(inserting, "inserting this"), (table.Defined[key], "this table is explicitly defined")])
                    : Error("toml::insert_value: failed to insert a value, value already exists",
                        [(inserting, "while inserting this"), (table.Defined[key], "non-table value already exists")]);
        }
    }

    private static void Add(Table table, string key, object value, Region defined)
    {
        table.Keys.Add(key);
        table.Values.Add(key, value);
        table.Defined[key] = defined;
    }

    private void ParseKeyValue(Table table)
    {
        int start = _position;
        var keys = ParseKey();
        var keyRegion = new Region(start, _position);
        SkipWhitespace();
        if (!Consume('='))
            throw Error("toml::parse_key_value_pair: invalid key value separator `=`", "expected =", _position);
        SkipWhitespace();
        int valueStart = _position;
        var value = ParseValue();
        var valueRegion = new Region(valueStart, _position);
        for (int i = 0; i < keys.Count - 1; i++)
            table = Descend(table, keys[i], keyRegion, viaHeader: false);
        if (table.Values.ContainsKey(keys[^1]))
            throw Error("toml::insert_value: failed to insert a value, value already exists",
                [(keyRegion, "inserting this"), (table.Defined[keys[^1]], "but value already exists")]);
        Add(table, keys[^1], value, valueRegion);
    }

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
            throw InvalidKey();
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
            throw InvalidKey();
        return _text.Substring(start, _position - start);
    }

    private TomlException InvalidKey() =>
        Error("toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.",
            "expected alpha [a-zA-Z], digit [0-9], -, or _", _position,
            "Hint: non-ASCII scripts are allowed in toml v1.1.0, but not in v1.0.0.\n");

    private static bool IsBareKeyChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-';

    // ---- values -------------------------------------------------------------------------------------------------

    private object ParseValue()
    {
        if (AtEnd)
            throw Error("bad format: unknown value appeared", "here", _position);
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
            throw Error("toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `\"`",
                "expected true or false", _position);
        _position += word.Length;
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
            throw Error("toml::parse_array: expected value-separator `,` or closing `]`", "here", _position);
        }
        return new DataArray(items);
    }

    private Table ParseInlineTable()
    {
        _position++;
        var table = new Table(Origin.Dotted);
        SkipWhitespace();
        if (!Consume('}'))
        {
            while (true)
            {
                // A newline or the end here fails as an invalid key: TOML 1.0 inline tables are one line.
                SkipWhitespace();
                ParseKeyValue(table);
                SkipWhitespace();
                if (Consume(','))
                {
                    SkipWhitespace();
                    if (!AtEnd && Peek == '}')
                        throw Error("toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)", "here", _position);
                    continue;
                }
                if (Consume('}'))
                    break;
                throw Error("toml::parse_inline_table: expected value-separator `,` or closing `}`", "here", _position);
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
                throw Error("toml::parse_basic_string: invalid string format", "expected \"", _position);
            char c = _text[_position++];
            if (c == '"')
                break;
            if (c == '\\')
                ParseEscape(builder, multiline: false);
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
            if (TryCloseMultiline("\"\"\"", builder))
                break;
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
                ParseEscape(builder, multiline: true);
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

    /// <summary>
    /// At <paramref name="delimiter"/> (three quotes): the end of a multi-line string. Up to two more quotes directly
    /// before the closing delimiter belong to the content.
    /// </summary>
    private bool TryCloseMultiline(string delimiter, StringBuilder builder)
    {
        if (!StartsWith(delimiter))
            return false;
        char quote = delimiter[0];
        int quotes = 3;
        while (quotes < 5 && _position + quotes < _text.Length && _text[_position + quotes] == quote)
            quotes++;
        builder.Append(quote, quotes - 3);
        _position += quotes;
        return true;
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
                throw Error("toml::parse_literal_string: invalid string format", "expected '", _position);
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
            if (TryCloseMultiline("'''", builder))
                break;
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
        // An invalid lead leaves high at -1, which the loop and the check below treat as a rejected sequence.
        Utf8Sequence.TryLead(first, out int low, out int high, out int continuations);
        for (int k = 0; k < continuations && high >= 0; k++)
        {
            if (_position >= _text.Length || _text[_position] < low || _text[_position] > high)
                high = -1;
            else
                _position++;
            (low, high) = high < 0 ? (0, -1) : (Utf8Sequence.ContinuationLow, Utf8Sequence.ContinuationHigh);
        }
        if (high < 0)
            throw Error(context, "invalid UTF-8 sequence", start);
        builder?.Append(_text, start, _position - start);
    }

    private static bool IsForbiddenControl(char c, bool allowNewline) =>
        (c < 0x20 && c != '\t' && !(allowNewline && c == '\n')) || c == 0x7F;

    /// <summary>After a backslash in a basic string; toml11 reports a bad escape as a malformed string.</summary>
    private void ParseEscape(StringBuilder builder, bool multiline)
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
                throw multiline
                    ? Error("toml::parse_ml_basic_string: invalid string format", "expected \"\"\"", escapeStart)
                    : Error("toml::parse_basic_string: invalid string format", "expected \"", escapeStart);
        }
    }

    /// <summary>Nix's forceNoNullByte, applied where fromTOML applies it (keys and string values).</summary>
    /// <summary>
    /// Nix checks keys and strings for NUL only after toml11 parsed the whole document, so a syntax error anywhere
    /// wins; the first NUL found is reported at the end.
    /// </summary>
    private string CheckNoNul(string s)
    {
        if (s.Contains('\0'))
            _nulError ??= "error: input string '" + s.Replace("\0", "\u00E2\u0090\u0080") +
                "' cannot be represented as Nix string because it contains null bytes";
        return s;
    }

    private string? _nulError;

    // ---- numbers, dates and times -------------------------------------------------------------------------------

    private const string IntegerHints =
        "Hint: valid  : -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\nHint: invalid: _42, 1__000, 0123\n";

    private const string FloatHints =
        "Hint: valid  : +1.0, -2e-2, 3.141_592_653_589, inf, nan\nHint: invalid: .0, 1., _1.0, 1.0_, 1_.0, 1.0__0\n";

    /// <summary>
    /// Reads a number (or hands over to dates and times) by the TOML grammar, stopping where the number ends as
    /// toml11 does; whatever follows is the caller's to judge.
    /// </summary>
    private DataNode ParseNumberOrDateTime()
    {
        int start = _position;
        if (LooksLikeDate() || LooksLikeTime())
            return ParseDateTime();
        int p = start;
        bool negative = false;
        if (p < _text.Length && _text[p] is '+' or '-')
        {
            negative = _text[p] == '-';
            p++;
        }
        foreach (var (word, value) in new[] { ("inf", double.PositiveInfinity), ("nan", double.NaN) })
        {
            if (string.CompareOrdinal(_text, p, word, 0, 3) == 0)
            {
                _position = p + 3;
                if (double.IsNaN(value))
                    // Explicit bit patterns: .NET's double.NaN has its sign bit set, and Nix prints "nan" vs "-nan".
                    return new DataFloat(BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8000000000000) : 0x7FF8000000000000));
                return new DataFloat(negative ? -value : value);
            }
        }
        if (p + 1 < _text.Length && _text[p] == '0' && _text[p + 1] is 'x' or 'o' or 'b')
        {
            int radix = _text[p + 1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (p != start)
                throw RadixError(radix, "expected 0" + _text[p + 1], start);
            return new DataInteger(ParseRadixInteger(radix, start));
        }
        if (p >= _text.Length || !char.IsAsciiDigit(_text[p]))
        {
            if (p < _text.Length && _text[p] == '.')
                throw Error("bad float: integer part is required before decimal point", "missing integer part", p, FloatHints);
            throw Error("bad format: unknown value appeared", "here", start);
        }
        int integralStart = p;
        if (_text[p] == '0')
        {
            p++;
            if (p < _text.Length && char.IsAsciiDigit(_text[p]))
                throw Error("bad integer: invalid digit after an integer", "this digit is not allowed", p, IntegerHints);
            if (p < _text.Length && _text[p] == '_')
                throw Error("bad integer: leading zero is not allowed in decimal int", "leading zero", p, IntegerHints);
        }
        else
            p = ScanDigits(p, isFloatPart: false);
        int integralEnd = p;
        bool isFloat = false;
        if (p < _text.Length && _text[p] == '.' && p + 1 < _text.Length && !char.IsAsciiDigit(_text[p + 1]) && _text[p + 1] is not ('_' or 'e' or 'E'))
        {
            // "1." : the dot does not belong to the number (toml11 then wants a newline there).
        }
        else if (p < _text.Length && _text[p] == '.')
        {
            isFloat = true;
            p++;
            if (p >= _text.Length || !char.IsAsciiDigit(_text[p]))
                throw Error("bad float: invalid format", "here", p, FloatHints);
            p = ScanDigits(p, isFloatPart: true);
        }
        if (p < _text.Length && _text[p] is 'e' or 'E')
        {
            isFloat = true;
            p++;
            if (p < _text.Length && _text[p] is '+' or '-')
                p++;
            if (p >= _text.Length || !char.IsAsciiDigit(_text[p]))
                throw Error("bad float: invalid format", "here", p, FloatHints);
            p = ScanDigits(p, isFloatPart: true);
        }
        _position = p;
        string text = _text[start..p].Replace("_", "");
        if (!isFloat)
            return new DataInteger(ParseDecimalInteger(text, _text[integralStart..integralEnd].Replace("_", ""), p));
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        // toml11 reads floats with an istream, which fails on overflow (underflow quietly gives 0 or a subnormal).
        if (double.IsInfinity(result))
            throw Error("toml::parse_floating: failed to read floating point value from stream", "here", p);
        return new DataFloat(result);
    }

    /// <summary>Digits with single underscores between them, from <paramref name="p"/> (a digit); returns the end.</summary>
    private int ScanDigits(int p, bool isFloatPart)
    {
        while (p < _text.Length)
        {
            if (char.IsAsciiDigit(_text[p]))
                p++;
            else if (_text[p] == '_')
            {
                if (p + 1 >= _text.Length || !char.IsAsciiDigit(_text[p + 1]))
                    throw isFloatPart
                        ? Error("bad float: `_` must be surrounded by digits", "invalid underscore", p + 1, FloatHints)
                        : Error("bad integer: `_` must be surrounded by digits", "invalid underscore", p + 1, IntegerHints);
                p++;
            }
            else
                break;
        }
        return p;
    }

    private long ParseDecimalInteger(string token, string digits, int end)
    {
        bool negative = token[0] == '-';
        // Accumulate negatively so that -2^63 fits.
        long value = 0;
        foreach (char d in digits)
        {
            int digit = d - '0';
            if (value < (long.MinValue + digit) / 10)
                throw TooLargeInteger(end);
            value = value * 10 - digit;
        }
        if (!negative)
        {
            if (value == long.MinValue)
                throw TooLargeInteger(end);
            value = -value;
        }
        return value;
    }

    /// <summary>toml11 4's wording, which the upstream tests pin down.</summary>
    private TomlException TooLargeInteger(int position) =>
        Error("toml::parse_dec_integer: too large integer: current max digits = 2^63", "must be < 2^63", position);

    private TomlException RadixError(int radix, string note, int position) => radix switch
    {
        16 => Error("toml::parse_hex_integer: invalid integer: hex_int must be like: 0xC0FFEE, 0xdead_beef", note, position),
        8 => Error("toml::parse_oct_integer: invalid integer: oct_int must be like: 0o775, 0o04_44", note, position),
        _ => Error("toml::parse_bin_integer: invalid integer: bin_int must be like: 0b0101, 0b0100_0001", note, position),
    };

    /// <summary>0x…, 0o… or 0b… at <paramref name="start"/>: digits with single underscores, at most 2^63 - 1.</summary>
    private long ParseRadixInteger(int radix, int start)
    {
        int p = start + 2;
        string kind = radix switch { 16 => "hex [0-9a-fA-F]", 8 => "oct [0-7]", _ => "bin [01]" };
        int DigitAt(int i) => i < _text.Length && char.IsAsciiHexDigit(_text[i]) && Convert.ToInt32(_text[i].ToString(), 16) < radix
            ? Convert.ToInt32(_text[i].ToString(), 16)
            : -1;
        if (DigitAt(p) < 0)
            throw RadixError(radix, "expected " + kind, p);
        ulong value = 0;
        while (true)
        {
            int digit = DigitAt(p);
            if (digit < 0)
            {
                if (p < _text.Length && _text[p] == '_' && DigitAt(p + 1) >= 0)
                {
                    p++;
                    continue;
                }
                if (p < _text.Length && _text[p] == '_')
                    throw Error("bad integer: `_` must be surrounded by digits", "invalid underscore", p + 1, IntegerHints);
                break;
            }
            if (value > (long.MaxValue - (ulong)digit) / (ulong)radix)
                throw Error(
                    radix switch { 16 => "toml::parse_hex_integer", 8 => "toml::parse_oct_integer", _ => "toml::parse_bin_integer" } +
                    ": too large integer: current max value = 2^63", "must be < 2^63", p);
            value = value * (ulong)radix + (ulong)digit;
            p++;
        }
        _position = p;
        return (long)value;
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

    private const string DateTimeHints =
        "Hint: valid  : 1979-05-27T07:32:00-07:00, 1979-05-27 07:32:00.999999Z\nHint: invalid: 1979-05-27T7:32:00-7:00, 1979-05-27 7:32-00:30";

    private const string TimeHints =
        "Hint: valid  : 1979-05-27T07:32:00, 1979-05-27 07:32:00.999999\nHint: invalid: 1979-05-27T7:32:00, 1979-05-27 17:32\n";

    /// <summary>Where date-time syntax errors are reported, as toml11 words them.</summary>
    private enum DatePart { Date, Time, Offset }

    private int ReadFixed(int count, int min, int max, string what, DatePart part, int valueStart)
    {
        for (int i = 0; i < count; i++)
            if (_position + i >= _text.Length || !char.IsAsciiDigit(_text[_position + i]))
                throw DateTimeSyntax(part, valueStart, _position + i);
        int value = int.Parse(_text.AsSpan(_position, count), CultureInfo.InvariantCulture);
        if (value < min || value > max)
            throw Error("toml::parse_datetime", $"{what} is out of range", _position);
        _position += count;
        return value;
    }

    private void Expect(char c, DatePart part, int valueStart)
    {
        if (!Consume(c))
            throw DateTimeSyntax(part, valueStart, _position);
    }

    /// <summary>
    /// toml11 reports a malformed date at the start of the value, a malformed time where a digit was expected,
    /// with its hints (the date-time hints lack a final newline in toml11 too).
    /// </summary>
    private TomlException DateTimeSyntax(DatePart part, int valueStart, int position) => part switch
    {
        DatePart.Date => Error("bad datetime: invalid format", "here", valueStart, DateTimeHints),
        DatePart.Time => Error("bad time: must be HH:MM:SS.subsec", "expected digit [0-9]", position, TimeHints),
        _ => Error("bad offset: must be [+-]HH:MM or Z", "here", position),
    };

    private DataDateTime ParseDateTime()
    {
        int start = _position;
        var text = new StringBuilder();
        bool hasDate = false, hasTime = false, hasOffset = false;
        if (LooksLikeDate())
        {
            int year = ReadFixed(4, 0, 9999, "year", DatePart.Date, start);
            Expect('-', DatePart.Date, start);
            int month = ReadFixed(2, 1, 12, "month", DatePart.Date, start);
            Expect('-', DatePart.Date, start);
            int day = ReadFixed(2, 1, 31, "day", DatePart.Date, start);
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
            int hour = ReadFixed(2, 0, 23, "hour", DatePart.Time, start);
            Expect(':', DatePart.Time, start);
            int minute = ReadFixed(2, 0, 59, "minute", DatePart.Time, start);
            Expect(':', DatePart.Time, start);
            int second = ReadFixed(2, 0, 60, "second", DatePart.Time, start);
            text.Append(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}:{second:D2}");
            if (!AtEnd && Peek == '.')
            {
                _position++;
                int fractionStart = _position;
                while (!AtEnd && char.IsAsciiDigit(Peek))
                    _position++;
                if (_position == fractionStart)
                    throw DateTimeSyntax(DatePart.Time, start, _position);
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
                    int offsetHour = ReadFixed(2, 0, 24, "offset hour", DatePart.Offset, start);
                    Expect(':', DatePart.Offset, start);
                    int offsetMinute = ReadFixed(2, 0, 60, "offset minute", DatePart.Offset, start);
                    int totalMinutes = offsetHour * 60 + offsetMinute;
                    if (totalMinutes == 0)
                        text.Append('Z');
                    else
                        text.Append(CultureInfo.InvariantCulture, $"{sign}{totalMinutes / 60:D2}:{totalMinutes % 60:D2}");
                }
            }
        }
        string original = _text.Substring(start, _position - start);
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
    private void SkipCommentAndNewline(bool afterHeader = false)
    {
        if (!AtEnd && Peek == '#')
            SkipComment();
        if (AtEnd)
            return;
        if (Peek == '\n')
            _position++;
        else if (StartsWith("\r\n"))
            _position += 2;
        else if (afterHeader)
            throw Error("toml::parse_file: newline (or EOF) expected", "expected 0x0a(LINE FEED) or \r\n", _position);
        else
            throw Error("toml::parse_table: newline (LF / CRLF) or EOF is expected", "here", _position);
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

    /// <summary>A span of the document [Begin, End) that an error points at.</summary>
    private readonly record struct Region(int Begin, int End);

    /// <summary>An error pointing at one character.</summary>
    private TomlException Error(string title, string detail, int position, string suffix = "") =>
        Error(title, [(new Region(position, position + 1), detail)], suffix);

    /// <summary>
    /// Builds toml11's message layout: "[error] title", then for each location " --> fromTOML" (first only), the
    /// line (cut to 30 characters around the region, marked "... "), and the region underlined with carets and
    /// its note; locations are separated by a "| ..." line; an optional suffix (hints) ends the message.
    /// </summary>
    private TomlException Error(string title, (Region Region, string Note)[] locations, string suffix = "")
    {
        int width = 0;
        foreach (var (region, _) in locations)
            width = Math.Max(width, LineNumberOf(Math.Clamp(region.End - 1, 0, _text.Length)).ToString(CultureInfo.InvariantCulture).Length);
        string pad = new(' ', width + 1);
        var message = new StringBuilder("[error] ").Append(title).Append('\n');
        for (int i = 0; i < locations.Length; i++)
        {
            var (region, note) = locations[i];
            if (i == 0)
                message.Append(" --> fromTOML\n").Append(pad).Append(" |\n");
            else
                message.Append(pad).Append(" | ...\n").Append(pad).Append(" |\n");
            int begin = Math.Clamp(region.Begin, 0, _text.Length);
            int end = Math.Clamp(Math.Max(region.End, begin), begin, _text.Length);
            var (line, offset) = TakeLine(begin, end);
            int lineNumber = LineNumberOf(begin);
            message.Append(' ').Append(lineNumber.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ");
            foreach (char c in line)
                message.Append(c is > ' ' and < (char)0x7F || c == ' ' ? c.ToString() : ShowChar(c));
            message.Append('\n');
            int column = offset + 1;
            int limit = line.Length < column ? 1 : line.Length - column + 1;
            int length = Math.Min(limit, Math.Max(region.End - region.Begin, 1));
            message.Append(pad).Append(" | ").Append(' ', column - 1).Append('^', length).Append("-- ").Append(note).Append('\n');
        }
        return new TomlException(message.Append(suffix).ToString());
    }

    private int LineNumberOf(int position)
    {
        int line = 1;
        for (int i = 0; i < position && i < _text.Length; i++)
            if (_text[i] == '\n')
                line++;
        return line;
    }

    /// <summary>toml11's region::take_line: the region's line, capped to 30 characters on either side.</summary>
    private (string Line, int Offset) TakeLine(int begin, int end)
    {
        int cappedBegin = begin <= 30 ? 0 : begin - 30;
        int cappedEnd = _text.Length - end <= 30 ? _text.Length : end + 30;
        int lineStart = begin;
        while (lineStart > cappedBegin && _text[lineStart - 1] != '\n')
            lineStart--;
        int lineEnd = end;
        while (lineEnd < cappedEnd && _text[lineEnd] != '\n')
            lineEnd++;
        string line = _text[lineStart..lineEnd];
        int offset = begin - lineStart;
        if (lineStart != 0 && _text[lineStart - 1] != '\n')
        {
            line = "... " + line;
            offset += 4;
        }
        if (lineEnd != _text.Length && _text[lineEnd] != '\n')
            line += " ...";
        return (line, offset);
    }

    /// <summary>toml11's show_char for bytes that are not printable ASCII.</summary>
    private static string ShowChar(char c)
    {
        string hex = "0x" + ((int)c & 0xFF).ToString("x2", CultureInfo.InvariantCulture);
        return c switch
        {
            '\0' => hex + "(NUL)",
            '\n' => hex + "(LINE FEED)",
            '\r' => hex + "(CARRIAGE RETURN)",
            '\t' => hex + "(TAB)",
            '\v' => hex + "(VERTICAL TAB)",
            '\f' => hex + "(FORM FEED)",
            '\u001B' => hex + "(ESCAPE)",
            _ => hex,
        };
    }
}
