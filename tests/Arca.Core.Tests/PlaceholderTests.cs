namespace Arca.Core.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void TheLayerAssemblyLoads() => Assert.Equal("Arca.Core", typeof(Arca.Core.LayerMarker).Assembly.GetName().Name);
}
