namespace Arca.Store.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void TheLayerAssemblyLoads() => Assert.Equal("Arca.Store", typeof(Arca.Store.LayerMarker).Assembly.GetName().Name);
}
