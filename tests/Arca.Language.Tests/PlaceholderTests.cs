namespace Arca.Language.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void TheLayerAssemblyLoads() => Assert.Equal("Arca.Language", typeof(Arca.Language.LayerMarker).Assembly.GetName().Name);
}
