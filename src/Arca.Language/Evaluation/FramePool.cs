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

    private readonly Env[][] free = new Env[MaxSlots + 1][];
    private readonly int[] counts = new int[MaxSlots + 1];

    public FramePool()
    {
        for (int size = 0; size <= MaxSlots; size++) free[size] = new Env[KeptPerSize];
    }

    /// <summary>A frame of <paramref name="size"/> empty slots under <paramref name="up"/>, reused when one is free.</summary>
    public Env Rent(Env up, int size)
    {
        if (size > MaxSlots || counts[size] == 0) return Frame.New(up, size);
        var frame = free[size][--counts[size]];
        frame[0] = up;
        return frame;
    }

    /// <summary>Takes back a frame whose call has returned; its references are cleared so it keeps nothing alive.</summary>
    public void Return(Env frame)
    {
        int size = frame.Length - 1;
        if (size > MaxSlots || counts[size] == KeptPerSize) return;
        Array.Clear(frame);
        free[size][counts[size]++] = frame;
    }
}
