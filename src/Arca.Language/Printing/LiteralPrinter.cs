namespace Arca.Language.Printing;

using System.Text;

/// <summary>Nix's printing of string literals and attribute names (print.cc), byte-string convention in and out.</summary>
public static class LiteralPrinter
{
    /// <summary>A quoted string with <c>"</c>, <c>\</c>, newline, CR, tab and <c>${</c> escaped (one implementation: <see cref="Text.NixStringEscaper"/>).</summary>
    public static void AppendString(StringBuilder sb, string s) => Text.NixStringEscaper.AppendQuoted(sb, s);

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        { "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit" };

    /// <summary>An attribute name as Nix prints it in values: bare when it is a valid identifier, else quoted.</summary>
    public static void AppendAttrName(StringBuilder sb, string name)
    {
        if (IsVarName(name)) sb.Append(name);
        else AppendString(sb, name);
    }

    /// <summary>
    /// A symbol as Nix's <c>printIdentifier</c> writes it (attribute names in <c>--eval</c> output): bare when made of
    /// letters, digits, <c>_</c>, <c>'</c> and <c>-</c> and starting with a letter or <c>_</c>; keywords and empty
    /// names in quotes; otherwise as a string literal.
    /// </summary>
    public static void AppendIdentifier(StringBuilder sb, string s) => sb.Append(Text.NixStringEscaper.FormatAttributeName(s));

    private static bool IsVarName(string s)
    {
        if (s.Length == 0 || Keywords.Contains(s)) return false;
        char c = s[0];
        if (c is >= '0' and <= '9' or '-' or '\'') return false;
        foreach (char ch in s)
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '\'')) return false;
        return true;
    }
}
