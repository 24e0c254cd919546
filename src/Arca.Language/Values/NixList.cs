namespace Arca.Language.Values;

/// <summary>A list. Its items may be unforced thunks. The array is never mutated after construction.</summary>
public sealed class NixList : Value
{
    public static readonly NixList Empty = new([]);

    public Value[] Items { get; }

    public NixList(Value[] items) => Items = items;

    public static NixList Of(Value[] items) => items.Length == 0 ? Empty : new NixList(items);

    public int Count => Items.Length;

    public override ValueKind Kind => ValueKind.List;
}
