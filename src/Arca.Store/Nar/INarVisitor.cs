namespace Arca.Store.Nar;

/// <summary>
/// Receives the file system objects of an archive in NAR order, whether they come from parsing a NAR
/// (<see cref="NarReader"/>) or from walking a tree (<see cref="NarWriter"/> mirroring what it writes).
/// Paths are relative to the archive root and use '/'; the root itself is "".
/// </summary>
public interface INarVisitor
{
    void CreateDirectory(string path);

    /// <summary>Begins a regular file; <see cref="WriteContents"/> follows until <paramref name="size"/> bytes, then <see cref="EndRegularFile"/>.</summary>
    void BeginRegularFile(string path, bool executable, long size);

    void WriteContents(ReadOnlySpan<byte> chunk);

    void EndRegularFile();

    void CreateSymlink(string path, string target);
}
