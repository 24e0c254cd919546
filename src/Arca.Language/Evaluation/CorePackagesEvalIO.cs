namespace Arca.Language.Evaluation;

using System.Reflection;

/// <summary>
/// The files Nix builds into every evaluation, under <c>/__corepkgs__/</c> (the path Nix 2.8 gives them):
/// <c>&lt;nix/fetchurl.nix&gt;</c> resolves there when no search path entry provides <c>nix/fetchurl.nix</c>.
/// Layered over the real <see cref="IEvalIO"/>, so importing and reading them works like any file; everything
/// else passes through.
/// </summary>
public sealed class CorePackagesEvalIO(IEvalIO inner) : IEvalIO
{
    public const string Directory = "/__corepkgs__";

    /// <summary>The core packages, by file name: embedded resources of this assembly.</summary>
    private static readonly string[] Files = ["fetchurl.nix"];

    /// <summary>The path of a core package named as <c>&lt;nix/NAME&gt;</c> looks it up, or null if there is none.</summary>
    public static string? Find(string nameAfterNixPrefix) =>
        Array.IndexOf(Files, nameAfterNixPrefix) >= 0 ? Directory + "/" + nameAfterNixPrefix : null;

    public long CurrentTime => inner.CurrentTime;

    public byte[] ReadFile(string path) => FileName(path) is { } name ? Read(name) : inner.ReadFile(path);

    public FileKind? GetKind(string path)
    {
        if (path == Directory) return FileKind.Directory;
        return FileName(path) is not null ? FileKind.Regular : inner.GetKind(path);
    }

    public IReadOnlyList<(string Name, FileKind Kind)> ReadDirectory(string path)
    {
        if (path != Directory) return inner.ReadDirectory(path);
        var entries = new List<(string, FileKind)>();
        foreach (var file in Files) entries.Add((file, FileKind.Regular));
        return entries;
    }

    public string ResolveSymlinks(string path) => FileName(path) is not null ? path : inner.ResolveSymlinks(path);

    public string? GetEnvironmentVariable(string name) => inner.GetEnvironmentVariable(name);

    private static string? FileName(string path)
    {
        if (!path.StartsWith(Directory + "/", StringComparison.Ordinal)) return null;
        var name = path[(Directory.Length + 1)..];
        return Array.IndexOf(Files, name) >= 0 ? name : null;
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("corepkgs/" + name)
                           ?? throw new InvalidOperationException($"core package '{name}' is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
