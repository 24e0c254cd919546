namespace Arca.Language.Tests.Syntax;

using Arca.Language.Syntax;

public sealed class SourceTests
{
    [Theory]
    [InlineData("a\nb\nc", 2, "b")]
    [InlineData("a\r\nb\r\nc", 2, "b")]
    [InlineData("# foo\rinvalid\n# bar\n", 2, "invalid")]
    [InlineData("# foo\rinvalid\n# bar\n", 3, "# bar")]
    [InlineData("a\n\r\n\rb", 4, "b")]
    [InlineData("a\n", 2, "")]
    [InlineData("a", 1, "a")]
    [InlineData("a", 3, "")]
    public void LinesEndWhereNixEndsThem(string text, int line, string expected) =>
        Assert.Equal(expected, new Source("x", text, "/", false).GetLine(line));
}
