namespace Arca.Language.Tests.Syntax;

using Arca.Language.Syntax;

/// <summary>
/// A <see cref="Pos"/> is one integer (<see cref="SourceTable"/>): every offset of a text must decode to the line and
/// column Nix reports for it, and positions built from a line and column must equal those built from the offset.
/// </summary>
public sealed class PosEncodingTests
{
    /// <summary>Line and column of each offset, counted the slow way: lines end at LF, CR LF or a lone CR.</summary>
    private static (int Line, int Column)[] Reference(string text)
    {
        var result = new (int, int)[text.Length + 1];
        int line = 1, lineStart = 0;
        for (int k = 0; k <= text.Length; k++)
        {
            result[k] = (line, k - lineStart + 1);
            if (k == text.Length) break;
            if (text[k] == '\n' || (text[k] == '\r' && !(k + 1 < text.Length && text[k + 1] == '\n')))
            {
                line++;
                lineStart = k + 1;
            }
        }
        return result;
    }

    [Theory]
    [InlineData("let\n  a = 1;\nin a\n")]
    [InlineData("x\r\ny\rz\n\n\r\r\nend")]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("no line break at all")]
    public void Every_offset_decodes_to_its_line_and_column_and_back(string text)
    {
        var source = new Source("/t/" + Guid.NewGuid() + ".nix", text, "/t", true);
        var expected = Reference(text);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            var pos = Pos.At(source, offset);
            Assert.Same(source, pos.Source);
            Assert.True(pos.IsKnown);
            Assert.Equal(expected[offset], (pos.Line, pos.Column));
            Assert.Equal(pos, new Pos(source, expected[offset].Line, expected[offset].Column));
            Assert.Equal($"{source.Origin}:{expected[offset].Line}:{expected[offset].Column}", pos.ToString());
        }
    }

    [Fact]
    public void Positions_outside_the_text_keep_their_line_and_column()
    {
        var source = new Source("«string»", "ab\ncd", "/", false);
        foreach (var (line, column) in new[] { (1, 4), (2, 9), (7, 1), (0, 0), (1, 0) })
        {
            var pos = new Pos(source, line, column);
            Assert.Equal((line, column), (pos.Line, pos.Column));
            Assert.Same(source, pos.Source);
            Assert.True(pos.IsKnown);
            Assert.Equal(pos, new Pos(source, line, column));
        }
        // (1, 4) is past the end of line 1: it must not alias the first column of line 2.
        Assert.NotEqual(new Pos(source, 1, 4), new Pos(source, 2, 1));

        var sourceless = new Pos(null, 3, 7);
        Assert.False(sourceless.IsKnown);
        Assert.Null(sourceless.Source);
        Assert.Equal((3, 7), (sourceless.Line, sourceless.Column));
        Assert.Equal("«none»", sourceless.ToString());
    }

    [Fact]
    public void None_and_equal_sources()
    {
        Assert.Equal(Pos.None, default);
        Assert.Equal(Pos.None, new Pos(null, 0, 0));
        Assert.False(Pos.None.IsKnown);
        Assert.Null(Pos.None.Source);
        Assert.Equal("«none»", Pos.None.ToString());

        // Two sources with the same origin and text are one source to positions; a different text is another.
        var text = "{ a = 1; }";
        var one = new Source("/same.nix", text, "/", true);
        var again = new Source("/same.nix", text, "/", true);
        var other = new Source("/same.nix", text + " ", "/", true);
        Assert.Equal(Pos.At(one, 2), Pos.At(again, 2));
        Assert.NotEqual(Pos.At(one, 2), Pos.At(other, 2));
        Assert.Same(other, Pos.At(other, 2).Source);
        Assert.Equal((1, 3), (Pos.At(other, 2).Line, Pos.At(other, 2).Column));
    }
}
