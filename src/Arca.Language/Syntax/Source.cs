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
    /// <summary>Line <paramref name="line"/> (1-based) of the text, without its line terminator.</summary>
    public string GetLine(int line)
    {
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int nl = Text.IndexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = Text.IndexOf('\n', start);
        return end < 0 ? Text[start..] : Text[start..end];
    }
}
