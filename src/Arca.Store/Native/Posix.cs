namespace Arca.Store.Native;

using System.Runtime.InteropServices;

/// <summary>
/// The few POSIX calls .NET does not expose: blocking <c>flock</c> (Nix's lock files), <c>utimensat</c> without
/// following symlinks (canonical mtime 1 on links too), <c>lchown</c>-free <c>chmod</c> stays in .NET.
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
