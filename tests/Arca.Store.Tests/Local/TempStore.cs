namespace Arca.Store.Tests.Local;

using Arca.Store;
using Arca.Store.Local;

/// <summary>A fresh store (store, state and log directories) under a temporary directory.</summary>
internal sealed class TempStore : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("arca-store-").FullName;

    public StoreLocations Locations => new(Path.Combine(Root, "store"), Path.Combine(Root, "state"), Path.Combine(Root, "log"));

    public LocalStore Open() => LocalStore.Open(Locations);

    public void Dispose() => Canonicaliser.DeleteTree(Root);
}
