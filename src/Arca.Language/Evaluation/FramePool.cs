namespace Arca.Language.Evaluation;

/// <summary>
/// Frames to reuse for calls whose frame nothing keeps once they return (<see cref="Nodes.LambdaNode.FrameIsPrivate"/>).
/// Small helper functions such as <c>i: "pkg${toString i}"</c> or <c>d: d.outPath</c> are called hundreds of thousands
/// of times in a package set, and each call would otherwise leave a dead frame for the collector (measured on
/// bench/eval/packages.nix: ~440 000 frames, 17 MB). Calls nest, so each size keeps a small stack of free frames; a
/// frame is rented for a call and returned, emptied, when the call returns normally. One evaluation runs on one thread,
/// so the pool needs no locking.
/// </summary>
public sealed class FramePool
{
    /// <summary>Frames of up to this many slots are pooled (a plain <c>x: …</c> has one).</summary>
    private const int MaxSlots = 4;

    /// <summary>Free frames kept per size: enough for calls nested this deep; deeper ones allocate.</summary>
    private const int KeptPerSize = 64;

    /// <summary>
    /// A free frame. The frames sit in a struct array, not an array of arrays, because storing an array into an array
    /// of arrays costs a covariance check on every return.
    /// </summary>
    private struct Kept
    {
        public Env? Frame;
    }

    /// <summary>The free frames of each size, <see cref="KeptPerSize"/> places per size.</summary>
    private readonly Kept[] kept = new Kept[(MaxSlots + 1) * KeptPerSize];
    private readonly int[] counts = new int[MaxSlots + 1];

    /// <summary>A frame of <paramref name="size"/> empty slots under <paramref name="up"/>, reused when one is free.</summary>
    public Env Rent(Env up, int size)
    {
        if ((uint)size <= MaxSlots)
        {
            ref int count = ref counts[size];
            if (count > 0)
            {
                var frame = kept[size * KeptPerSize + --count].Frame!;
                frame[0] = up;
                return frame;
            }
        }
        return Frame.New(up, size);
    }

    /// <summary>Takes back a frame whose call has returned; its references are cleared so it keeps nothing alive.</summary>
    public void Return(Env frame)
    {
        int size = frame.Length - 1;
        if ((uint)size > MaxSlots) return;
        ref int count = ref counts[size];
        if (count == KeptPerSize) return;
        for (int i = 0; i < frame.Length; i++) frame[i] = null!;
        kept[size * KeptPerSize + count++].Frame = frame;
    }
}
