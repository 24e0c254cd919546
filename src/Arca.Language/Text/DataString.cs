namespace Arca.Language.Text;

/// <summary>A string, in the byte-string convention (UTF-8 bytes as chars).</summary>
public sealed class DataString(string value) : DataNode
{
    public string Value { get; } = value;
}
