namespace Arca.Store.Nar;

using Arca.Core;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// Materialises an archive under a target path that must not exist yet (Nix's <c>restorePath</c>). Every object is
/// created new (never opened if present, never through a symlink), and paths come only from validated entry
/// names, so nothing is written outside the target, whatever the archive says.
/// </summary>
public sealed class NarRestorer(string targetPath) : INarVisitor, IDisposable
{
    private readonly string _root = Path.GetFullPath(targetPath);
    private SafeFileHandle? _file;
    private long _fileOffset;

    public static void Restore(Stream nar, string targetPath)
    {
        using var restorer = new NarRestorer(targetPath);
        NarReader.Parse(nar, restorer);
    }

    private string Resolve(string path) => path.Length == 0 ? _root : _root + "/" + path;

    private static void EnsureAbsent(string fullPath)
    {
        if (Path.Exists(fullPath) || new FileInfo(fullPath).LinkTarget is not null)
            throw new ArcaException($"creating '{fullPath}': File exists");
    }

    public void CreateDirectory(string path)
    {
        var full = Resolve(path);
        EnsureAbsent(full);
        Directory.CreateDirectory(full);
    }

    public void BeginRegularFile(string path, bool executable, long size)
    {
        var full = Resolve(path);
        // CreateNew is O_CREAT|O_EXCL: it fails on anything already there, including a dangling symlink.
        _file = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: size);
        _fileOffset = 0;
        if (executable)
            File.SetUnixFileMode(_file, File.GetUnixFileMode(_file) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    public void WriteContents(ReadOnlySpan<byte> chunk)
    {
        RandomAccess.Write(_file!, chunk, _fileOffset);
        _fileOffset += chunk.Length;
    }

    public void EndRegularFile()
    {
        _file?.Dispose();
        _file = null;
    }

    public void CreateSymlink(string path, string target)
    {
        var full = Resolve(path);
        EnsureAbsent(full);
        File.CreateSymbolicLink(full, target);
    }

    public void Dispose() => EndRegularFile();
}
