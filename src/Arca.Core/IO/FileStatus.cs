namespace Arca.Core.IO;

using System.Runtime.InteropServices;

/// <summary>
/// <c>lstat</c> through <c>statx</c>, whose structure has one layout on every Linux architecture: the file type and
/// mode bits and the size, without following a symlink. .NET cannot tell a FIFO, socket or device from a regular
/// file, and opening a FIFO to read it would hang: the NAR writer, source copies and the evaluator's <c>readDir</c>
/// ask this first.
/// </summary>
public static partial class FileStatus
{
    public const uint S_IFMT = 0xF000;
    public const uint S_IFREG = 0x8000;
    public const uint S_IFDIR = 0x4000;
    public const uint S_IFLNK = 0xA000;
    public const uint S_IXUSR = 0x40;

    private const int AT_FDCWD = -100;
    private const int AT_SYMLINK_NOFOLLOW = 0x100;
    private const int EINTR = 4;
    private const int ENOENT = 2;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatxNative(int dirfd, string path, int flags, uint mask, Span<byte> buffer);

    /// <summary>The mode (type and permission bits) and size of <paramref name="path"/>, not following a final symlink.</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="IOException">Any other failure, with the system's message.</exception>
    public static FileStat StatNoFollow(string path)
    {
        const uint STATX_TYPE = 0x1, STATX_MODE = 0x2, STATX_SIZE = 0x200;
        Span<byte> buffer = stackalloc byte[256];
        while (StatxNative(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_MODE | STATX_SIZE, buffer) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == ENOENT) throw new FileNotFoundException($"getting status of '{path}': No such file or directory", path);
            throw new IOException($"getting status of '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        uint mode = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(buffer[28..]);
        long size = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(buffer[40..]);
        return new FileStat(mode, size);
    }

    /// <summary>The file type bits (<see cref="S_IFMT"/>) of <paramref name="path"/>, not following a final symlink; 0 if it cannot be examined.</summary>
    public static uint TypeNoFollow(string path)
    {
        if (!OperatingSystem.IsLinux()) return PortableType(path);
        try
        {
            return StatNoFollow(path).Mode & S_IFMT;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Where there is no <c>statx</c>, what .NET can tell: links, directories, and any other file as regular.</summary>
    private static uint PortableType(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return S_IFLNK;
        if (Directory.Exists(path)) return S_IFDIR;
        return info.Exists ? S_IFREG : 0;
    }
}

/// <summary>What <see cref="FileStatus.StatNoFollow"/> reports. A type of its own, not a value tuple: a tuple of two
/// primitives is a generic instantiation the precompiled image lacks, compiled at run time on first use.</summary>
public readonly record struct FileStat(uint Mode, long Size);
