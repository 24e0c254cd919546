namespace Arca.Language.Text;

public sealed class DataFloat(double value) : DataNode
{
    public double Value { get; } = value;
}
