namespace Arca.Language.Errors;

using System.Text;
using Arca.Language.Syntax;

/// <summary>
/// Renders an <see cref="EvalError"/> exactly as Nix's <c>showErrorInfo</c>: the trace frames outermost first
/// (<c>… while …</c>, with the position, the source line and a caret), the final <c>error: message</c> with its own
/// position and any "Did you mean" hint, everything after the first line indented under <c>error: </c>. Without
/// <c>--show-trace</c> only the first few frames are shown. Plain text (Nix strips colours when not on a terminal);
/// the result follows the byte-string convention.
/// </summary>
public static class ErrorRenderer
{
    private const string ErrorPrefix = "error: ";

    public static string Render(EvalError error, bool showTrace) => Render(error.Message, error.Pos, error.Trace, error.Suggestion, showTrace);

    /// <summary>A warning (<c>warning: message</c> and its position), as Nix's logger shows one.</summary>
    public static string RenderWarning(string message, Pos pos) => Render(message, pos, [], null, false, "warning: ");

    public static string Render(string message, Pos pos, IReadOnlyList<TraceFrame> innermostFirst, string? suggestion, bool showTrace,
        string prefix = ErrorPrefix)
    {
        var oss = new StringBuilder();
        if (innermostFirst.Count > 0)
        {
            var seen = new HashSet<(Pos, string)>();
            var skipped = new List<TraceFrame>();
            int count = 0;
            bool truncate = false;
            for (int i = innermostFirst.Count - 1; i >= 0; i--)
            {
                var trace = innermostFirst[i];
                if (trace.Message.Length == 0) continue;
                if (!showTrace && count > 3) truncate = true;
                if (truncate && !trace.Always) continue;
                if (seen.Contains((trace.Pos, trace.Message)))
                {
                    skipped.Add(trace);
                    continue;
                }
                seen.Add((trace.Pos, trace.Message));
                PrintSkipped(oss, ref count, skipped, seen);
                count++;
                PrintTrace(oss, ref count, trace);
            }
            PrintSkipped(oss, ref count, skipped, seen);
            if (truncate)
                oss.Append('\n').Append("(stack trace truncated; use '--show-trace' to show the full, detailed trace)").Append('\n');
            oss.Append('\n').Append(prefix);
        }
        oss.Append(message).Append('\n');
        PrintPos(oss, "", pos);
        if (suggestion is not null) oss.Append("Did you mean ").Append(suggestion).Append("?\n");
        return Indent(Chomp(oss.ToString()), prefix);
    }

    private static void PrintTrace(StringBuilder oss, ref int count, TraceFrame trace)
    {
        oss.Append('\n').Append("… ").Append(trace.Message).Append('\n');
        if (PrintPos(oss, "  ", trace.Pos)) count++;
    }

    private static void PrintSkipped(StringBuilder oss, ref int count, List<TraceFrame> skipped, HashSet<(Pos, string)> seen)
    {
        if (skipped.Count == 0) return;
        if (skipped.Count <= 5)
        {
            foreach (var t in skipped) PrintTrace(oss, ref count, t);
        }
        else
        {
            // Nix means to forget the frames seen here, but its helper clears a copy of the set; the output it
            // actually produces keeps them, so do we.
            oss.Append('\n').Append('(').Append(skipped.Count).Append(" duplicate frames omitted)").Append('\n');
        }
        skipped.Clear();
    }

    private static bool PrintPos(StringBuilder oss, string indent, Pos pos)
    {
        if (!pos.IsKnown) return false;
        oss.Append(indent).Append("at ").Append(pos.ToString()).Append(':');
        var lines = SplitLines(pos.Source!.Text);
        if (pos.Line >= 1 && pos.Line <= lines.Length)
        {
            if (pos.Line > 1) AppendCodeLine(oss, pos.Line - 1, lines[pos.Line - 2]);
            AppendCodeLine(oss, pos.Line, lines[pos.Line - 1]);
            if (pos.Column > 0)
                oss.Append('\n').Append("      |").Append(' ', pos.Column).Append('^');
            if (pos.Line < lines.Length) AppendCodeLine(oss, pos.Line + 1, lines[pos.Line]);
            oss.Append('\n');
        }
        return true;
    }

    private static void AppendCodeLine(StringBuilder oss, int number, string text) =>
        oss.Append('\n').Append(' ').Append(number.ToString().PadLeft(5)).Append("| ").Append(text);

    /// <summary>Lines as the parser counts them: ended by <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>Nix's <c>indent</c>: the first line after the prefix, the others under it; trailing blanks removed from each line.</summary>
    private static string Indent(string s, string prefix)
    {
        var pad = new string(' ', prefix.Length);
        var sb = new StringBuilder();
        var lines = s.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(Chomp((i == 0 ? prefix : pad) + lines[i]));
        }
        return sb.ToString();
    }

    private static string Chomp(string s) => s.TrimEnd(' ', '\n', '\r', '\t');
}
