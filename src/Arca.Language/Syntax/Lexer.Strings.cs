namespace Arca.Language.Syntax;

using System.Text;

// The string, indented-string and path-continuation modes of the lexer.
internal sealed partial class Lexer
{
    private Token LexString()
    {
        string t = _text;
        int start = _pos;
        if (start >= t.Length) return EndOfFile();
        char c = t[start];
        if (c == '"')
        {
            Pop();
            return Single(TokenKind.Quote, start);
        }
        if (c == '$' && At(start + 1) == '{')
        {
            Push(Mode.Default);
            return Fixed(TokenKind.DollarCurly, start, 2);
        }

        bool plain = true;
        int j = start;
        while (j < t.Length)
        {
            c = t[j];
            if (c == '"') break;
            if (c == '\\')
            {
                if (j + 1 >= t.Length) break;
                plain = false;
                j += 2;
                continue;
            }
            if (c == '$')
            {
                if (j + 1 >= t.Length) break;
                char d = t[j + 1];
                if (d == '{') break;
                if (d == '"') { j++; break; } // a '$' just before the closing quote is text
                if (d == '\\')
                {
                    if (j + 2 >= t.Length) break;
                    plain = false;
                    j += 3;
                    continue;
                }
                if (d == '\r') plain = false;
                j += 2; // "$x" where x is not '{': both are text (so "$${" is a literal "${")
                continue;
            }
            if (c == '\r') plain = false;
            j++;
        }
        if (j == start)
        {
            // A lone '$', '\' or "$\" at the end of input: flex reports end of file and lets the parser complain.
            _pos = t.Length;
            _lastLexemeStart = start;
            return EndOfFile();
        }
        _pos = j;
        string value = plain ? t.Substring(start, j - start) : Unescape(t, start, j);
        if (value.Contains('\0')) return NullByteError(value, start);
        return Make(TokenKind.Str, start, j, value);
    }

    /// <summary>Nix's unescapeStr: <c>\n \r \t</c> and <c>\x</c> → x; a CR or CR LF outside an escape becomes LF.</summary>
    private static string Unescape(string t, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            if (c == '\\' && i + 1 < end)
            {
                c = t[++i];
                sb.Append(c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c });
            }
            else if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < end && t[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private Token NullByteError(string value, int start) =>
        // U+2400 SYMBOL FOR NULL, as its UTF-8 bytes (byte-string convention).
        MakeError($"input string '{value.Replace("\0", "\u00e2\u0090\u0080")}' cannot be represented as Nix string because it contains null bytes", start);

    private Token LexIndentedString()
    {
        string t = _text;
        int start = _pos;
        if (start >= t.Length) return EndOfFile();
        char c = t[start];
        if (c == '$')
        {
            char d = At(start + 1);
            if (d == '{')
            {
                Push(Mode.Default);
                return Fixed(TokenKind.DollarCurly, start, 2);
            }
            if (d == '\'' || start + 1 >= t.Length) return IndentedText(start, 1, "$", false);
        }
        else if (c == '\'')
        {
            char d = At(start + 1);
            if (d == '\'')
            {
                char e = At(start + 2);
                if (e == '$') return IndentedText(start, 3, "$", false);
                if (e == '\'') return IndentedText(start, 3, "''", false);
                if (e == '\\' && start + 3 < t.Length)
                {
                    char x = t[start + 3];
                    string s = x switch { 'n' => "\n", 'r' => "\r", 't' => "\t", _ => x.ToString() };
                    if (x == '\0') return NullByteError(s, start);
                    return IndentedText(start, 4, s, false);
                }
                Pop();
                return Fixed(TokenKind.IndStringClose, start, 2);
            }
            if (d == '$' || start + 1 >= t.Length) return IndentedText(start, 1, "'", false);
        }

        int j = start;
        while (j < t.Length)
        {
            c = t[j];
            if (c == '$')
            {
                if (j + 1 < t.Length && t[j + 1] != '{' && t[j + 1] != '\'') { j += 2; continue; }
                break;
            }
            if (c == '\'')
            {
                if (j + 1 < t.Length && t[j + 1] != '\'' && t[j + 1] != '$') { j += 2; continue; }
                break;
            }
            j++;
        }
        string value = t.Substring(start, j - start);
        _pos = j;
        if (value.Contains('\0')) return NullByteError(value, start);
        return Make(TokenKind.IndStr, start, j, value, 0, hasIndentation: true);
    }

    private Token IndentedText(int start, int length, string value, bool hasIndentation)
    {
        _pos = start + length;
        return Make(TokenKind.IndStr, start, start + length, value, 0, hasIndentation);
    }

    /// <summary>After a path literal: more path text, an interpolation, or the end of the path.</summary>
    private Token LexInPath()
    {
        string t = _text;
        int start = _pos;
        if (At(start) == '$' && At(start + 1) == '{')
        {
            Pop();
            Push(Mode.InPath);
            Push(Mode.Default);
            return Fixed(TokenKind.DollarCurly, start, 2);
        }
        int j = start;
        while (j < t.Length && IsPathChar(t[j])) j++;
        while (j < t.Length && t[j] == '/')
        {
            if (j + 1 < t.Length && IsPathChar(t[j + 1]))
            {
                j += 2;
                while (j < t.Length && IsPathChar(t[j])) j++;
                continue;
            }
            j++; // a trailing slash ends this piece
            break;
        }
        if (j > start)
        {
            Pop();
            Push(t[j - 1] == '/' ? Mode.InPathSlash : Mode.InPath);
            _pos = j;
            return Make(TokenKind.Str, start, j, t.Substring(start, j - start));
        }
        if (CurrentMode == Mode.InPathSlash)
        {
            // At end of input flex has no new lexeme, so Nix reports the start of the last one.
            return MakeError("path has a trailing slash", start < t.Length ? start : _lastLexemeStart);
        }
        Pop();
        return new Token(TokenKind.PathEnd, start, start);
    }
}
