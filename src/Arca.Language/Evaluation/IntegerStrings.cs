namespace Arca.Language.Evaluation;

using System.Globalization;
using Arca.Language.Values;

/// <summary>
/// The strings of small non-negative integers, made once per evaluation: <c>toString i</c> runs for every version,
/// index and generated name (<c>"pkg${toString i}"</c>), mostly on the same few thousand numbers, and each call
/// would otherwise make a string and its wrapper that die at once. Chunks are made on first use, so an evaluation
/// that never converts an integer pays nothing.
/// </summary>
public sealed class IntegerStrings
{
    private const int ChunkBits = 8;
    private const int ChunkSize = 1 << ChunkBits;

    /// <summary>Integers below this are remembered (64 K strings at most; larger ones are rare and varied).</summary>
    public const int Limit = 1 << 16;

    private readonly NixString?[]?[] chunks = new NixString?[Limit >> ChunkBits][];

    public NixString Of(long value)
    {
        if ((ulong)value >= Limit) return NixString.Of(value.ToString(CultureInfo.InvariantCulture));
        var chunk = chunks[value >> ChunkBits] ??= new NixString?[ChunkSize];
        return chunk[value & (ChunkSize - 1)] ??= NixString.Of(value.ToString(CultureInfo.InvariantCulture));
    }
}
