namespace Arca.Cli.Commands;

using Arca.Core;
using Arca.Store.Derivations;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// What the store commands ask of a .drv: its output paths (<c>nix-store -q --outputs</c>, <c>--use-output</c>) and an
/// environment binding (<c>--binding</c>).
/// </summary>
internal static class DerivationQueries
{
    /// <summary>Nix's <c>maybeUseOutputs</c> for a derivation: its output paths, sorted; floating outputs have none yet.</summary>
    public static SortedSet<StorePath> OutputPaths(LocalStore store, StorePath drvPath)
    {
        var drv = Read(store, drvPath);
        var paths = new SortedSet<StorePath>();
        foreach (var (name, output) in drv.Outputs)
        {
            var path = output.GetPath(store.Directory, drv.Name, name)
                ?? throw new ArcaException("Cannot use output path of floating content-addressing derivation until we know what it is (e.g. by building it)");
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>
    /// The value of environment variable <paramref name="name"/> in the derivation <paramref name="path"/> stands for:
    /// itself if it is a .drv, else the derivation that built it (Nix's <c>useDeriver</c>).
    /// </summary>
    public static string Binding(LocalStore store, StorePath path, string name)
    {
        var drvPath = path.IsDerivation
            ? path
            : store.RequirePathInfo(path).Deriver ?? throw new ArcaException($"deriver of path '{store.Print(path)}' is not known");
        return Read(store, drvPath).Environment.TryGetValue(name, out var value)
            ? value
            : throw new ArcaException($"derivation '{store.Print(drvPath)}' has no environment binding named '{name}'");
    }

    private static Derivation Read(LocalStore store, StorePath drvPath) => ATermParser.ParseFile(store.Print(drvPath), store.Directory);
}
