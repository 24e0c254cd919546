namespace Arca.Glue;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Language.Evaluation;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>
/// File trees on their way into the store: the content address of a tree without adding it (read-only mode), and
/// the filtered copy that <c>filterSource</c> and <c>path { filter = …; }</c> add instead of the original.
/// </summary>
internal static class SourceTree
{
    /// <summary>The content address the store would give <paramref name="path"/> (NAR or flat, any algorithm).</summary>
    public static ContentAddress ContentAddress(string path, ContentAddressMethod method, HashAlgorithm algorithm)
    {
        switch (method)
        {
            case ContentAddressMethod.NixArchive:
            {
                using var hasher = new Hasher(algorithm);
                new NarWriter(new HashingStream(hasher)).WritePath(path);
                return new ContentAddress(method, hasher.Finish());
            }
            default:
            {
                var info = new FileInfo(path);
                if (info.LinkTarget is not null || !info.Exists)
                    throw new ArcaException($"cannot add '{path}' with flat hashing: it is not a regular file");
                using var stream = File.OpenRead(path);
                return new ContentAddress(method, Hash.Compute(method == ContentAddressMethod.Text ? HashAlgorithm.Sha256 : algorithm, stream));
            }
        }
    }

    /// <summary>
    /// A fresh path in the temporary directory for a tree or file on its way into the store (<paramref name="purpose"/>
    /// names it, for whoever finds one left behind); nothing is created there.
    /// </summary>
    public static string TempPath(string purpose) =>
        Path.Combine(Path.GetTempPath(), $"arca-{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Copies the tree at <paramref name="root"/> to a temporary directory, keeping only the entries the filter accepts
    /// (called with each entry's original path and kind, never for the root; a rejected directory is skipped whole).
    /// </summary>
    public static string FilteredCopy(string root, Func<string, FileKind, bool> filter)
    {
        var temp = TempPath("filter");
        try
        {
            CopyEntry(root, temp, filter, isRoot: true);
            return temp;
        }
        catch
        {
            Delete(temp);
            throw;
        }
    }

    private static void CopyEntry(string source, string target, Func<string, FileKind, bool> filter, bool isRoot)
    {
        var kind = FileSystemEvalIO.KindOf(source) ?? FileKind.Unknown;
        if (!isRoot && !filter(source, kind)) return;
        switch (kind)
        {
            case FileKind.Symlink:
                File.CreateSymbolicLink(target, new FileInfo(source).LinkTarget!);
                break;
            case FileKind.Directory:
                System.IO.Directory.CreateDirectory(target);
                var entries = new List<string>();
                foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(source)) entries.Add(Path.GetFileName(entry));
                entries.Sort(StringComparer.Ordinal);
                foreach (var name in entries) CopyEntry(Path.Combine(source, name), Path.Combine(target, name), filter, isRoot: false);
                break;
            case FileKind.Regular:
                File.Copy(source, target);
                break;
            default:
                throw new ArcaException($"file '{source}' has an unsupported type");
        }
    }

    public static void Delete(string path)
    {
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null) return;
        foreach (var entry in new DirectoryInfo(path).Exists ? new DirectoryInfo(path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories) : [])
            if (entry.LinkTarget is null) entry.UnixFileMode |= UnixFileMode.UserWrite | UnixFileMode.UserRead | UnixFileMode.UserExecute;
        if (System.IO.Directory.Exists(path) && new FileInfo(path).LinkTarget is null) System.IO.Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }
}
