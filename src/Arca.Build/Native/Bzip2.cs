namespace Arca.Build.Native;

using System.Runtime.InteropServices;

/// <summary>
/// The system's libbz2 (present wherever Nix is, and on Debian by default): Nix stores build logs as
/// <c>.bz2</c>, and <c>nix-store -l</c> must read the logs Nix wrote.
/// </summary>
internal static unsafe partial class Bzip2
{
    public const int BZ_RUN = 0;
    public const int BZ_FINISH = 2;
    public const int BZ_OK = 0;
    public const int BZ_RUN_OK = 1;
    public const int BZ_FINISH_OK = 3;
    public const int BZ_STREAM_END = 4;

    private const string Library = "libbz2.so.1.0";

    [StructLayout(LayoutKind.Sequential)]
    public struct BzStream
    {
        public byte* NextIn;
        public uint AvailIn;
        public uint TotalInLo32;
        public uint TotalInHi32;
        public byte* NextOut;
        public uint AvailOut;
        public uint TotalOutLo32;
        public uint TotalOutHi32;
        public void* State;
        public void* Alloc;
        public void* Free;
        public void* Opaque;
    }

    [LibraryImport(Library)]
    public static partial int BZ2_bzCompressInit(BzStream* stream, int blockSize100k, int verbosity, int workFactor);

    [LibraryImport(Library)]
    public static partial int BZ2_bzCompress(BzStream* stream, int action);

    [LibraryImport(Library)]
    public static partial int BZ2_bzCompressEnd(BzStream* stream);

    [LibraryImport(Library)]
    public static partial int BZ2_bzDecompressInit(BzStream* stream, int verbosity, int small);

    [LibraryImport(Library)]
    public static partial int BZ2_bzDecompress(BzStream* stream);

    [LibraryImport(Library)]
    public static partial int BZ2_bzDecompressEnd(BzStream* stream);

    public static byte[] Decompress(ReadOnlySpan<byte> compressed)
    {
        var output = new MemoryStream();
        var buffer = new byte[256 * 1024];
        var stream = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        try
        {
            fixed (byte* input = compressed)
            {
                stream->NextIn = input;
                stream->AvailIn = (uint)compressed.Length;
                while (true)
                {
                    // Concatenated streams (as pbzip2 writes) decode one after another.
                    if (BZ2_bzDecompressInit(stream, 0, 0) != BZ_OK) throw new IOException("cannot initialise bzip2 decompression");
                    int rc;
                    do
                    {
                        fixed (byte* outBuffer = buffer)
                        {
                            stream->NextOut = outBuffer;
                            stream->AvailOut = (uint)buffer.Length;
                            rc = BZ2_bzDecompress(stream);
                            output.Write(buffer, 0, buffer.Length - (int)stream->AvailOut);
                        }
                        if (rc != BZ_OK && rc != BZ_STREAM_END) throw new IOException($"bzip2 data is corrupt (error {rc})");
                        if (rc == BZ_OK && stream->AvailIn == 0 && stream->AvailOut != 0) throw new IOException("bzip2 data is truncated");
                    }
                    while (rc != BZ_STREAM_END);
                    BZ2_bzDecompressEnd(stream);
                    if (stream->AvailIn == 0) break;
                }
            }
        }
        finally
        {
            NativeMemory.Free(stream);
        }
        return output.ToArray();
    }
}
