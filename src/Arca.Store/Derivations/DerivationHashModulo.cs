namespace Arca.Store.Derivations;

using Arca.Core.Hashing;

/// <summary>
/// What a derivation contributes to the hash of a derivation that uses it (Nix's <c>DrvHashModulo</c>): for an
/// input-addressed derivation the SHA-256 of its ATerm with its own inputs replaced by their hashes; for a
/// fixed-output derivation one hash per output that depends only on the declared content (so changing how a file
/// is fetched does not change anything downstream); nothing yet for derivations whose outputs are not known.
/// </summary>
public abstract record DerivationHashModulo
{
    private protected DerivationHashModulo() { }

    /// <summary>
    /// An input-addressed derivation: one hash standing for the derivation. One is kept for every derivation of an
    /// evaluation, so it holds the digest alone; writers put it in the ATerm as base16 straight from the bytes.
    /// </summary>
    public sealed record DerivationHash(Hash Hash) : DerivationHashModulo;

    /// <summary>
    /// A fixed-output derivation: SHA-256 of <c>fixed:out:METHODALGO:HASH:PATH</c> for its one output (Nix allows a
    /// single fixed output, named <c>out</c>).
    /// </summary>
    public sealed record FixedOutputHashes(string OutputName, Hash Hash) : DerivationHashModulo
    {
        /// <summary>The hash of output <paramref name="outputName"/>, if the derivation has that output.</summary>
        public bool TryGetHash(string outputName, out Hash hash)
        {
            hash = Hash;
            return outputName == OutputName;
        }
    }

    /// <summary>Floating, impure or deferred derivations: the hash is known only after building the inputs.</summary>
    public sealed record Deferred : DerivationHashModulo
    {
        public static readonly Deferred Instance = new();
    }
}
