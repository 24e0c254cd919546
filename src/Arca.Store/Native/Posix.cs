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
