namespace Arca.Store.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Where a derivation lives in the store: a text path named <c>NAME.drv</c> whose content is the ATerm and whose
/// references are the input sources and input derivations (Nix's <c>computeStorePath</c>/<c>writeDerivation</c>).
/// </summary>
public readonly record struct DerivationStorePath(StorePath Path, byte[] Contents, SortedSet<StorePath> References)
{
    public const string Extension = ".drv";

    public static DerivationStorePath Compute(Derivation drv, StoreDirectory store)
    {
        var contents = ATermWriter.Write(drv, store);
        var references = drv.References();
        var path = store.MakeTextPath(drv.Name + Extension, Hash.Compute(HashAlgorithm.Sha256, contents), references);
        return new DerivationStorePath(path, contents, references);
    }
}
