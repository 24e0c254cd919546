namespace Arca.Language.Values;

using Arca.Language.Syntax;

/// <summary>
/// The layouts of recent <c>//</c> results, so that a merge met again shares its names and positions instead of
/// building them anew. Package sets repeat the same few merges once per package (a derivation's attributes
/// <c>// passthru</c>, then <c>// { override = …; }</c>): the two operands' name arrays are the same objects each time,
/// because sets written in the source share theirs, and so are the merged ones this cache hands out. A hit costs one
/// value array; a miss costs what the merge always cost.
/// <para>
/// Direct-mapped and keyed by the identity of the four arrays (names and positions of both operands), so a lookup
/// never compares strings. A layout is built on the second sighting of its operands, which keeps one-off merges
/// (overlays over a whole package set) from paying for a plan. One per evaluation: single-threaded.
/// </para>
/// </summary>
public sealed class AttrsMergeLayouts
{
    private const int SlotCount = 256;

    /// <summary>Merges larger than this are rare and their plans big: they are not remembered.</summary>
    public const int MaxRemembered = 128;

    private readonly Slot[] slots = new Slot[SlotCount];

    /// <summary>A merged layout: the names and positions of the result, and where each of its values comes from.</summary>
    /// <param name="Plan">For each attribute of the result, its index in the left operand, or the complement (<c>~j</c>) of its index in the right one.</param>
    public sealed record Layout(string[] Names, Pos[]? Positions, int[] Plan);

    private struct Slot
    {
        public string[]? LeftNames, RightNames;
        public Pos[]? LeftPositions, RightPositions;
        public Layout? Layout;
    }

    /// <summary>The remembered layout of merging these operands, if any; otherwise whether the merge should record one.</summary>
    internal Layout? Find(string[] leftNames, Pos[]? leftPositions, string[] rightNames, Pos[]? rightPositions, out bool remember)
    {
        ref var slot = ref slots[SlotIndex(leftNames, rightNames)];
        bool same = ReferenceEquals(slot.LeftNames, leftNames) && ReferenceEquals(slot.RightNames, rightNames)
            && ReferenceEquals(slot.LeftPositions, leftPositions) && ReferenceEquals(slot.RightPositions, rightPositions);
        if (same && slot.Layout is { } layout)
        {
            remember = false;
            return layout;
        }
        // Seen once before: the merge builds a plan this time. Otherwise note the operands for next time.
        remember = same;
        if (!same)
        {
            slot.LeftNames = leftNames; slot.RightNames = rightNames;
            slot.LeftPositions = leftPositions; slot.RightPositions = rightPositions;
            slot.Layout = null;
        }
        return null;
    }

    internal void Remember(string[] leftNames, string[] rightNames, Layout layout) =>
        slots[SlotIndex(leftNames, rightNames)].Layout = layout;

    private static int SlotIndex(string[] leftNames, string[] rightNames) =>
        (int)((uint)(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(leftNames) * 31
            + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rightNames)) % SlotCount);
}
