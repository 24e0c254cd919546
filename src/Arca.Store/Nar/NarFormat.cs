namespace Arca.Store.Nar;

/// <summary>Constants of the Nix archive format: 8-byte little-endian lengths, strings padded with zeros to 8 bytes.</summary>
internal static class NarFormat
{
    public const string Magic = "nix-archive-1";

    /// <summary>Latest Nix refuses deeper nesting (reading and writing) to bound the recursion of its parser.</summary>
    public const int MaxDepth = 64;

    /// <summary>Tags are short; the bounds keep garbage from causing large allocations (as in Nix).</summary>
    public const int MaxTagLength = 32;
    public const int MaxNameLength = 255;
    public const int MaxTargetLength = 4095;

    public static int Padding(long length) => (int)((8 - (length & 7)) & 7);
}
