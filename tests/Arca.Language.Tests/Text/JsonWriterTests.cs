using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class JsonWriterTests
{
    [Theory]
    [InlineData("foo", "\"foo\"")]
    [InlineData("foo\n\"bar\"", "\"foo\\n\\\"bar\\\"\"")]
    [InlineData("\\ / \b \f \r \t", "\"\\\\ / \\b \\f \\r \\t\"")]
    [InlineData("\u0001\u001f\u007f", "\"\\u0001\\u001f\u007f\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("\u00C3\u00A9 \u00F0\u009F\u0098\u0080", "\"\u00C3\u00A9 \u00F0\u009F\u0098\u0080\"")]
    [InlineData("${x}", "\"${x}\"")]
    public void EscapesLikeNlohmann(string value, string expected) => Assert.Equal(expected, JsonWriter.QuoteString(value));

    [Fact]
    public void RejectsInvalidUtf8WithNixsMessage()
    {
        // Upstream eval-fail-toJSON-non-utf-8: "_invalid UTF-8: \xFF_".
        var e = Assert.Throws<JsonException>(() => JsonWriter.QuoteString("_invalid UTF-8: \u00FF_"));
        Assert.Equal("[json.exception.type_error.316] invalid UTF-8 byte at index 16: 0xFF", e.Message);
        e = Assert.Throws<JsonException>(() => JsonWriter.QuoteString("ab\u00C3"));
        Assert.Equal("[json.exception.type_error.316] incomplete UTF-8 string; last byte: 0xC3", e.Message);
        e = Assert.Throws<JsonException>(() => JsonWriter.QuoteString("a\u00C3(")); // bad continuation
        Assert.Equal("[json.exception.type_error.316] invalid UTF-8 byte at index 2: 0x28", e.Message);
        e = Assert.Throws<JsonException>(() => JsonWriter.QuoteString("\u00ED\u00A0\u0080")); // a surrogate
        Assert.Equal("[json.exception.type_error.316] invalid UTF-8 byte at index 1: 0xA0", e.Message);
        e = Assert.Throws<JsonException>(() => JsonWriter.QuoteString("\u00C0\u0080")); // overlong
        Assert.Equal("[json.exception.type_error.316] invalid UTF-8 byte at index 0: 0xC0", e.Message);
    }

    [Theory]
    [InlineData(1.44, "1.44")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e14, "100000000000000.0")]
    [InlineData(1e15, "1e+15")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1e22, "1e+22")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(3.1415, "3.1415")]
    [InlineData(1.2345678901234568e29, "1.2345678901234568e+29")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void FormatsFloatsLikeNlohmann(double value, string expected) => Assert.Equal(expected, JsonWriter.FormatFloat(value));

    /// <summary>
    /// Bit patterns and nlohmann::json's dump of them (recorded with nlohmann's header). The second group are
    /// values where Grisu2 is not the shortest form, so .NET's shortest formatting would differ.
    /// </summary>
    [Theory]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("000FFFFFFFFFFFFF", "2.225073858507201e-308")]
    [InlineData("0010000000000000", "2.2250738585072014e-308")]
    [InlineData("7FEFFFFFFFFFFFFF", "1.7976931348623157e+308")]
    [InlineData("3FB999999999999A", "0.1")]
    [InlineData("4415AF1D78B58C40", "1e+20")]
    [InlineData("3EE4F8B588E368F1", "1e-05")]
    [InlineData("4000000000000000", "2.0")]
    [InlineData("3FF0000000000001", "1.0000000000000002")]
    [InlineData("AFC6EE6FA8E33C94", "-1.5471825031341819e-78")]
    [InlineData("D810C3F6B82962A8", "-1.6514842009472968e+116")]
    [InlineData("43171EEE124D37A7", "1.6269830806113057e+15")]
    [InlineData("43C5757239BD3AA2", "3.0925352787701443e+18")]
    [InlineData("436C8D90804086FE", "6.4295608915343344e+16")]
    [InlineData("D2AA6F1B994D6914", "-1.6827199780939911e+90")]
    [InlineData("CBE1ED0AD2B3D147", "-3.5163434136056763e+57")]
    [InlineData("C30FA36FD398D412", "-1.1131781205920023e+15")]
    [InlineData("4352BD1D7FDEE1A8", "2.1097935911224992e+16")]
    public void FormatsFloatsLikeNlohmannsGrisu2(string bits, string expected) =>
        Assert.Equal(expected, JsonWriter.FormatFloat(BitConverter.Int64BitsToDouble((long)Convert.ToUInt64(bits, 16))));

    [Fact]
    public void FormatsIntegers()
    {
        Assert.Equal("-9223372036854775808", JsonWriter.FormatInteger(long.MinValue));
        Assert.Equal("123", JsonWriter.FormatInteger(123));
    }
}

public sealed class JsonWriterDocumentTests
{
    private const string Document = "{\"b\":[1,2.5,{\"x\":[]}],\"a\":{},\"\u00C3\u00A9\":\"q\\nz\",\"c\":null,\"d\":[true,false],\"e\":{\"k\":-0.0}}";

    /// <summary>Expected outputs are nlohmann::json's dump() and dump(2) of the same document.</summary>
    [Fact]
    public void WritesCompactLikeNlohmann()
    {
        var output = new System.Text.StringBuilder();
        JsonWriter.Write(output, JsonReader.Parse(Document));
        Assert.Equal("{\"a\":{},\"b\":[1,2.5,{\"x\":[]}],\"c\":null,\"d\":[true,false],\"e\":{\"k\":-0.0},\"\u00C3\u00A9\":\"q\\nz\"}", output.ToString());
    }

    [Fact]
    public void WritesIndentedLikeNlohmann()
    {
        var output = new System.Text.StringBuilder();
        JsonWriter.Write(output, JsonReader.Parse(Document), indent: 2);
        Assert.Equal(
            "{\n  \"a\": {},\n  \"b\": [\n    1,\n    2.5,\n    {\n      \"x\": []\n    }\n  ],\n  \"c\": null,\n  \"d\": [\n    true,\n    false\n  ],\n  \"e\": {\n    \"k\": -0.0\n  },\n  \"\u00C3\u00A9\": \"q\\nz\"\n}",
            output.ToString());
    }

    [Fact]
    public void RejectsDatesWhichHaveNoJsonForm() =>
        Assert.Throws<ArgumentException>(() => JsonWriter.Write(new System.Text.StringBuilder(), TomlReader.Parse("x = 07:32:00")));
}
