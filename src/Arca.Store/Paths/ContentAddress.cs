namespace Arca.Store.Paths;

using Arca.Core.Hashing;

/// <summary>How a content-addressed store object's bytes were hashed.</summary>
public enum ContentAddressMethod
{
    /// <summary>A flat file hashed with SHA-256 whose store path may list references (<c>builtins.toFile</c>, .drv files).</summary>
    Text,
    /// <summary>The bytes of one regular file.</summary>
    Flat,
    /// <summary>The NAR serialisation of a file system object (Nix's "recursive").</summary>
    NixArchive,
}

/// <summary>
/// The <c>ca</c> of a store object as Nix records it in the database and narinfo:
/// <c>text:sha256:…</c>, <c>fixed:sha256:…</c> or <c>fixed:r:sha256:…</c> (hash in nix-base32).
/// </summary>
public readonly record struct ContentAddress(ContentAddressMethod Method, Hash Hash)
{
    public string Render() => Method switch
    {
        ContentAddressMethod.Text => "text:" + Hash.ToString(HashFormat.NixBase32, includeAlgorithm: true),
        ContentAddressMethod.Flat => "fixed:" + Hash.ToString(HashFormat.NixBase32, includeAlgorithm: true),
        ContentAddressMethod.NixArchive => "fixed:r:" + Hash.ToString(HashFormat.NixBase32, includeAlgorithm: true),
        _ => throw new ArgumentOutOfRangeException(nameof(Method)),
    };

    public override string ToString() => Render();

    /// <summary>Room <see cref="RenderAscii"/> needs.</summary>
    public int MaxRenderedLength => "fixed:r:".Length + Hash.Algorithm.Name().Length + 1 + NixBase32.EncodedLength(Hash.Length);

    /// <summary><see cref="Render"/> as ASCII bytes into <paramref name="destination"/>, for the database; returns the length.</summary>
    public int RenderAscii(Span<byte> destination)
    {
        var prefix = Method switch
        {
            ContentAddressMethod.Text => "text:",
            ContentAddressMethod.Flat => "fixed:",
            ContentAddressMethod.NixArchive => "fixed:r:",
            _ => throw new ArgumentOutOfRangeException(nameof(Method)),
        };
        int length = System.Text.Encoding.ASCII.GetBytes(prefix, destination);
        length += System.Text.Encoding.ASCII.GetBytes(Hash.Algorithm.Name(), destination[length..]);
        destination[length++] = (byte)':';
        int encoded = NixBase32.EncodedLength(Hash.Length);
        Span<char> digits = stackalloc char[encoded];
        NixBase32.EncodeInto(Hash.Bytes, digits);
        length += System.Text.Encoding.ASCII.GetBytes(digits, destination[length..]);
        return length;
    }

    public static ContentAddress Parse(string text)
    {
        ReadOnlySpan<char> rest = text;
        ContentAddressMethod method;
        if (rest.StartsWith("text:"))
        {
            method = ContentAddressMethod.Text;
            rest = rest["text:".Length..];
        }
        else if (rest.StartsWith("fixed:"))
        {
            rest = rest["fixed:".Length..];
            if (rest.StartsWith("r:"))
            {
                method = ContentAddressMethod.NixArchive;
                rest = rest[2..];
            }
            else if (rest.StartsWith("git:"))
                throw new BadStorePathException($"content address '{text}' uses git hashing, which Arca does not support");
            else method = ContentAddressMethod.Flat;
        }
        else
        {
            throw new BadStorePathException($"content address '{text}' has an unknown prefix");
        }
        int colon = rest.IndexOf(':');
        if (colon < 0) throw new BadStorePathException($"content address '{text}' does not name a hash algorithm");
        var algorithm = HashAlgorithmNames.Parse(rest[..colon].ToString());
        if (method == ContentAddressMethod.Text && algorithm != HashAlgorithm.Sha256)
            throw new BadStorePathException($"text content address hash should use sha256, but instead uses {algorithm.Name()}");
        return new ContentAddress(method, Hash.Parse(rest[(colon + 1)..].ToString(), algorithm));
    }
}
