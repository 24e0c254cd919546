namespace Arca.Language.Syntax;

/// <summary>
/// A position in Nix source: 1-based line and column, as Nix reports them. <see cref="None"/> where Nix has no position.
/// One integer and no reference (Nix's PosIdx is the same): an offset in a process-wide space where every source has a
/// range (<see cref="SourceTable"/>), from which the source, line and column are worked out when asked for. Attribute
/// sets keep a position per attribute, and an array of these is neither scanned by the garbage collector nor larger
/// than it must be (4 bytes, where source, line and column took 12).
/// </summary>
public readonly record struct Pos
{
    public static readonly Pos None = default;

    /// <summary>The encoded position (<see cref="SourceTable"/>); 0 for none.</summary>
    private readonly int encoded;

    public Pos(Source? source, int line, int column) => encoded = SourceTable.Encode(source, line, column);

    private Pos(int encoded) => this.encoded = encoded;

    /// <summary>The position of byte <paramref name="offset"/> of <paramref name="source"/>'s text (at most its length: the end).</summary>
    public static Pos At(Source source, int offset) => new(SourceTable.Encode(source, offset));

    public Source? Source => SourceTable.SourceOf(encoded);

    public int Line => SourceTable.Decode(encoded).Line;

    public int Column => SourceTable.Decode(encoded).Column;

    public bool IsKnown => encoded > 0 || (encoded < 0 && SourceTable.SourceOf(encoded) is not null);

    public void Deconstruct(out Source? source, out int line, out int column) =>
        (source, line, column) = SourceTable.Decode(encoded);

    /// <summary>As Nix writes a position in messages: <c>/path/file.nix:3:5</c> or <c>«string»:1:1</c>.</summary>
    public override string ToString()
    {
        var (source, line, column) = SourceTable.Decode(encoded);
        return source is null ? "«none»" : $"{source.Origin}:{line}:{column}";
    }
}
