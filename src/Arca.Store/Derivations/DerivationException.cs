namespace Arca.Store.Derivations;

using Arca.Core;

/// <summary>A derivation that breaks Nix's rules (mixed output kinds, a wrong output path, …); messages are Nix's.</summary>
public class DerivationException(string message) : ArcaException(message);

/// <summary>A .drv file that is not a well-formed ATerm derivation; <see cref="Offset"/> is the byte where reading stopped.</summary>
public sealed class DerivationFormatException(string message, int offset)
    : DerivationException($"{message} at byte {offset}")
{
    public int Offset { get; } = offset;
}
