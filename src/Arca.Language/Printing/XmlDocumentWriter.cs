namespace Arca.Language.Printing;

using System.Text;

/// <summary>
/// The indented XML Nix's XMLWriter produces: a declaration line, two spaces per level, one element per line,
/// attributes sorted by name (Nix keeps them in a std::map) and escaped as Nix escapes them (quotes, angle brackets,
/// ampersands and newlines; other bytes pass through).
/// </summary>
internal sealed class XmlDocumentWriter
{
    private readonly Stack<string> open = new();

    public XmlDocumentWriter() => Output.Append("<?xml version='1.0' encoding='utf-8'?>\n");

    public StringBuilder Output { get; } = new();

    public void Open(string name, List<(string Name, string Value)> attrs)
    {
        Indent(open.Count);
        Output.Append('<').Append(name);
        WriteAttrs(attrs);
        Output.Append(">\n");
        open.Push(name);
    }

    public void Close()
    {
        var name = open.Pop();
        Indent(open.Count);
        Output.Append("</").Append(name).Append(">\n");
    }

    public void Empty(string name, List<(string Name, string Value)> attrs)
    {
        Indent(open.Count);
        Output.Append('<').Append(name);
        WriteAttrs(attrs);
        Output.Append(" />\n");
    }

    private void Indent(int depth) => Output.Append(' ', depth * 2);

    private void WriteAttrs(List<(string Name, string Value)> attrs)
    {
        if (attrs.Count > 1) attrs.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, value) in attrs)
        {
            Output.Append(' ').Append(name).Append("=\"");
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': Output.Append("&quot;"); break;
                    case '<': Output.Append("&lt;"); break;
                    case '>': Output.Append("&gt;"); break;
                    case '&': Output.Append("&amp;"); break;
                    case '\n': Output.Append("&#xA;"); break; // keeps attribute-value normalisation from eating it
                    default: Output.Append(c); break;
                }
            }
            Output.Append('"');
        }
    }
}
