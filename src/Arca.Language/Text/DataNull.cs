namespace Arca.Language.Text;

/// <summary>JSON null.</summary>
public sealed class DataNull : DataNode
{
    /// <summary>Null carries no data, so one instance serves everywhere.</summary>
    public static DataNull Instance { get; } = new();

    private DataNull()
    {
    }
}
