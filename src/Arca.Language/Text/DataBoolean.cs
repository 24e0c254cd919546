namespace Arca.Language.Text;

public sealed class DataBoolean(bool value) : DataNode
{
    public bool Value { get; } = value;
}
