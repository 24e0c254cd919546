namespace Arca.Language.Syntax;

/// <summary>
/// A position in Nix source: 1-based line and column, as Nix reports them. <see cref="None"/> where Nix has no position.
/// Three integers and no reference (the source is a number in <see cref="SourceTable"/>, as Nix's positions index its
/// PosTable): attribute sets keep a position per attribute, and an array of these is neither scanned by the garbage
/// collector nor as large as one holding a reference.
/// </summary>
public readonly record struct Pos
{
    public static readonly Pos None = default;

    /// <summary>The source's number in <see cref="SourceTable"/>; 0 for none.</summary>
    private readonly int sourceId;

    public Pos(Source? source, int line, int column)
    {
        sourceId = source is null ? 0 : SourceTable.IdOf(source);
        Line = line;
        Column = column;
    }

    public Source? Source => SourceTable.Get(sourceId);

    public int Line { get; }

    public int Column { get; }

    public bool IsKnown => sourceId != 0;

    public void Deconstruct(out Source? source, out int line, out int column)
    {
        source = Source;
        line = Line;
        column = Column;
    }

    /// <summary>As Nix writes a position in messages: <c>/path/file.nix:3:5</c> or <c>«string»:1:1</c>.</summary>
    public override string ToString() => Source is not { } source ? "«none»" : $"{source.Origin}:{Line}:{Column}";
}
