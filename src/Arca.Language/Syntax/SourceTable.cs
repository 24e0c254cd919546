namespace Arca.Language.Syntax;

/// <summary>
/// Numbers every <see cref="Syntax.Source"/> a position refers to, so a <see cref="Pos"/> holds an integer instead of
/// a reference (Nix's PosTable does the same). Process-wide and append-only, like string interning: sources are
/// few (one per file or expression) and positions from any evaluation must print. Equal sources (the same origin
/// and text) share a number, so positions compare as they did when they held the source itself.
/// </summary>
internal static class SourceTable
{
    private static readonly object Gate = new();
    private static readonly Dictionary<Source, int> Ids = new();
    private static Source[] sources = new Source[64];
    private static int count;

    public static int IdOf(Source source)
    {
        int known = source.TableId;
        if (known != 0) return known;
        lock (Gate)
        {
            if (!Ids.TryGetValue(source, out int id))
            {
                if (count + 1 == sources.Length) Array.Resize(ref sources, sources.Length * 2);
                id = ++count;
                sources[id] = source;
                Ids.Add(source, id);
            }
            source.TableId = id;
            return id;
        }
    }

    public static Source? Get(int id)
    {
        if (id == 0) return null;
        // Readers see an array that holds every id handed out before this position was made.
        return Volatile.Read(ref sources)[id];
    }
}
