using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// Nix's XMLWriter (used by --xml and builtins.toXML): an XML declaration line, elements indented by two spaces
/// per level when indenting, attributes sorted by name (Nix keeps them in a std::map) with <c>" &lt; &gt; &amp;</c>
/// and newline escaped. Nix's XML has no text nodes. Strings follow the byte-string convention.
/// </summary>
public sealed class XmlWriter
{
    private readonly StringBuilder _output;
    private readonly bool _indent;
    private readonly List<string> _pending = [];
    private bool _closed;

    public XmlWriter(bool indent, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _indent = indent;
        _output.Append("<?xml version='1.0' encoding='utf-8'?>\n");
    }

    public void OpenElement(string name, params (string Name, string Value)[] attributes)
    {
        EnsureOpen();
        Indent(_pending.Count);
        _output.Append('<').Append(name);
        WriteAttributes(attributes);
        _output.Append('>');
        if (_indent)
            _output.Append('\n');
        _pending.Add(name);
    }

    public void CloseElement()
    {
        if (_pending.Count == 0)
            throw new InvalidOperationException("no element is open");
        Indent(_pending.Count - 1);
        _output.Append("</").Append(_pending[^1]).Append('>');
        if (_indent)
            _output.Append('\n');
        _pending.RemoveAt(_pending.Count - 1);
        if (_pending.Count == 0)
            _closed = true;
    }

    public void WriteEmptyElement(string name, params (string Name, string Value)[] attributes)
    {
        EnsureOpen();
        Indent(_pending.Count);
        _output.Append('<').Append(name);
        WriteAttributes(attributes);
        _output.Append(" />");
        if (_indent)
            _output.Append('\n');
    }

    /// <summary>Closes every open element (Nix does this when the writer goes out of scope).</summary>
    public void Close()
    {
        if (_closed)
            return;
        while (_pending.Count > 0)
            CloseElement();
        _closed = true;
    }

    private void EnsureOpen()
    {
        if (_closed)
            throw new InvalidOperationException("the XML document is already closed");
    }

    private void Indent(int depth)
    {
        if (_indent)
            _output.Append(' ', depth * 2);
    }

    private void WriteAttributes((string Name, string Value)[] attributes)
    {
        if (attributes.Length == 0)
            return;
        var sorted = (attributes.Length == 1) ? attributes : Sorted(attributes);
        foreach (var (name, value) in sorted)
        {
            _output.Append(' ').Append(name).Append("=\"");
            AppendEscapedAttributeValue(_output, value);
            _output.Append('"');
        }
    }

    private static (string Name, string Value)[] Sorted((string Name, string Value)[] attributes)
    {
        var copy = ((string Name, string Value)[])attributes.Clone();
        Array.Sort(copy, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return copy;
    }

    /// <summary>Escapes an attribute value as Nix does (newlines too, against attribute-value normalisation).</summary>
    public static void AppendEscapedAttributeValue(StringBuilder output, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': output.Append("&quot;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '&': output.Append("&amp;"); break;
                case '\n': output.Append("&#xA;"); break;
                default: output.Append(c); break;
            }
        }
    }
}
