namespace Arca.Store.Derivations;

using Arca.Store.Paths;

/// <summary>Loads an input derivation by its .drv path, for hashing derivations that depend on it.</summary>
public interface IDerivationResolver
{
    Derivation ReadDerivation(StorePath drvPath);
}

/// <summary>Reads .drv files from the store directory on disk.</summary>
public sealed class FileDerivationResolver(StoreDirectory store) : IDerivationResolver
{
    public Derivation ReadDerivation(StorePath drvPath) => ATermParser.ParseFile(store.Print(drvPath), store);
}
