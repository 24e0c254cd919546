namespace Arca.Store.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// One output of a derivation, in the five forms latest Nix knows. Which forms a derivation mixes decides its
/// <see cref="DerivationKind"/>; the ATerm columns each form writes are in <see cref="ATermWriter"/>.
/// </summary>
public abstract record DerivationOutput
{
    private protected DerivationOutput() { }

    /// <summary>The output path, when it is known before building (input-addressed and fixed-output).</summary>
    public abstract StorePath? GetPath(StoreDirectory store, string derivationName, string outputName);

    /// <summary>An output whose path is a hash of the derivation (the classic case): <c>("out","/nix/store/…","","")</c>.</summary>
    public sealed record InputAddressed(StorePath Path) : DerivationOutput
    {
        public override StorePath? GetPath(StoreDirectory store, string derivationName, string outputName) => Path;
    }

    /// <summary>
    /// A fixed-output derivation's output: its content hash is declared in advance, so its path follows from the
    /// content address alone: <c>("out","/nix/store/…","r:sha256","base16")</c>.
    /// </summary>
    public sealed record ContentAddressedFixed(ContentAddress Address) : DerivationOutput
    {
        /// <summary>
        /// The path last computed, with what it was computed from: <c>derivationStrict</c> needs it four times (the
        /// environment, the ATerm, the hash modulo, the database), and each computation is two SHA-256 and a string.
        /// One immutable object, so a reader on another thread sees all of it or none.
        /// </summary>
        private ComputedPath? computed;

        private sealed record ComputedPath(StoreDirectory Store, string DerivationName, string OutputName, StorePath Path);

        /// <summary>A copy (<c>with</c>) starts without a remembered path: it may have another address.</summary>
        private ContentAddressedFixed(ContentAddressedFixed original) : base(original) => Address = original.Address;

        public override StorePath? GetPath(StoreDirectory store, string derivationName, string outputName) =>
            ComputePath(store, derivationName, outputName);

        /// <summary>Nix's <c>CAFixed::path</c>: the content-addressed path without references.</summary>
        public StorePath ComputePath(StoreDirectory store, string derivationName, string outputName)
        {
            if (computed is { } known && ReferenceEquals(known.Store, store) &&
                string.Equals(known.DerivationName, derivationName, StringComparison.Ordinal) &&
                string.Equals(known.OutputName, outputName, StringComparison.Ordinal))
                return known.Path;
            var path = store.MakeFixedOutputPath(OutputPathName(derivationName, outputName), Address);
            computed = new ComputedPath(store, derivationName, outputName, path);
            return path;
        }

        /// <summary>Equal when the content addresses are: the remembered path is not part of the output's value.</summary>
        public bool Equals(ContentAddressedFixed? other) => other is not null && Address == other.Address;

        public override int GetHashCode() => Address.GetHashCode();
    }

    /// <summary>A content-addressed output whose hash is known only after the build (ca-derivations): <c>("out","","r:sha256","")</c>.</summary>
    public sealed record ContentAddressedFloating(ContentAddressMethod Method, HashAlgorithm Algorithm) : DerivationOutput
    {
        public override StorePath? GetPath(StoreDirectory store, string derivationName, string outputName) => null;
    }

    /// <summary>
    /// An input-addressed output whose path cannot be computed yet (it depends on a floating CA input, or the
    /// derivation is being built): <c>("out","","","")</c>. Also the masked form used when hashing a derivation.
    /// </summary>
    public sealed record Deferred : DerivationOutput
    {
        public static readonly Deferred Instance = new();

        public override StorePath? GetPath(StoreDirectory store, string derivationName, string outputName) => null;
    }

    /// <summary>An impure derivation's output (impure-derivations): <c>("out","","r:sha256","impure")</c>.</summary>
    public sealed record Impure(ContentAddressMethod Method, HashAlgorithm Algorithm) : DerivationOutput
    {
        public override StorePath? GetPath(StoreDirectory store, string derivationName, string outputName) => null;
    }

    /// <summary>Nix's <c>outputPathName</c>: the name of an output's store path, <c>NAME</c> for <c>out</c>, else <c>NAME-OUTPUT</c>.</summary>
    public static string OutputPathName(string derivationName, string outputName) =>
        outputName == "out" ? derivationName : derivationName + "-" + outputName;

    /// <summary>The ATerm/JSON rendering of a method and algorithm, Nix's <c>printMethodAlgo</c>: <c>r:sha256</c>, <c>text:sha256</c>, <c>sha1</c>.</summary>
    public static string PrintMethodAlgorithm(ContentAddressMethod method, HashAlgorithm algorithm) =>
        MethodPrefix(method) + algorithm.Name();

    /// <summary>Nix's <c>ContentAddressMethod::renderPrefix</c>.</summary>
    public static string MethodPrefix(ContentAddressMethod method) => method switch
    {
        ContentAddressMethod.Text => "text:",
        ContentAddressMethod.NixArchive => "r:",
        ContentAddressMethod.Flat => "",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
