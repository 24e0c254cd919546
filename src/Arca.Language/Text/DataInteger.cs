namespace Arca.Language.Text;

public sealed class DataInteger(long value) : DataNode
{
    public long Value { get; } = value;
}
