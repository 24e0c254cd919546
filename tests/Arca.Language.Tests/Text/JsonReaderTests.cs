using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class JsonReaderTests
{
    private static string Fail(string json) => Assert.Throws<JsonException>(() => JsonReader.Parse(json)).Message;

    private const string At = "[json.exception.parse_error.101] parse error at ";

    /// <summary>Messages recorded from the oracle (nix-instantiate --eval -E 'builtins.fromJSON "…"').</summary>
    [Theory]
    [InlineData("tru", "line 1, column 4: syntax error while parsing value - invalid literal; last read: 'tru'")]
    [InlineData("  ", "line 1, column 3: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal")]
    [InlineData("[1,]", "line 1, column 4: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal")]
    [InlineData("{\"a\":1,}", "line 1, column 8: syntax error while parsing object key - unexpected '}'; expected string literal")]
    [InlineData("{\"a\" 1}", "line 1, column 6: syntax error while parsing object separator - unexpected number literal; expected ':'")]
    [InlineData("1 2", "line 1, column 3: syntax error while parsing value - unexpected number literal; expected end of input")]
    [InlineData("\"a\nb\"", "line 2, column 0: syntax error while parsing value - invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"a<U+000A>'")]
    [InlineData("\"\\ud800\"", "line 1, column 8: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'")]
    [InlineData("\"\\ud800\\u0041\"", "line 1, column 13: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\\u0041'")]
    [InlineData("\"\\udc00\"", "line 1, column 7: syntax error while parsing value - invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '\"\\udc00'")]
    [InlineData("\"\\x\"", "line 1, column 3: syntax error while parsing value - invalid string: forbidden character after backslash; last read: '\"\\x'")]
    [InlineData("\"\\u12\"", "line 1, column 6: syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"\\u12\"'")]
    [InlineData("01", "line 1, column 2: syntax error while parsing value - unexpected number literal; expected end of input")]
    [InlineData("-", "line 1, column 2: syntax error while parsing value - invalid number; expected digit after '-'; last read: '-'")]
    [InlineData("1.", "line 1, column 3: syntax error while parsing value - invalid number; expected digit after '.'; last read: '1.'")]
    [InlineData("1e", "line 1, column 3: syntax error while parsing value - invalid number; expected '+', '-', or digit after exponent; last read: '1e'")]
    [InlineData("[1,2", "line 1, column 5: syntax error while parsing array - unexpected end of input; expected ']'")]
    [InlineData("nul", "line 1, column 4: syntax error while parsing value - invalid literal; last read: 'nul'")]
    [InlineData("[1 2]", "line 1, column 4: syntax error while parsing array - unexpected number literal; expected ']'")]
    [InlineData("{1:2}", "line 1, column 2: syntax error while parsing object key - unexpected number literal; expected string literal")]
    [InlineData("\"abc", "line 1, column 5: syntax error while parsing value - invalid string: missing closing quote; last read: '\"abc'")]
    [InlineData("+1", "line 1, column 1: syntax error while parsing value - invalid literal; last read: '+'")]
    [InlineData(".5", "line 1, column 1: syntax error while parsing value - invalid literal; last read: '.'")]
    [InlineData("NaN", "line 1, column 1: syntax error while parsing value - invalid literal; last read: 'N'")]
    [InlineData("[1,\n2,\n}", "line 3, column 1: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal")]
    [InlineData(" +", "line 1, column 2: syntax error while parsing value - invalid literal; last read: ' +'")]
    [InlineData("[ tru]", "line 1, column 6: syntax error while parsing value - invalid literal; last read: '[ tru]'")]
    [InlineData("[1, +]", "line 1, column 5: syntax error while parsing value - invalid literal; last read: '1, +'")]
    [InlineData("[1,2]  x", "line 1, column 8: syntax error while parsing value - invalid literal; last read: '2]  x'; expected end of input")]
    [InlineData("{\"a\":}", "line 1, column 6: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal")]
    [InlineData("{\"a\"", "line 1, column 5: syntax error while parsing object separator - unexpected end of input; expected ':'")]
    [InlineData("{", "line 1, column 2: syntax error while parsing object key - unexpected end of input; expected string literal")]
    [InlineData("[", "line 1, column 2: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal")]
    [InlineData("[-]", "line 1, column 3: syntax error while parsing value - invalid number; expected digit after '-'; last read: '-]'")]
    [InlineData("-01", "line 1, column 3: syntax error while parsing value - unexpected number literal; expected end of input")]
    [InlineData("1.2.3", "line 1, column 4: syntax error while parsing value - invalid literal; last read: '1.2.'; expected end of input")]
    [InlineData("\"\\uD83D\"", "line 1, column 8: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\uD83D\"'")]
    [InlineData("true false", "line 1, column 10: syntax error while parsing value - unexpected false literal; expected end of input")]
    [InlineData("\"\u00FF\"", "line 1, column 2: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"\u00FF'")]
    [InlineData("\"\u00C3\"", "line 1, column 3: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"\u00C3\"'")]
    [InlineData("\"\u0001\"", "line 1, column 2: syntax error while parsing value - invalid string: control character U+0001 (SOH) must be escaped to \\u0001; last read: '\"<U+0001>'")]
    [InlineData("\"\t\"", "line 1, column 2: syntax error while parsing value - invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t; last read: '\"<U+0009>'")]
    public void ReportsSyntaxErrorsLikeNix(string json, string expected) => Assert.Equal(At + expected, Fail(json));

    [Fact]
    public void EmptyInputUsesCurrentNlohmannWording()
    {
        // Nix 2.8's older nlohmann said "unexpected end of input"; current Nix (nlohmann 3.11) says this.
        Assert.Equal(At + "line 1, column 1: attempting to parse an empty input; check that your input string or stream contains the expected JSON", Fail(""));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1.5e999")]
    public void FloatOverflowIsAnError(string json) =>
        Assert.Equal($"[json.exception.out_of_range.406] number overflow parsing '{json}'", Fail(json));

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551615")]
    public void UnsignedIntegersBeyondInt64AreAnError(string json) =>
        Assert.Equal($"unsigned json number {json} outside of Nix integer range", Fail(json));

    [Theory]
    [InlineData("\"a\\u0000b\"")]
    [InlineData("{\"a\\u0000b\": 1}")]
    public void NulBytesAreRejectedLikeNix(string json) =>
        Assert.Equal("input string 'a\u00E2\u0090\u0080b' cannot be represented as Nix string because it contains null bytes", Fail(json));

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0", 0)]
    [InlineData("\t\r\n 5 \n", 5)]
    [InlineData("0", 0)]
    public void ReadsIntegers(string json, long expected) => Assert.Equal(expected, ((DataInteger)JsonReader.Parse(json)).Value);

    [Theory]
    [InlineData("18446744073709551616", 18446744073709551616.0)]
    [InlineData("-9223372036854775809", -9223372036854775809.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568e29)]
    [InlineData("1e-400", 0.0)]
    [InlineData("1.0", 1.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("1.5E+2", 150.0)]
    [InlineData("-2.5e-3", -0.0025)]
    public void ReadsFloats(string json, double expected) => Assert.Equal(expected, ((DataFloat)JsonReader.Parse(json)).Value);

    [Fact]
    public void NegativeZeroFloatKeepsItsSign() => Assert.True(double.IsNegative(((DataFloat)JsonReader.Parse("-0.0")).Value));

    [Fact]
    public void DecodesEscapesToUtf8Bytes()
    {
        var s = (DataString)JsonReader.Parse("\"q \\\" r \\\\ s \\/ b \\b f \\f n \\n r \\r t \\t u \\u0008 e \\u00e9 s \\u0161 a \\u2192 p \\ud83d\\ude00 raw \u00C3\u00A9\"");
        Assert.Equal("q \" r \\ s / b \b f \f n \n r \r t \t u \b e \u00C3\u00A9 s \u00C5\u00A1 a \u00E2\u0086\u0092 p \u00F0\u009F\u0098\u0080 raw \u00C3\u00A9", s.Value);
    }

    [Fact]
    public void BuildsObjectsAndArrays()
    {
        var root = (DataObject)JsonReader.Parse("{\"b\":1,\"a\":[true,false,null,{},[]],\"b\":2, \"c\" : {\"d\": \"e\"}}");
        Assert.Equal(["b", "a", "c"], root.Entries.Select(e => e.Key));
        Assert.Equal(2, ((DataInteger)root["b"]).Value); // the last duplicate wins
        var a = (DataArray)root["a"];
        Assert.True(((DataBoolean)a.Items[0]).Value);
        Assert.False(((DataBoolean)a.Items[1]).Value);
        Assert.Same(DataNull.Instance, a.Items[2]);
        Assert.Equal(0, ((DataObject)a.Items[3]).Count);
        Assert.Empty(((DataArray)a.Items[4]).Items);
        Assert.Equal("e", ((DataString)((DataObject)root["c"])["d"]).Value);
    }

    [Fact]
    public void HandlesDeepNestingWithoutRecursion()
    {
        string json = new string('[', 100000) + new string(']', 100000);
        var node = JsonReader.Parse(json);
        int depth = 0;
        while (node is DataArray { Items.Count: 1 } array)
        {
            node = array.Items[0];
            depth++;
        }
        Assert.Equal(99999, depth);
    }

    [Fact]
    public void SkipsAByteOrderMark() => Assert.Equal(7, ((DataInteger)JsonReader.Parse("\u00EF\u00BB\u00BF7")).Value);
}

public sealed class JsonReaderNlohmannTests
{
    [Fact]
    public void AgreesWithRecordedNlohmannResults()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var line in JsonNlohmannCases.Table.Split('\n'))
        {
            var parts = line.Split(' ');
            string document = ByteStrings.FromBytes(Convert.FromHexString(parts[0]));
            string expected = ByteStrings.FromBytes(Convert.FromHexString(parts[1]));
            string actual;
            try
            {
                actual = Render(JsonReader.Parse(document));
            }
            catch (JsonException e)
            {
                actual = "ERR " + e.Message;
            }
            if (actual != expected)
                failures.Add($"{parts[0]}: got {actual}, nlohmann {expected}");
            count++;
        }
        Assert.Equal(400, count);
        Assert.Empty(failures);
    }

    private static string Hex(string s) => Convert.ToHexString(ByteStrings.ToBytes(s)).ToLowerInvariant();

    private static string Render(DataNode node) => node switch
    {
        DataObject o => "{" + string.Concat(o.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => Hex(e.Key) + ":" + Render(e.Value) + ",")) + "}",
        DataArray a => "[" + string.Concat(a.Items.Select(x => Render(x) + ",")) + "]",
        DataString s => "s" + Hex(s.Value),
        DataInteger i => "i" + i.Value,
        DataFloat f => "f" + NixFloat.FormatGeneral(f.Value, 17),
        DataBoolean b => b.Value ? "b1" : "b0",
        DataNull => "n",
        _ => "?",
    };
}
