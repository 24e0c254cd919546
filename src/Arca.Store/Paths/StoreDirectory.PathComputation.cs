namespace Arca.Store.Paths;

using Arca.Core.Hashing;

/// <summary>
/// Store path computation, as specified in Nix's manual (protocols/store-path.md): the path hash is
/// SHA-256 of <c>TYPE:HASH:STOREDIR:NAME</c>, folded to 20 bytes. The fingerprint is written as UTF-8 straight into
/// a stack buffer (<see cref="StorePathFingerprint"/>): instantiating a derivation computes several paths.
/// </summary>
public sealed partial class StoreDirectory
{
    /// <summary>Fingerprints of derivation outputs and .drv files with a few references fit without renting.</summary>
    private const int FingerprintStackBytes = 1024;

    /// <summary>Nix's <c>makeStorePath(type, hash, name)</c> with the inner hash given as text (e.g. <c>sha256:base16</c>).</summary>
    public StorePath MakeStorePath(string type, string innerHash, string name)
    {
        var fingerprint = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        fingerprint.Append(type);
        fingerprint.Append(':');
        fingerprint.Append(innerHash);
        return FinishFingerprint(ref fingerprint, name);
    }

    /// <summary>Nix's <c>makeStorePath(type, Hash, name)</c>: the inner hash as <c>algo:base16</c>.</summary>
    public StorePath MakeStorePath(string type, Hash innerHash, string name)
    {
        var fingerprint = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        fingerprint.Append(type);
        fingerprint.Append(':');
        fingerprint.AppendBase16(innerHash);
        return FinishFingerprint(ref fingerprint, name);
    }

    /// <summary>
    /// Nix's <c>makeOutputPath</c>: the path of output <paramref name="outputName"/> of an input-addressed derivation
    /// whose (modulo) hash is <paramref name="derivationHash"/>; outputs other than <c>out</c> get <c>-OUTPUT</c> appended.
    /// </summary>
    public StorePath MakeOutputPath(string outputName, Hash derivationHash, string derivationName) =>
        MakeOutputPath(outputName, derivationHash.Algorithm, derivationHash.Bytes, derivationName);

    /// <summary>
    /// <see cref="MakeOutputPath(string, Hash, string)"/> from a SHA-256 digest in a span: the hash a derivation's
    /// output paths are made from is needed for nothing else, so it need not be kept in an array.
    /// </summary>
    public StorePath MakeOutputPath(string outputName, ReadOnlySpan<byte> sha256Digest, string derivationName) =>
        MakeOutputPath(outputName, HashAlgorithm.Sha256, sha256Digest, derivationName);

    private StorePath MakeOutputPath(string outputName, HashAlgorithm algorithm, ReadOnlySpan<byte> digest, string derivationName)
    {
        var fingerprint = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        fingerprint.Append("output:");
        fingerprint.Append(outputName);
        fingerprint.Append(':');
        fingerprint.AppendBase16(algorithm, digest);
        return FinishFingerprint(ref fingerprint, derivationName, outputName == "out" ? "" : "-" + outputName);
    }

    /// <summary>
    /// A text path named <paramref name="name"/> then <paramref name="nameSuffix"/> (a .drv file: <c>NAME.drv</c>),
    /// from the SHA-256 of its contents and its references, already sorted and distinct: <see cref="MakeTextPath(string, Hash, IEnumerable{StorePath})"/>
    /// without a name string, a digest array or a reference list made for it.
    /// </summary>
    internal StorePath MakeTextPath(string name, string nameSuffix, ReadOnlySpan<byte> sha256Digest, ReadOnlySpan<StorePath> sortedReferences)
    {
        var fingerprint = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        fingerprint.Append("text");
        foreach (var reference in sortedReferences)
        {
            fingerprint.Append(':');
            fingerprint.AppendStorePath(pathUtf8, reference);
        }
        fingerprint.Append(':');
        fingerprint.AppendBase16(HashAlgorithm.Sha256, sha256Digest);
        return FinishFingerprint(ref fingerprint, name, nameSuffix);
    }

    /// <summary>
    /// Nix's <c>makeFixedOutputPath</c>. Recursive SHA-256 is the "source" type (and may carry references and
    /// self); every other combination hashes <c>fixed:out:[r:]algo:base16:</c> and may not have references.
    /// </summary>
    public StorePath MakeFixedOutputPath(string name, ContentAddressMethod method, Hash hash,
        IEnumerable<StorePath>? references = null, bool selfReference = false)
    {
        if (method == ContentAddressMethod.Text) return MakeTextPath(name, hash, references ?? []);
        if (hash.Algorithm == HashAlgorithm.Sha256 && method == ContentAddressMethod.NixArchive)
            return MakeTypedPath("source", references, selfReference, hash, name);
        if ((references is not null && HasAny(references)) || selfReference)
            throw new BadStorePathException(
                $"fixed output derivation '{name}' is not allowed to refer to other store paths.\nYou may need to use the 'unsafeDiscardReferences' derivation attribute, see the manual for more details.");

        var payload = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        payload.Append(method == ContentAddressMethod.NixArchive ? "fixed:out:r:" : "fixed:out:");
        payload.AppendBase16(hash);
        payload.Append(':');
        var innerHash = payload.FinishSha256();
        return MakeStorePath("output:out", innerHash, name);
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
        return MakeTypedPath("text", references, false, contentHash, name);
    }

    /// <summary>The path <c>builtins.toFile name contents</c> gets.</summary>
    public StorePath MakeTextPath(string name, ReadOnlySpan<byte> contents, IEnumerable<StorePath> references) =>
        MakeTextPath(name, Hash.Compute(HashAlgorithm.Sha256, contents), references);

    /// <summary>
    /// <c>TYPE[:REFERENCE…][:self]:algo:base16</c>: references are listed sorted by bytes and without duplicates (a set
    /// in Nix), each as a full path.
    /// </summary>
    private StorePath MakeTypedPath(string type, IEnumerable<StorePath>? references, bool selfReference, Hash innerHash, string name)
    {
        var fingerprint = new StorePathFingerprint(stackalloc byte[FingerprintStackBytes]);
        fingerprint.Append(type);
        if (references is not null)
        {
            var sorted = SortedDistinct(references);
            for (int i = 0; i < sorted.Count; i++)
            {
                fingerprint.Append(':');
                fingerprint.AppendStorePath(pathUtf8, sorted[i]);
            }
        }
        if (selfReference) fingerprint.Append(":self");
        fingerprint.Append(':');
        fingerprint.AppendBase16(innerHash);
        return FinishFingerprint(ref fingerprint, name);
    }

    private StorePath FinishFingerprint(ref StorePathFingerprint fingerprint, string name, string nameSuffix = "")
    {
        fingerprint.Append(':');
        fingerprint.Append(pathUtf8);
        fingerprint.Append(':');
        fingerprint.Append(name);
        fingerprint.Append(nameSuffix);
        return fingerprint.Finish(name, nameSuffix);
    }

    /// <summary>The references in byte order without duplicates; a list already in that order is used as it is.</summary>
    private static IReadOnlyList<StorePath> SortedDistinct(IEnumerable<StorePath> references)
    {
        if (references is IReadOnlyList<StorePath> given && IsStrictlyAscending(given)) return given;
        var list = new List<StorePath>(references);
        if (references is SortedSet<StorePath> set && ReferenceEquals(set.Comparer, Comparer<StorePath>.Default)) return list;
        list.Sort();
        int kept = 0;
        for (int i = 0; i < list.Count; i++)
            if (kept == 0 || list[i] != list[kept - 1]) list[kept++] = list[i];
        list.RemoveRange(kept, list.Count - kept);
        return list;
    }

    private static bool IsStrictlyAscending(IReadOnlyList<StorePath> paths)
    {
        for (int i = 1; i < paths.Count; i++)
            if (paths[i - 1].CompareTo(paths[i]) >= 0) return false;
        return true;
    }

    private static bool HasAny(IEnumerable<StorePath> references)
    {
        if (references is ICollection<StorePath> collection) return collection.Count > 0;
        if (references is IReadOnlyCollection<StorePath> readOnly) return readOnly.Count > 0;
        using var enumerator = references.GetEnumerator();
        return enumerator.MoveNext();
    }
}
