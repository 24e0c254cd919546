using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class ByteStringsTests
{
    [Fact]
    public void FromUtf8MapsEachUtf8ByteToAChar()
    {
        Assert.Equal("\u00C3\u00A9", ByteStrings.FromUtf8("é"));
        Assert.Equal("a\u00F0\u009F\u0098\u0080b", ByteStrings.FromUtf8("a😀b"));
        Assert.Equal("plain", ByteStrings.FromUtf8("plain"));
        Assert.Equal(2, ByteStrings.FromUtf8("é").Length); // builtins.stringLength "é" == 2
    }

    [Fact]
    public void ToUtf8DecodesAndReplacesInvalidSequences()
    {
        Assert.Equal("é😀", ByteStrings.ToUtf8("\u00C3\u00A9\u00F0\u009F\u0098\u0080"));
        Assert.Equal("a\uFFFDb", ByteStrings.ToUtf8("a\u00FFb"));
    }

    [Fact]
    public void BytesRoundTrip()
    {
        byte[] bytes = [0x00, 0x41, 0x7F, 0x80, 0xC3, 0xA9, 0xFF];
        string s = ByteStrings.FromBytes(bytes);
        Assert.Equal("\u0000A\u007F\u0080\u00C3\u00A9\u00FF", s);
        Assert.Equal(bytes, ByteStrings.ToBytes(s));
    }

    [Fact]
    public void ToBytesRejectsCharsThatAreNotBytes() =>
        Assert.Throws<ArgumentException>(() => ByteStrings.ToBytes("é\u0100"));

    [Fact]
    public void OrdinalOrderIsByteOrder()
    {
        // "é" (C3 A9) sorts after "z" (7A) and before "\u00FF" as bytes, as Nix orders attribute names.
        Assert.True(string.CompareOrdinal(ByteStrings.FromUtf8("é"), "z") > 0);
        Assert.True(string.CompareOrdinal(ByteStrings.FromUtf8("é"), ByteStrings.FromUtf8("ê")) < 0);
    }
}
