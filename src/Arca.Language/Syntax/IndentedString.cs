namespace Arca.Language.Syntax;

using System.Text;

/// <summary>
/// The indentation stripping of <c>''…''</c> strings, as Nix's stripIndentation: the smallest indentation of the
/// non-blank lines is removed from every line, interpolations and escapes count as content, and a last line made
/// only of spaces is dropped.
/// </summary>
internal static class IndentedString
{
    /// <summary>One piece: literal text (<paramref name="HasIndentation"/> false for escapes like <c>''$</c>) or an interpolation.</summary>
    public readonly record struct Part(Pos Pos, Expr? Expr, string? Text, bool HasIndentation);

    internal static Expr Strip(Pos pos, GrowableArray<Part> parts)
    {
        if (parts.Count == 0) return new StringExpr(Pos.None, "");

        // The minimum indentation. Whitespace-only lines do not count, nor does the final line when it is only spaces.
        bool atStartOfLine = true;
        int minIndent = 1000000;
        int curIndent = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (part.Text is null || !part.HasIndentation)
            {
                if (atStartOfLine)
                {
                    atStartOfLine = false;
                    if (curIndent < minIndent) minIndent = curIndent;
                }
                continue;
            }
            foreach (char c in part.Text)
            {
                if (atStartOfLine)
                {
                    if (c == ' ') curIndent++;
                    else if (c == '\n') curIndent = 0;
                    else
                    {
                        atStartOfLine = false;
                        if (curIndent < minIndent) minIndent = curIndent;
                    }
                }
                else if (c == '\n')
                {
                    atStartOfLine = true;
                    curIndent = 0;
                }
            }
        }

        var result = new List<Expr>(parts.Count);
        var positions = new GrowableArray<Pos>(parts.Count);
        atStartOfLine = true;
        int curDropped = 0;
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Expr is { } e)
            {
                atStartOfLine = false;
                curDropped = 0;
                result.Add(e);
                positions.Add(part.Pos);
                continue;
            }
            sb.Clear();
            string text = part.Text!;
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                if (atStartOfLine)
                {
                    if (c == ' ')
                    {
                        if (curDropped++ >= minIndent) sb.Append(c);
                    }
                    else if (c == '\n')
                    {
                        curDropped = 0;
                        sb.Append(c);
                    }
                    else
                    {
                        atStartOfLine = false;
                        curDropped = 0;
                        sb.Append(c);
                    }
                }
                else
                {
                    // Copy the rest of the line at once.
                    int nl = text.IndexOf('\n', k);
                    if (nl < 0)
                    {
                        sb.Append(text, k, text.Length - k);
                        break;
                    }
                    sb.Append(text, k, nl + 1 - k);
                    k = nl;
                    atStartOfLine = true;
                }
            }
            // Remove the last line if it is empty and consists only of spaces.
            if (i == parts.Count - 1)
            {
                int nl = LastIndexOf(sb, '\n');
                if (nl >= 0 && OnlySpacesAfter(sb, nl + 1)) sb.Length = nl + 1;
            }
            if (sb.Length > 0)
            {
                result.Add(new StringExpr(Pos.None, sb.ToString()));
                positions.Add(part.Pos);
            }
        }

        if (result.Count == 0) return new StringExpr(Pos.None, "");
        if (result.Count == 1 && result[0] is StringExpr single) return single;
        return new ConcatStringsExpr(pos, true, result.ToArray()) { PartPositions = positions.ToArray() };
    }

    private static int LastIndexOf(StringBuilder sb, char c)
    {
        for (int i = sb.Length - 1; i >= 0; i--)
            if (sb[i] == c) return i;
        return -1;
    }

    private static bool OnlySpacesAfter(StringBuilder sb, int start)
    {
        for (int i = start; i < sb.Length; i++)
            if (sb[i] != ' ') return false;
        return true;
    }
}
