namespace Arca.Language.Values;

/// <summary>A double-precision float.</summary>
public sealed class NixFloat(double value) : Value
{
    public double Value { get; } = value;
    public override ValueKind Kind => ValueKind.Float;
}
