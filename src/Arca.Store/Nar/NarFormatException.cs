namespace Arca.Store.Nar;

using Arca.Core;

/// <summary>A malformed Nix archive; messages follow Nix's (<c>bad archive: …</c>).</summary>
public sealed class NarFormatException(string message) : ArcaException(message);
