namespace Arca.Store.Paths;

using Arca.Core;

/// <summary>A string that is not a store path, or a store path name Nix would reject; messages are Nix's.</summary>
public sealed class BadStorePathException(string message) : ArcaException(message);
