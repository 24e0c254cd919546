namespace Arca.Language.Evaluation;

using System.Runtime.CompilerServices;
using Arca.Language.Values;

/// <summary>
/// Runtime environment frames. A frame holds the values of one scope (function arguments, let/rec bindings, or the
/// set of a <c>with</c>) and a link to the enclosing frame; variables are resolved at compile time to (depth, slot).
/// A frame is one <c>object[]</c> (<see cref="Env"/> is a global alias for it): element 0 is the enclosing frame,
/// elements 1… are the slots. One allocation per frame instead of a frame object plus a slot array: evaluation
/// creates a frame for every function call, and the objects the garbage collector has to trace are what an
/// evaluation's time goes to (measured on bench/eval/packages.nix: a million frames, 30 MB less to allocate).
/// Only <see cref="Values.Value"/>s are stored in the slots, so reads reinterpret without a type check.
/// </summary>
public static class Frame
{
    /// <summary>The frame with no slots and no parent (top-level code, constants).</summary>
    public static readonly Env Empty = new object[1];

    /// <summary>A frame of <paramref name="size"/> empty slots under <paramref name="up"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Env New(Env? up, int size)
    {
        var frame = new object?[size + 1];
        frame[0] = up;
        return frame!;
    }

    /// <summary>A frame of one slot (a simple lambda's argument, a <c>with</c>'s set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Env Of(Env up, Value slot) => [up, slot];

    /// <summary>The enclosing frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Env Up(Env frame) => Unsafe.As<Env>(frame[0]);

    /// <summary>The value in a slot; null while a rec/let is still filling its frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Get(Env frame, int slot) => Unsafe.As<Value>(frame[slot + 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Env frame, int slot, Value value) => frame[slot + 1] = value;

    /// <summary>
    /// Puts a forced thunk's value in its place, so later reads skip the thunk and the thunk itself can be collected
    /// (Nix updates the thunk's value cell in place; here the cell is the slot). Only if the slot still holds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Resolve(Env frame, int slot, Thunk thunk, Value value)
    {
        ref var cell = ref frame[slot + 1];
        if (ReferenceEquals(cell, thunk)) cell = value;
    }
}
