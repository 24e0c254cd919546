namespace Arca.Core.Hashing;

/// <summary>A hash string that cannot be parsed, or an unknown algorithm name; messages are Nix's.</summary>
public sealed class BadHashException(string message) : ArcaException(message);
