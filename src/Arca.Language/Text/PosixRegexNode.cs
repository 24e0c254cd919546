namespace Arca.Language.Text;

/// <summary>
/// The parsed form of a POSIX extended regular expression, shaped after libstdc++'s std::regex compiler so that
/// both the .NET translation and the reference executor can be derived from it.
/// </summary>
internal abstract class PosixRegexNode
{
    /// <summary>Can this node match the empty string?</summary>
    public abstract bool Nullable { get; }

    /// <summary>
    /// How many automaton states libstdc++ copies when it clones this node for a counted repeat; this is how
    /// its state limit (and so Nix's "memory limit exceeded" error) is reproduced.
    /// </summary>
    public int Reach { get; init; }
}

/// <summary>Matches one byte from a set (ordinary characters, bracket expressions and '.').</summary>
internal sealed class PosixByteSetNode(bool[] bytes) : PosixRegexNode
{
    /// <summary>Indexed by byte value; true where the byte matches.</summary>
    public bool[] Bytes { get; } = bytes;

    public override bool Nullable => false;
}

/// <summary>'^' (only at the very start of the input) or '$' (only at its end).</summary>
internal sealed class PosixAnchorNode(bool atStart) : PosixRegexNode
{
    public bool AtStart { get; } = atStart;

    public override bool Nullable => true;
}

/// <summary>A capturing parenthesised subexpression; groups are numbered from 1 by their opening parenthesis.</summary>
internal sealed class PosixGroupNode(int index, PosixRegexNode inner) : PosixRegexNode
{
    public int Index { get; } = index;
    public PosixRegexNode Inner { get; } = inner;

    public override bool Nullable => Inner.Nullable;
}

internal sealed class PosixConcatNode(PosixRegexNode[] items) : PosixRegexNode
{
    public PosixRegexNode[] Items { get; } = items;

    public override bool Nullable
    {
        get
        {
            foreach (var item in Items)
                if (!item.Nullable)
                    return false;
            return true;
        }
    }
}

/// <summary>Alternatives, tried left to right; libstdc++ explores all of them and keeps the longest match.</summary>
internal sealed class PosixAlternationNode(PosixRegexNode[] branches) : PosixRegexNode
{
    public PosixRegexNode[] Branches { get; } = branches;

    public override bool Nullable
    {
        get
        {
            foreach (var branch in Branches)
                if (branch.Nullable)
                    return true;
            return false;
        }
    }
}

internal enum PosixQuantifier
{
    /// <summary>'*'</summary>
    Star,
    /// <summary>'+'</summary>
    Plus,
    /// <summary>'?'</summary>
    Optional,
    /// <summary>'{min}', '{min,}' or '{min,max}'</summary>
    Counted,
}

/// <summary>A greedy quantifier (POSIX ERE has no lazy ones; "a*?" is "(a*)?").</summary>
internal sealed class PosixRepeatNode(PosixRegexNode inner, PosixQuantifier kind, long min, long max) : PosixRegexNode
{
    public PosixRegexNode Inner { get; } = inner;
    public PosixQuantifier Kind { get; } = kind;
    public long Min { get; } = min;

    /// <summary>-1 for no upper bound.</summary>
    public long Max { get; } = max;

    public override bool Nullable => Min == 0 || Inner.Nullable;
}
