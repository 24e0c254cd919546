namespace Arca.Store.Local;

using Arca.Store.Native;

/// <summary>
/// Nix's <c>canonicalisePathMetaData</c> for a tree about to become a store path: every file read-only (0444, or 0555
/// when its owner could execute it), directories 0555, no setuid/setgid/sticky bits, and modification time 1
/// (the epoch plus one second) on everything including symlinks, so the tree's metadata carries no information
/// beyond its NAR. Directories are finished after their contents, so their times stay 1.
/// </summary>
public static class Canonicaliser
{
    public const long CanonicalMtime = 1;

    /// <summary>0444, the mode of a canonical non-executable file.</summary>
    public const uint ReadOnlyFileMode = 0x124;

    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static void Canonicalise(string path)
    {
        var attributes = File.GetAttributes(path);
        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            Posix.SetTimesNoFollow(path, CanonicalMtime);
            return;
        }
        if ((attributes & FileAttributes.Directory) != 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path)) Canonicalise(entry);
            File.SetUnixFileMode(path, ReadOnly | Executable);
        }
        else
        {
            var mode = File.GetUnixFileMode(path);
            var wanted = (mode & UnixFileMode.UserExecute) != 0 ? ReadOnly | Executable : ReadOnly;
            if (mode != wanted) File.SetUnixFileMode(path, wanted);
        }
        Posix.SetTimesNoFollow(path, CanonicalMtime);
    }

    /// <summary>Removes a tree that may be read-only (as store paths are), without following symlinks.</summary>
    public static void DeleteTree(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            if (new FileInfo(path).LinkTarget is not null) File.Delete(path);
            return;
        }
        if ((attributes & FileAttributes.ReparsePoint) == 0 && (attributes & FileAttributes.Directory) != 0)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var entry in Directory.EnumerateFileSystemEntries(path)) DeleteTree(entry);
            Directory.Delete(path);
        }
        else
        {
            File.Delete(path);
        }
    }
}
