namespace Arca.Language.Syntax;

/// <summary>A position in Nix source: 1-based line and column, as Nix reports them. <see cref="None"/> where Nix has no position.</summary>
public readonly record struct Pos(Source? Source, int Line, int Column)
{
    public static readonly Pos None = default;

    public bool IsKnown => Source is not null;

    /// <summary>As Nix writes a position in messages: <c>/path/file.nix:3:5</c> or <c>«string»:1:1</c>.</summary>
    public override string ToString() => Source is null ? "«none»" : $"{Source.Origin}:{Line}:{Column}";
}
