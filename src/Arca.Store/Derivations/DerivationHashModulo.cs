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

    /// <summary>An input-addressed derivation: one hash standing for the derivation.</summary>
    public sealed record DerivationHash(Hash Hash) : DerivationHashModulo
    {
        /// <summary>The hash as it is written into the ATerm of every derivation using this one, rendered once.</summary>
        public string Base16 { get; } = Hash.ToBase16();
    }

    /// <summary>A fixed-output derivation: per output, SHA-256 of <c>fixed:out:METHODALGO:HASH:PATH</c>.</summary>
    public sealed record FixedOutputHashes(IReadOnlyDictionary<string, Hash> Hashes) : DerivationHashModulo
    {
        /// <summary>Each output's hash as it is written into the ATerm of derivations using it, rendered once.</summary>
        public IReadOnlyDictionary<string, string> Base16 { get; } = RenderBase16(Hashes);

        private static Dictionary<string, string> RenderBase16(IReadOnlyDictionary<string, Hash> hashes)
        {
            var rendered = new Dictionary<string, string>(hashes.Count, StringComparer.Ordinal);
            if (hashes is Dictionary<string, Hash> dictionary)
            {
                // The hasher's own dictionary: its struct enumerator, not a boxed one (one per fixed-output derivation).
                foreach (var (name, hash) in dictionary) rendered.Add(name, hash.ToBase16());
            }
            else
            {
                foreach (var (name, hash) in hashes) rendered.Add(name, hash.ToBase16());
            }
            return rendered;
        }
    }

    /// <summary>Floating, impure or deferred derivations: the hash is known only after building the inputs.</summary>
    public sealed record Deferred : DerivationHashModulo
    {
        public static readonly Deferred Instance = new();
    }
}
