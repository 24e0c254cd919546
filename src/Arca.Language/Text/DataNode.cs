namespace Arca.Language.Text;

/// <summary>
/// A value read from a data format (JSON, TOML) before it becomes a Nix value: a small neutral tree that the
/// evaluator converts. Strings and keys follow the byte-string convention.
/// </summary>
public abstract class DataNode
{
    private protected DataNode()
    {
    }
}
