namespace Arca.Store.Paths;

using System.Text;
using Arca.Core.Hashing;

/// <summary>
/// Store path computation, as specified in Nix's manual (protocols/store-path.md): the path hash is
/// SHA-256 of <c>TYPE:HASH:STOREDIR:NAME</c>, folded to 20 bytes.
/// </summary>
public sealed partial class StoreDirectory
{
    /// <summary>Nix's <c>makeStorePath(type, hash, name)</c> with the inner hash given as text (e.g. <c>sha256:base16</c>).</summary>
    public StorePath MakeStorePath(string type, string innerHash, string name)
    {
        var fingerprint = type + ":" + innerHash + ":" + Path + ":" + name;
        var digest = Hash.Compute(HashAlgorithm.Sha256, Encoding.UTF8.GetBytes(fingerprint)).Compress(20);
        return StorePath.FromHash(digest, name);
    }

    /// <summary>Nix's <c>makeStorePath(type, Hash, name)</c>: the inner hash as <c>algo:base16</c>.</summary>
    public StorePath MakeStorePath(string type, Hash innerHash, string name) =>
        MakeStorePath(type, innerHash.ToString(HashFormat.Base16, includeAlgorithm: true), name);

    /// <summary>
    /// Nix's <c>makeOutputPath</c>: the path of output <paramref name="outputName"/> of an input-addressed derivation
    /// whose (modulo) hash is <paramref name="derivationHash"/>; outputs other than <c>out</c> get <c>-OUTPUT</c> appended.
    /// </summary>
    public StorePath MakeOutputPath(string outputName, Hash derivationHash, string derivationName) =>
        MakeStorePath("output:" + outputName, derivationHash,
            outputName == "out" ? derivationName : derivationName + "-" + outputName);

    /// <summary>
    /// Nix's <c>makeFixedOutputPath</c>. Recursive SHA-256 is the "source" type (and may carry references and
    /// self); every other combination hashes <c>fixed:out:[r:]algo:base16:</c> and may not have references.
    /// </summary>
    public StorePath MakeFixedOutputPath(string name, ContentAddressMethod method, Hash hash,
        IEnumerable<StorePath>? references = null, bool selfReference = false)
    {
        if (method == ContentAddressMethod.Text) return MakeTextPath(name, hash, references ?? []);
        if (hash.Algorithm == HashAlgorithm.Sha256 && method == ContentAddressMethod.NixArchive)
            return MakeStorePath(MakeType("source", references, selfReference), hash, name);
        if ((references is not null && references.Any()) || selfReference)
            throw new BadStorePathException(
                $"fixed output derivation '{name}' is not allowed to refer to other store paths.\nYou may need to use the 'unsafeDiscardReferences' derivation attribute, see the manual for more details.");
        var payload = "fixed:out:" + (method == ContentAddressMethod.NixArchive ? "r:" : "") +
                      hash.ToString(HashFormat.Base16, includeAlgorithm: true) + ":";
        return MakeStorePath("output:out", Hash.Compute(HashAlgorithm.Sha256, Encoding.UTF8.GetBytes(payload)), name);
    }

    /// <summary>The path of a content-addressed object given its <see cref="ContentAddress"/>.</summary>
    public StorePath MakeFixedOutputPath(string name, ContentAddress ca, IEnumerable<StorePath>? references = null, bool selfReference = false) =>
        MakeFixedOutputPath(name, ca.Method, ca.Hash, references, selfReference);

    /// <summary>
    /// A text path (<c>builtins.toFile</c>, .drv files): type <c>text</c> followed by each reference, the inner
    /// hash the SHA-256 of the contents.
    /// </summary>
    public StorePath MakeTextPath(string name, Hash contentHash, IEnumerable<StorePath> references)
    {
        if (contentHash.Algorithm != HashAlgorithm.Sha256)
            throw new BadStorePathException($"text content address hash should use sha256, but instead uses {contentHash.Algorithm.Name()}");
        return MakeStorePath(MakeType("text", references, false), contentHash, name);
    }

    /// <summary>The path <c>builtins.toFile name contents</c> gets.</summary>
    public StorePath MakeTextPath(string name, ReadOnlySpan<byte> contents, IEnumerable<StorePath> references) =>
        MakeTextPath(name, Hash.Compute(HashAlgorithm.Sha256, contents), references);

    /// <summary>References are listed sorted (a set in Nix), each as a full path, then <c>:self</c>.</summary>
    private string MakeType(string type, IEnumerable<StorePath>? references, bool selfReference)
    {
        var builder = new StringBuilder(type);
        if (references is not null)
        {
            var sorted = references.Distinct().ToList();
            sorted.Sort();
            foreach (var reference in sorted) builder.Append(':').Append(Print(reference));
        }
        if (selfReference) builder.Append(":self");
        return builder.ToString();
    }
}
