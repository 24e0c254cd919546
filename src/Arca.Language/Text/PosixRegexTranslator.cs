using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// Writes a parsed POSIX expression as a .NET regular expression over byte strings. The translation is only
/// used where .NET's backtracking order gives the same match and groups as libstdc++ (see
/// <see cref="CompiledPosixRegex"/>); '.' excludes NUL, '^' and '$' anchor to the input's ends only.
/// </summary>
internal static class PosixRegexTranslator
{
    public static string Translate(PosixRegexNode root)
    {
        var builder = new StringBuilder();
        Write(root, builder);
        return builder.ToString();
    }

    private static void Write(PosixRegexNode node, StringBuilder builder)
    {
        switch (node)
        {
            case PosixByteSetNode set:
                WriteSet(set.Bytes, builder);
                break;
            case PosixAnchorNode anchor:
                builder.Append(anchor.AtStart ? @"\A" : @"\z");
                break;
            case PosixGroupNode group:
                builder.Append('(');
                Write(group.Inner, builder);
                builder.Append(')');
                break;
            case PosixConcatNode concat:
                foreach (var item in concat.Items)
                {
                    if (item is PosixAlternationNode)
                    {
                        builder.Append("(?:");
                        Write(item, builder);
                        builder.Append(')');
                    }
                    else
                        Write(item, builder);
                }
                break;
            case PosixAlternationNode alternation:
                for (int i = 0; i < alternation.Branches.Length; i++)
                {
                    if (i > 0)
                        builder.Append('|');
                    Write(alternation.Branches[i], builder);
                }
                break;
            case PosixRepeatNode repeat:
                if (repeat.Inner is PosixByteSetNode or PosixGroupNode)
                    Write(repeat.Inner, builder);
                else
                {
                    builder.Append("(?:");
                    Write(repeat.Inner, builder);
                    builder.Append(')');
                }
                builder.Append(repeat.Kind switch
                {
                    PosixQuantifier.Star => "*",
                    PosixQuantifier.Plus => "+",
                    PosixQuantifier.Optional => "?",
                    _ when repeat.Max < 0 => $"{{{repeat.Min},}}",
                    _ when repeat.Max == repeat.Min => $"{{{repeat.Min}}}",
                    _ => $"{{{repeat.Min},{repeat.Max}}}",
                });
                break;
            default:
                throw new InvalidOperationException("unknown regex node " + node.GetType().Name);
        }
    }

    private static void WriteSet(bool[] bytes, StringBuilder builder)
    {
        int count = 0, single = -1;
        for (int b = 0; b < 256; b++)
            if (bytes[b])
            {
                count++;
                single = b;
            }
        if (count == 1)
        {
            WriteByte(single, builder);
            return;
        }
        if (count == 0)
        {
            // An empty set (e.g. "[^\x00-\xFF]"-like complements) never matches.
            builder.Append("(?!)");
            return;
        }
        builder.Append('[');
        for (int b = 0; b < 256; b++)
        {
            if (!bytes[b])
                continue;
            int end = b;
            while (end + 1 < 256 && bytes[end + 1])
                end++;
            builder.Append(@"\x").Append(b.ToString("X2"));
            if (end > b)
                builder.Append(@"-\x").Append(end.ToString("X2"));
            b = end;
        }
        builder.Append(']');
    }

    private static void WriteByte(int b, StringBuilder builder)
    {
        if (b is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            builder.Append((char)b);
        else
            builder.Append(@"\x").Append(b.ToString("X2"));
    }
}
