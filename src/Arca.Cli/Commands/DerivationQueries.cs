namespace Arca.Cli.Commands;

using Arca.Core;
using Arca.Store.Derivations;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>What the store commands ask of a .drv: its output paths (<c>nix-store -q --outputs</c>, <c>--use-output</c>).</summary>
internal static class DerivationQueries
{
    /// <summary>Nix's <c>maybeUseOutputs</c> for a derivation: its output paths, sorted; floating outputs have none yet.</summary>
    public static SortedSet<StorePath> OutputPaths(LocalStore store, StorePath drvPath)
    {
        var drv = ATermParser.ParseFile(store.Print(drvPath), store.Directory);
        var paths = new SortedSet<StorePath>();
        foreach (var (name, output) in drv.Outputs)
        {
            var path = output.GetPath(store.Directory, drv.Name, name)
                ?? throw new ArcaException("Cannot use output path of floating content-addressing derivation until we know what it is (e.g. by building it)");
            paths.Add(path);
        }
        return paths;
    }
}
