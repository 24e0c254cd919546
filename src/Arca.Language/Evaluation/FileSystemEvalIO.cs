namespace Arca.Language.Evaluation;

using Arca.Core.IO;
using Arca.Language.Values;

/// <summary>The real machine: files, directories and environment of this process (paths in the byte-string convention).</summary>
public sealed class FileSystemEvalIO : IEvalIO
{
    public long CurrentTime { get; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public byte[] ReadFile(string path) => File.ReadAllBytes(ByteString.ToText(path));

    public FileKind? GetKind(string path) => KindOf(ByteString.ToText(path));

    public IReadOnlyList<(string Name, FileKind Kind)> ReadDirectory(string path)
    {
        var result = new List<(string, FileKind)>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(ByteString.ToText(path)))
            result.Add((ByteString.FromText(Path.GetFileName(entry)), KindOf(entry) ?? FileKind.Unknown));
        return result;
    }

    /// <summary>
    /// The kind of the file at <paramref name="textPath"/> (ordinary text, not the byte convention), not following a
    /// final symlink; null when nothing is there. One lstat: .NET would call a FIFO, socket or device a regular file
    /// (and copying a FIFO would hang), where Nix says "unknown".
    /// </summary>
    public static FileKind? KindOf(string textPath) => FileStatus.TypeNoFollow(textPath) switch
    {
        0 => null,
        FileStatus.S_IFLNK => FileKind.Symlink,
        FileStatus.S_IFDIR => FileKind.Directory,
        FileStatus.S_IFREG => FileKind.Regular,
        _ => FileKind.Unknown,
    };

    public string ResolveSymlinks(string path)
    {
        var text = ByteString.ToText(path);
        var info = new FileInfo(text);
        if (info.LinkTarget is null) return path;
        var resolved = info.ResolveLinkTarget(returnFinalTarget: true);
        return resolved is null ? path : ByteString.FromText(resolved.FullName);
    }

    public string? GetEnvironmentVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(ByteString.ToText(name));
        return value is null ? null : ByteString.FromText(value);
    }
}
