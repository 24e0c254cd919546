namespace Arca.Language.Evaluation;

/// <summary>The kinds of file <c>readDir</c> and <c>readFileType</c> report.</summary>
public enum FileKind { Regular, Directory, Symlink, Unknown }

/// <summary>
/// Everything the evaluator reads from outside: files, directories, the environment, the clock. The language layer
/// touches the machine only through this, so tests and restricted/pure evaluation can substitute their own.
/// All paths and strings follow the byte-string convention of <see cref="Values.NixString"/>.
/// </summary>
public interface IEvalIO
{
    byte[] ReadFile(string path);

    /// <summary>The kind of the file at <paramref name="path"/> without following a final symlink, or null if absent.</summary>
    FileKind? GetKind(string path);

    /// <summary>Entries of a directory (names only, no <c>.</c>/<c>..</c>), with their kinds.</summary>
    IReadOnlyList<(string Name, FileKind Kind)> ReadDirectory(string path);

    /// <summary>The path with every symlink resolved (for <c>import</c> of a symlink), or the path itself if it has none.</summary>
    string ResolveSymlinks(string path);

    string? GetEnvironmentVariable(string name);

    /// <summary>Seconds since the epoch, read once per evaluation (<c>builtins.currentTime</c>).</summary>
    long CurrentTime { get; }
}
