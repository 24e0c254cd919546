namespace Arca.Store;

/// <summary>Names this assembly for tests over the layering (ARCHITECTURE.md §2).</summary>
public static class LayerMarker;
