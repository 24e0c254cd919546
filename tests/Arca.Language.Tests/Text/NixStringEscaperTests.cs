using System.Text;
using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class NixStringEscaperTests
{
    /// <summary>Expected forms as nix-instantiate --eval prints these strings.</summary>
    [Theory]
    [InlineData("foo", "\"foo\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("l1\nl2\r\t", "\"l1\\nl2\\r\\t\"")]
    [InlineData("${x} $y $", "\"\\${x} $y $\"")]
    [InlineData("$${", "\"$\\${\"")]
    [InlineData("\u00C3\u00A9\u0001", "\"\u00C3\u00A9\u0001\"")]
    [InlineData("", "\"\"")]
    public void QuotesLikeThePrinter(string value, string expected) => Assert.Equal(expected, NixStringEscaper.Quote(value));

    [Fact]
    public void ElidesBeyondTheLimit()
    {
        var builder = new StringBuilder();
        NixStringEscaper.AppendQuoted(builder, "abcdef", maxLength: 3);
        Assert.Equal("\"abc\" \u00C2\u00AB3 bytes elided\u00C2\u00BB", builder.ToString());
        builder.Clear();
        NixStringEscaper.AppendQuoted(builder, "abcd", maxLength: 3);
        Assert.Equal("\"abc\" \u00C2\u00AB1 byte elided\u00C2\u00BB", builder.ToString());
        builder.Clear();
        NixStringEscaper.AppendQuoted(builder, "abc", maxLength: 3);
        Assert.Equal("\"abc\"", builder.ToString());
    }

    [Theory]
    [InlineData("foo", "foo")]
    [InlineData("_x'-1", "_x'-1")]
    [InlineData("d e", "\"d e\"")]
    [InlineData("1a", "\"1a\"")]
    [InlineData("-a", "\"-a\"")]
    [InlineData("'a", "\"'a\"")]
    [InlineData("", "\"\"")]
    [InlineData("if", "\"if\"")]
    [InlineData("inherit", "\"inherit\"")]
    [InlineData("or", "or")]
    [InlineData("a.b", "\"a.b\"")]
    [InlineData("${", "\"\\${\"")]
    [InlineData("\u00CA\u008E", "\"\u00CA\u008E\"")]
    public void FormatsAttributeNamesLikeThePrinter(string name, string expected) =>
        Assert.Equal(expected, NixStringEscaper.FormatAttributeName(name));
}
