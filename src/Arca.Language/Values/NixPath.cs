namespace Arca.Language.Values;

/// <summary>A path value: absolute and canonical (no <c>.</c>, <c>..</c>, doubled or trailing slashes), byte-string convention.</summary>
public sealed class NixPath(string path) : Value
{
    public string Path { get; } = path;
    public override ValueKind Kind => ValueKind.Path;
}
