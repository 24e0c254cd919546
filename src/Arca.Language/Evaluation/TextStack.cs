namespace Arca.Language.Evaluation;

using Arca.Language.Values;

/// <summary>
/// The texts of strings about to be joined (an interpolation's parts, a <c>concatStringsSep</c> list), kept on one
/// growable stack per evaluation instead of in each caller's frame. Forcing a part can recurse as deep as the
/// evaluation goes (a package's <c>outPath</c> interpolates its dependencies' hashes, down a chain of thousands of
/// packages), and a buffer in the frame would be held at every level of that recursion (measured on
/// bench/eval/packages.nix: the interpolation's frame was the largest of the chain, 304 bytes). Joining allocates only the
/// result. One evaluation runs on one thread, so the stack needs no locking; nested joins push above their callers'.
/// </summary>
internal sealed class TextStack
{
    private string[] items = new string[64];

    /// <summary>How many texts are on the stack: a join's mark, to pass back to <see cref="Join"/> or <see cref="Truncate"/>.</summary>
    public int Count { get; private set; }

    public void Push(string text)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[Count++] = text;
    }

    /// <summary>Joins the texts pushed since <paramref name="mark"/> with <paramref name="separator"/>, and pops them.</summary>
    public string Join(int mark, string separator = "")
    {
        var parts = new ReadOnlySpan<string>(items, mark, Count - mark);
        var joined = parts.Length == 1 ? parts[0] : separator.Length == 0 ? string.Concat(parts) : string.Join(separator, parts);
        Truncate(mark);
        return joined;
    }

    /// <summary>
    /// <see cref="Join"/> without a separator, as a string without context: a short result comes from
    /// <paramref name="recent"/>, so joining the same short text again allocates nothing.
    /// </summary>
    public NixString JoinString(int mark, RecentStrings recent)
    {
        long length = 0;
        for (int i = mark; i < Count; i++) length += items[i].Length;
        if (length > RecentStrings.MaxLength) return NixString.Of(Join(mark));
        Span<char> joined = stackalloc char[RecentStrings.MaxLength];
        int at = 0;
        for (int i = mark; i < Count; i++)
        {
            items[i].CopyTo(joined[at..]);
            at += items[i].Length;
        }
        Truncate(mark);
        return recent.Get(joined[..at]);
    }

    /// <summary>Pops everything above <paramref name="mark"/> (a join that failed), letting go of the texts.</summary>
    public void Truncate(int mark)
    {
        if (mark >= Count) return;
        Array.Clear(items, mark, Count - mark);
        Count = mark;
    }
}
