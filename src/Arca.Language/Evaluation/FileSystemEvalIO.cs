namespace Arca.Language.Evaluation;

using Arca.Core.IO;
using Arca.Language.Values;

/// <summary>The real machine: files, directories and environment of this process (paths in the byte-string convention).</summary>
public sealed class FileSystemEvalIO : IEvalIO
{
    public long CurrentTime { get; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public byte[] ReadFile(string path) => File.ReadAllBytes(ByteString.ToText(path));

    public FileKind? GetKind(string path)
    {
        var info = new FileInfo(ByteString.ToText(path));
        if (!info.Exists && !Directory.Exists(info.FullName) && info.LinkTarget is null) return null;
        return KindOf(info);
    }

    public IReadOnlyList<(string Name, FileKind Kind)> ReadDirectory(string path)
    {
        var result = new List<(string, FileKind)>();
        foreach (var entry in new DirectoryInfo(ByteString.ToText(path)).EnumerateFileSystemInfos())
            result.Add((ByteString.FromText(entry.Name), KindOf(entry)));
        return result;
    }

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

    private static FileKind KindOf(FileSystemInfo info)
    {
        if (info.LinkTarget is not null) return FileKind.Symlink;
        if ((info.Attributes & FileAttributes.Directory) != 0) return FileKind.Directory;
        // .NET reports FIFOs, sockets and devices as plain files; Nix calls them "unknown".
        return FileStatus.TypeNoFollow(info.FullName) is FileStatus.S_IFREG or 0 ? FileKind.Regular : FileKind.Unknown;
    }
}
