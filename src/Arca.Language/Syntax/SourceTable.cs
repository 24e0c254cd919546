namespace Arca.Language.Syntax;

/// <summary>
/// Gives every <see cref="Syntax.Source"/> a position refers to a range of one process-wide offset space, so that a
/// <see cref="Pos"/> is a single integer: the source's base plus the byte offset in its text (Nix's PosTable does the
/// same). Line and column are worked out from the offset only when asked for (an error message, <c>__curPos</c>,
/// <c>unsafeGetAttrPos</c>), which is rare next to how many positions an evaluation keeps: one per attribute of every
/// set. Process-wide and append-only, like string interning: sources are few (one per file or expression) and
/// positions from any evaluation must print. Equal sources (the same origin and text) share a range, so positions
/// compare as they did when they held the source itself.
/// <para>
/// A position that is not an offset in its source's text (a line or column past the text, as a test may build, or a
/// source whose range would not fit in the offset space) is kept in a side table instead and encoded as a negative
/// number.
/// </para>
/// </summary>
internal static class SourceTable
{
    private static readonly object Gate = new();
    private static readonly Dictionary<Source, int> Ids = new();

    /// <summary>Registered sources by number, from 1; and the first encoded offset of each one's range (0: none).</summary>
    private static Entry[] entries = new Entry[64];
    private static int count;
    private static int nextBase = 1;

    /// <summary>Made on first use: only positions built by hand need it, and its generic type would be compiled at start-up.</summary>
    private static Dictionary<(int Source, int Line, int Column), int>? unusualIds;
    private static (int Source, int Line, int Column)[] unusual = new (int, int, int)[16];
    private static int unusualCount;

    private sealed class Entry(Source source, int rangeBase)
    {
        public readonly Source Source = source;
        public readonly int Base = rangeBase;

        /// <summary>Offsets at which lines start (lines end at LF, CR LF or a lone CR, as Nix counts them); made when first needed.</summary>
        private int[]? lineStarts;

        public int[] LineStarts => lineStarts ??= ComputeLineStarts(Source.Text);
    }

    /// <summary>The encoded position of byte <paramref name="offset"/> of <paramref name="source"/> (0 ≤ offset ≤ its length).</summary>
    public static int Encode(Source source, int offset)
    {
        var entry = EntryOf(source, out int id);
        if (entry.Base != 0) return entry.Base + offset;
        var (line, column) = Locate(entry.LineStarts, offset);
        return EncodeUnusual(id, line, column);
    }

    /// <summary>The encoded position of <paramref name="line"/> and <paramref name="column"/> (1-based) in <paramref name="source"/>.</summary>
    public static int Encode(Source? source, int line, int column)
    {
        if (source is null) return line == 0 && column == 0 ? 0 : EncodeUnusual(0, line, column);
        var entry = EntryOf(source, out int id);
        if (entry.Base != 0 && line >= 1 && column >= 1)
        {
            var starts = entry.LineStarts;
            if (line <= starts.Length)
            {
                long offset = (long)starts[line - 1] + column - 1;
                // Only an offset inside that line (or at its end) decodes back to the same line and column.
                long lineEnd = line < starts.Length ? starts[line] - 1 : source.Text.Length;
                if (offset <= lineEnd) return entry.Base + (int)offset;
            }
        }
        return EncodeUnusual(id, line, column);
    }

    /// <summary>Source, line and column of an encoded position; (null, 0, 0) for 0.</summary>
    public static (Source? Source, int Line, int Column) Decode(int encoded)
    {
        if (encoded == 0) return (null, 0, 0);
        if (encoded < 0)
        {
            var (sourceId, line, column) = Volatile.Read(ref unusual)[-encoded - 1];
            return (sourceId == 0 ? null : Volatile.Read(ref entries)[sourceId].Source, line, column);
        }
        var entry = FindRange(encoded);
        var (l, c) = Locate(entry.LineStarts, encoded - entry.Base);
        return (entry.Source, l, c);
    }

    /// <summary>The source of an encoded position, without working out its line.</summary>
    public static Source? SourceOf(int encoded)
    {
        if (encoded == 0) return null;
        if (encoded < 0)
        {
            int sourceId = Volatile.Read(ref unusual)[-encoded - 1].Source;
            return sourceId == 0 ? null : Volatile.Read(ref entries)[sourceId].Source;
        }
        return FindRange(encoded).Source;
    }

    private static Entry EntryOf(Source source, out int id)
    {
        id = source.TableId;
        if (id != 0) return Volatile.Read(ref entries)[id];
        lock (Gate)
        {
            if (!Ids.TryGetValue(source, out id))
            {
                if (count + 1 == entries.Length) Array.Resize(ref entries, entries.Length * 2);
                id = ++count;
                // One offset past the end too: a position at the end of the text (an unexpected end of file).
                long rangeEnd = (long)nextBase + source.Text.Length + 1;
                int rangeBase = rangeEnd < int.MaxValue ? nextBase : 0;
                // Once the space is used up no later source gets a range, so the ranges stay in the order of the numbers.
                nextBase = rangeBase != 0 ? (int)rangeEnd : int.MaxValue;
                Volatile.Write(ref entries[id], new Entry(source, rangeBase));
                Ids.Add(source, id);
            }
            source.TableId = id;
            return entries[id];
        }
    }

    private static int EncodeUnusual(int sourceId, int line, int column)
    {
        lock (Gate)
        {
            var key = (sourceId, line, column);
            unusualIds ??= new();
            if (!unusualIds.TryGetValue(key, out int index))
            {
                if (unusualCount == unusual.Length)
                {
                    var grown = new (int, int, int)[unusual.Length * 2];
                    unusual.CopyTo(grown, 0);
                    Volatile.Write(ref unusual, grown);
                }
                index = unusualCount++;
                unusual[index] = key;
                unusualIds.Add(key, index);
            }
            return -index - 1;
        }
    }

    /// <summary>The registered source whose range holds <paramref name="encoded"/> (ranges ascend with the numbers).</summary>
    private static Entry FindRange(int encoded)
    {
        var all = Volatile.Read(ref entries);
        int lo = 1, hi = Math.Min(Volatile.Read(ref count), all.Length - 1);
        Entry? found = null;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var e = all[mid];
            if (e is null) { hi = mid - 1; continue; }
            if (e.Base == 0 || e.Base > encoded)
            {
                // Sources without a range come only after the offset space ran out, so they are all at the end.
                hi = mid - 1;
                continue;
            }
            found = e;
            lo = mid + 1;
        }
        return found ?? throw new InvalidOperationException($"position {encoded} belongs to no source");
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '\n') starts.Add(k + 1);
            else if (c == '\r' && !(k + 1 < text.Length && text[k + 1] == '\n')) starts.Add(k + 1);
        }
        return starts.ToArray();
    }

    private static (int Line, int Column) Locate(int[] lineStarts, int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }
}
