namespace Arca.Store.Derivations;

using System.Text;

/// <summary>
/// A minimal JSON writer with nlohmann's layout (compact, or <c>dump(2)</c>: two-space indent, <c>"key": value</c>,
/// empty containers as <c>{}</c>/<c>[]</c>) and its string escaping (<c>"</c> <c>\</c> <c>\b \f \n \r \t</c>, other
/// control characters as <c>\u00xx</c>, all other bytes as they are). Works on byte strings; the result is too.
/// </summary>
internal sealed class JsonText(bool pretty)
{
    private readonly StringBuilder sb = new();
    private readonly Stack<bool> hasItems = new();

    public override string ToString() => sb.ToString();

    public void BeginObject() => Begin('{');

    public void EndObject() => End('}');

    public void BeginArray() => Begin('[');

    public void EndArray() => End(']');

    public void Key(string key)
    {
        Separate();
        AppendString(key);
        sb.Append(pretty ? ": " : ":");
        keyPending = true;
    }

    public void String(string value)
    {
        Value();
        AppendString(value);
    }

    public void Raw(string literal)
    {
        Value();
        sb.Append(literal);
    }

    public void Bool(bool value) => Raw(value ? "true" : "false");

    private bool keyPending;

    private void Begin(char open)
    {
        Value();
        sb.Append(open);
        hasItems.Push(false);
    }

    private void End(char close)
    {
        bool any = hasItems.Pop();
        if (any && pretty) NewLine();
        sb.Append(close);
    }

    /// <summary>Before a value: after a key nothing; in an array a separator and indentation.</summary>
    private void Value()
    {
        if (keyPending)
        {
            keyPending = false;
            return;
        }
        if (hasItems.Count > 0) Separate();
    }

    private void Separate()
    {
        if (hasItems.Peek()) sb.Append(',');
        else
        {
            hasItems.Pop();
            hasItems.Push(true);
        }
        if (pretty) NewLine();
    }

    private void NewLine()
    {
        sb.Append('\n');
        sb.Append(' ', hasItems.Count * 2);
    }

    private void AppendString(string bytes) => Arca.Core.Json.JsonString.AppendQuoted(sb, bytes);
}
