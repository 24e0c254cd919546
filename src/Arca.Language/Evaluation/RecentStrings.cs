namespace Arca.Language.Evaluation;

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Arca.Language.Values;

/// <summary>
/// The short context-free strings an evaluation made recently, so that making the same text again hands back the
/// same <see cref="NixString"/> instead of a new one. Evaluations make the same short strings over and over: a
/// package set computes each package's attribute name (<c>"pkg${toString i}"</c>, <c>"${pname}-${version}"</c>) in every
/// <c>callPackage</c>, <c>listToAttrs</c> entry and <c>args.${name}</c> that mentions it (measured on
/// bench/eval/packages.nix: 218 000 strings of ~7 bytes for 20 000 distinct names, 16 MB with their wrappers). Nix
/// itself allocates each of them too, but its collector may reclaim the copies; Arca's evaluation, like Nix's with
/// its initial heap, mostly runs without collecting, so every copy stays resident. Sharing is invisible to the
/// language: a string without context is only its bytes.
/// <para>
/// Direct-mapped and fixed in size, so it never grows with the evaluation and a lookup is one hash and one compare;
/// a collision replaces the older entry. One evaluation runs on one thread, so it needs no locking.
/// </para>
/// </summary>
internal sealed class RecentStrings
{
    /// <summary>The longest text shared; longer strings are rarely repeated and cost the hash more.</summary>
    public const int MaxLength = 32;

    private const int SlotBits = 14;

    private readonly NixString?[] slots = new NixString?[1 << SlotBits];

    /// <summary>
    /// The hash of each slot's text, beside the slots: a lookup reads the string (somewhere in a heap of hundreds of
    /// megabytes) only when the hashes agree (measured on bench/eval/packages.nix: a third of the lookups met another
    /// text in their slot, and the lookups took 3.3% of the evaluation's time without this, 1.3% with it).
    /// </summary>
    private readonly uint[] hashes = new uint[1 << SlotBits];

    /// <summary>A context-free string of <paramref name="text"/> (at most <see cref="MaxLength"/> chars): a recent one if it matches.</summary>
    public NixString Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return NixString.Empty;
        uint hash = Hash(text);
        int index = (int)(hash >>> (32 - SlotBits));
        if (hashes[index] == hash && slots[index] is { } recent && text.SequenceEqual(recent.Text)) return recent;
        hashes[index] = hash;
        return slots[index] = new NixString(new string(text));
    }

    /// <summary><paramref name="left"/> and <paramref name="right"/> joined, without context; shared when short.</summary>
    public NixString Concat(string left, string right)
    {
        long length = (long)left.Length + right.Length;
        if (length > MaxLength) return NixString.Of(string.Concat(left, right));
        Span<char> joined = stackalloc char[MaxLength];
        left.CopyTo(joined);
        right.CopyTo(joined[left.Length..]);
        return Get(joined[..(int)length]);
    }

    /// <summary>Fibonacci-mixed FNV over the chars (bytes, by the byte-string convention); the top bits pick the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint h = 2166136261;
        foreach (var c in MemoryMarshal.Cast<char, ushort>(text)) h = (h ^ c) * 16777619;
        return h * 2654435769u;
    }
}
