namespace Arca.Store.Native;

using System.Runtime.InteropServices;

/// <summary>
/// The few POSIX calls .NET does not expose: blocking <c>flock</c> (Nix's lock files), <c>utimensat</c> without
/// following symlinks (canonical mtime 1 on links too), and a store file created exclusively, written, and given
/// its canonical mode and time through one descriptor; <c>chmod</c> stays in .NET.
/// </summary>
internal static partial class Posix
{
    public const int LOCK_SH = 1;
    public const int LOCK_EX = 2;
    public const int LOCK_NB = 4;
    public const int LOCK_UN = 8;

    private const int AT_FDCWD = -100;
    private const int AT_SYMLINK_NOFOLLOW = 0x100;
    private const int EINTR = 4;
    private const int EWOULDBLOCK = 11;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int O_RDWR = 2;
    private const int O_CREAT = 0x40;
    private const int O_CLOEXEC = 0x80000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags, int mode);

    /// <summary>
    /// Opens (creating) a lock file with a raw descriptor: .NET's own FileStream would apply its own flock, which
    /// would interfere with the locks Nix and Arca take on these files.
    /// </summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle OpenLockFile(string path)
    {
        int fd;
        do fd = OpenNative(path, O_RDWR | O_CREAT | O_CLOEXEC, Convert.ToInt32("600", 8));
        while (fd < 0 && Marshal.GetLastPInvokeError() == EINTR);
        if (fd < 0)
            throw new IOException($"opening lock file '{path}': {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        return new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
    }

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameNative(string from, string to);

    /// <summary>rename(2): atomic, for files, directories and symlinks alike (.NET's Move APIs pick one kind).</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new IOException($"renaming '{from}' to '{to}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }

    private const int O_RDONLY = 0;
    private const int O_NOFOLLOW = 0x20000;

    /// <summary>
    /// Opens a file for reading with one syscall (no fstat, fadvise or advisory lock as .NET adds), refusing a
    /// symlink in the last component, which would mean the file changed since it was examined.
    /// </summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle OpenForReading(string path)
    {
        int fd;
        do fd = OpenNative(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
        while (fd < 0 && Marshal.GetLastPInvokeError() == EINTR);
        if (fd < 0)
            throw new IOException($"opening file '{path}': {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        return new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
    }

    private const int O_WRONLY = 1;
    private const int O_EXCL = 0x80;
    private const int EEXIST = 17;

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteNative(int fd, ReadOnlySpan<byte> buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "fchmod", SetLastError = true)]
    private static partial int FchmodNative(int fd, uint mode);

    [LibraryImport("libc", EntryPoint = "futimens", SetLastError = true)]
    private static partial int FutimensNative(int fd, ReadOnlySpan<Timespec> times);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int CloseNative(int fd);

    /// <summary>
    /// Creates a regular file that must not exist yet (not even as a dangling symlink), writes
    /// <paramref name="contents"/> and gives it <paramref name="mode"/> and modification time
    /// <paramref name="seconds"/> through the open descriptor: a canonical store file in five system calls, with no
    /// path looked up again. Returns false, creating nothing, when something is already at the path.
    /// </summary>
    public static bool CreateFileExclusive(string path, ReadOnlySpan<byte> contents, uint mode, long seconds)
    {
        int fd;
        do fd = OpenNative(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, (int)mode);
        while (fd < 0 && Marshal.GetLastPInvokeError() == EINTR);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EEXIST) return false;
            throw new IOException($"creating file '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        try
        {
            while (contents.Length > 0)
            {
                nint written = WriteNative(fd, contents, (nuint)contents.Length);
                if (written < 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno == EINTR) continue;
                    throw new IOException($"writing to file '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
                }
                contents = contents[(int)written..];
            }
            // Explicitly, not through the creation mode, which the umask may have narrowed.
            if (FchmodNative(fd, mode) != 0)
                throw new IOException($"changing mode of '{path}': {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
            Span<Timespec> times = [new Timespec { Seconds = seconds }, new Timespec { Seconds = seconds }];
            if (FutimensNative(fd, times) != 0)
                throw new IOException($"changing modification time of '{path}': {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
        finally
        {
            CloseNative(fd);
        }
        return true;
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int FlockNative(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "utimensat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UtimensatNative(int dirfd, string path, ReadOnlySpan<Timespec> times, int flags);

    /// <summary>Takes or releases a BSD lock; returns false only when <c>LOCK_NB</c> was given and the lock is held elsewhere.</summary>
    public static bool Flock(SafeHandle handle, int operation)
    {
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            int fd = (int)handle.DangerousGetHandle();
            while (true)
            {
                if (FlockNative(fd, operation) == 0) return true;
                int errno = Marshal.GetLastPInvokeError();
                if (errno == EINTR) continue;
                if (errno == EWOULDBLOCK && (operation & LOCK_NB) != 0) return false;
                throw new IOException($"cannot lock file: {Marshal.GetPInvokeErrorMessage(errno)}");
            }
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    /// <summary>Sets access and modification time of <paramref name="path"/> itself (a symlink is not followed).</summary>
    public static void SetTimesNoFollow(string path, long seconds)
    {
        Span<Timespec> times = [new Timespec { Seconds = seconds }, new Timespec { Seconds = seconds }];
        if (UtimensatNative(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new IOException($"changing modification time of '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }
}
