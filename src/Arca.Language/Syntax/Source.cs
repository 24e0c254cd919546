namespace Arca.Language.Syntax;

/// <summary>
/// One piece of Nix source text: a file, a command-line expression or standard input. Kept whole so errors
/// can quote the offending line with a caret, as Nix does.
/// </summary>
/// <param name="Origin">How Nix names the origin in positions: an absolute path, <c>«string»</c> or <c>«stdin»</c>.</param>
/// <param name="Text">The source in the byte-string convention (one char per UTF-8 byte; see <see cref="Values.NixString"/>).</param>
/// <param name="BaseDirectory">Directory relative path literals resolve against (byte-string convention).</param>
/// <param name="IsFile">True when <see cref="Origin"/> is a file path (positions then print as <c>path:line:col</c>).</param>
public sealed record Source(string Origin, string Text, string BaseDirectory, bool IsFile)
{
    /// <summary>This source's number in <see cref="SourceTable"/> once a position has referred to it (0 before).</summary>
    internal int TableId { get; set; }

    // Equality and hashing by content only, as before the table number existed (records would include it).
    public bool Equals(Source? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Origin == other.Origin && IsFile == other.IsFile && BaseDirectory == other.BaseDirectory && Text == other.Text));

    public override int GetHashCode() => HashCode.Combine(Origin, IsFile, BaseDirectory, Text.Length);

    /// <summary>
    /// Line <paramref name="line"/> (1-based) of the text, without its terminator. As in Nix, a line ends at LF,
    /// CR LF or a lone CR, so the lines agree with the line numbers of positions.
    /// </summary>
    public string GetLine(int line)
    {
        string text = Text;
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int end = text.IndexOfAny(LineBreaks, start);
            if (end < 0) return "";
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        int stop = text.IndexOfAny(LineBreaks, start);
        return stop < 0 ? text[start..] : text[start..stop];
    }

    private static readonly char[] LineBreaks = ['\r', '\n'];
}
