namespace Arca.Build.Logs;

using Arca.Build.Native;

/// <summary>
/// Build logs where Nix keeps them: <c>$NIX_LOG_DIR/drvs/XX/REST[.bz2]</c>, XX being the first two characters of
/// the .drv's base name. Both forms are read (Nix reads both too); <c>compress-build-log</c> picks the one written.
/// </summary>
public sealed class BuildLogStore(string logDir, bool compress)
{
    public const string DrvsDirectory = "drvs";

    public string LogDir { get; } = logDir;

    public string PathFor(string drvBaseName) =>
        Path.Combine(LogDir, DrvsDirectory, drvBaseName[..2], drvBaseName[2..]) + (compress ? ".bz2" : "");

    /// <summary>Opens the log of a build about to start, replacing any older log of the same derivation.</summary>
    public Stream Create(string drvBaseName)
    {
        var path = PathFor(drvBaseName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        return compress ? new Bzip2WriteStream(file) : file;
    }

    /// <summary>The log of a derivation, decompressed; null when there is none.</summary>
    public byte[]? Read(string drvBaseName)
    {
        var nested = Path.Combine(LogDir, DrvsDirectory, drvBaseName[..2], drvBaseName[2..]);
        var flat = Path.Combine(LogDir, DrvsDirectory, drvBaseName);
        foreach (var candidate in new[] { nested, flat })
        {
            if (File.Exists(candidate)) return File.ReadAllBytes(candidate);
            if (File.Exists(candidate + ".bz2")) return Bzip2.Decompress(File.ReadAllBytes(candidate + ".bz2"));
        }
        return null;
    }
}
