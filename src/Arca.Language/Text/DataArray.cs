namespace Arca.Language.Text;

/// <summary>A JSON or TOML array.</summary>
public sealed class DataArray(IReadOnlyList<DataNode> items) : DataNode
{
    public IReadOnlyList<DataNode> Items { get; } = items;
}
