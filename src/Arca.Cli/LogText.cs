namespace Arca.Cli;

using System.Text;

/// <summary>
/// What Nix's logger does to every message before it reaches standard error (its <c>filterANSIEscapes</c>): tabs
/// become spaces up to the next multiple of eight columns, counted from the start of the message; carriage returns
/// and bells are dropped; escape sequences are dropped too, except colours (SGR sequences, ending in <c>m</c>) when
/// standard error is a terminal. So a message that carries colour codes (nixpkgs' module system puts them in its
/// errors) reads as plain text in a log or a pipe.
/// </summary>
internal static class LogText
{
    /// <summary>As Nix decides: standard error is a terminal, <c>TERM</c> is set and not "dumb", and neither <c>NO_COLOR</c> nor <c>NOCOLOR</c> is set.</summary>
    public static bool KeepColors { get; } =
        !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") is { } term && term != "dumb"
        && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("NOCOLOR") is null;

    public static string Filter(string message) => Filter(message, KeepColors);

    /// <summary>
    /// Filters one message. Column widths count one per character, none for control characters and for the
    /// continuation bytes of a UTF-8 sequence in the byte-string convention; Nix also gives East Asian wide
    /// characters two columns and combining marks none, which only moves where a tab after them ends.
    /// </summary>
    public static string Filter(string message, bool keepColors)
    {
        if (message.AsSpan().IndexOfAny('\e', '\t', '\r') < 0 && !message.Contains('\a')) return message;
        var output = new StringBuilder(message.Length);
        int column = 0;
        // Messages mix byte strings (one char per UTF-8 byte) with ordinary text: a continuation byte counts no
        // column only right after the lead byte that announced it.
        int continuations = 0;
        for (int i = 0; i < message.Length;)
        {
            char c = message[i];
            if (c == '\e')
            {
                int start = i++;
                char last = '\0';
                if (i < message.Length && message[i] == '[')
                {
                    i++;
                    while (i < message.Length && message[i] is >= '\x30' and <= '\x3f') i++; // parameter bytes
                    while (i < message.Length && message[i] is >= '\x20' and <= '\x2f') i++; // intermediate bytes
                    if (i < message.Length && message[i] is >= '\x40' and <= '\x7e') last = message[i++]; // final byte
                }
                else if (i < message.Length && message[i] == ']')
                {
                    // An operating system command, ended by ESC '\' or by BEL.
                    i++;
                    while (i < message.Length && message[i] is not ('\e' or '\a')) i++;
                    if (i < message.Length)
                    {
                        char terminator = message[i++];
                        if (terminator == '\e' && i < message.Length && message[i] == '\\') last = message[i++];
                    }
                }
                else if (i < message.Length && message[i] is >= '\x40' and <= '\x5f')
                {
                    i++;
                }
                if (keepColors && last == 'm') output.Append(message, start, i - start);
            }
            else if (c == '\t')
            {
                do
                {
                    output.Append(' ');
                    column++;
                } while (column % 8 != 0);
                i++;
            }
            else if (c is '\r' or '\a')
            {
                i++;
            }
            else
            {
                output.Append(c);
                if (c is >= '\x80' and <= '\xbf' && continuations > 0) continuations--; // inside a UTF-8 sequence (byte convention)
                else
                {
                    continuations = c switch { >= '\xc0' and <= '\xdf' => 1, >= '\xe0' and <= '\xef' => 2, >= '\xf0' and <= '\xf7' => 3, _ => 0 };
                    if (c >= ' ' && c != '\x7f') column++;
                }
                i++;
            }
        }
        return output.ToString();
    }
}
