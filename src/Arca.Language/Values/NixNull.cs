namespace Arca.Language.Values;

/// <summary>null; only one instance exists.</summary>
public sealed class NixNull : Value
{
    public static readonly NixNull Instance = new();

    private NixNull() { }

    public override ValueKind Kind => ValueKind.Null;
}
