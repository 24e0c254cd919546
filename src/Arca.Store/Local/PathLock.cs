namespace Arca.Store.Local;

using Arca.Store.Native;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// An exclusive lock on a store path through <c>PATH.lock</c>, compatible with Nix's <c>PathLocks</c>: a BSD
/// <c>flock</c> on the file; the releaser unlinks the file and writes "d" into it, so a waiter that then gets the
/// lock on the unlinked file sees it is stale (non-empty) and retries on a fresh file.
/// </summary>
public sealed class PathLock : IDisposable
{
    private readonly string _lockPath;
    private SafeFileHandle? _handle;

    private PathLock(string lockPath, SafeFileHandle handle)
    {
        _lockPath = lockPath;
        _handle = handle;
    }

    /// <summary>Blocks until <paramref name="path"/> (a real path in the store directory) is locked for this process.</summary>
    public static PathLock Acquire(string path)
    {
        var lockPath = path + ".lock";
        while (true)
        {
            var handle = Posix.OpenLockFile(lockPath);
            try
            {
                Posix.Flock(handle, Posix.LOCK_EX);
                if (RandomAccess.GetLength(handle) != 0)
                {
                    // The previous holder deleted this file after we opened it: stale, start over.
                    handle.Dispose();
                    continue;
                }
                return new PathLock(lockPath, handle);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (_handle is null) return;
        try
        {
            File.Delete(_lockPath);
            RandomAccess.Write(_handle, "d"u8, 0);
        }
        catch (IOException)
        {
            // Removing the lock file is tidiness; the lock itself goes with the descriptor.
        }
        catch (UnauthorizedAccessException)
        {
        }
        _handle.Dispose();
        _handle = null;
    }
}
