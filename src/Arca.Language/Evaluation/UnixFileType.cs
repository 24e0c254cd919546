namespace Arca.Language.Evaluation;

using System.Runtime.InteropServices;

/// <summary>
/// Whether a path that .NET reports as a plain file is one: .NET does not tell FIFOs, sockets and devices from
/// regular files, and Nix's <c>readDir</c> and <c>readFileType</c> call those "unknown". One <c>statx</c> asking only
/// for the file type (its layout is the same on every Linux architecture), without following a final symlink.
/// </summary>
internal static partial class UnixFileType
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int FormatMask = 0xF000, RegularFormat = 0x8000;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    /// <summary>False when the path is a FIFO, socket or device; true for a regular file, or when the system cannot say.</summary>
    public static unsafe bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        byte* buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return true;
        int mode = *(ushort*)(buffer + ModeOffset);
        return (mode & FormatMask) == RegularFormat;
    }
}
