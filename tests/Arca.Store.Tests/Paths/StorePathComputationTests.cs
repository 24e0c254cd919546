namespace Arca.Store.Tests.Paths;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Golden paths from the oracle with <c>NIX_STORE_DIR=/tmp/golden/store</c>: <c>nix-store --add</c>,
/// <c>--add-fixed [--recursive] ALGO</c> of a file containing "hello world", and <c>builtins.toFile</c>.
/// </summary>
public sealed class StorePathComputationTests
{
    private static readonly StoreDirectory Store = new("/tmp/golden/store");
    private static readonly byte[] HelloWorld = Encoding.ASCII.GetBytes("hello world");

    // NAR of a regular file containing "hello world", as nix-store --dump prints it (hash from the oracle's DB).
    private const string HelloNarSha256Base16 = "ae45042aef5b148835db02d045fe89b4c09ff9e476dab001a14bc0322d3f2093";

    [Theory]
    [InlineData(ContentAddressMethod.Text, HashAlgorithm.Sha256)]
    [InlineData(ContentAddressMethod.Flat, HashAlgorithm.Md5)]
    [InlineData(ContentAddressMethod.NixArchive, HashAlgorithm.Sha512)]
    public void TheDatabaseRenderingOfAContentAddressIsItsText(ContentAddressMethod method, HashAlgorithm algorithm)
    {
        var address = new ContentAddress(method, Hash.Compute(algorithm, HelloWorld));
        Span<byte> rendered = stackalloc byte[address.MaxRenderedLength];
        Assert.Equal(address.Render(), System.Text.Encoding.ASCII.GetString(rendered[..address.RenderAscii(rendered)]));
    }

    [Theory]
    [InlineData("out", "hello-2.12")]
    [InlineData("dev", "hello-2.12-dev")]
    public void AnOutputPathFromADigestIsTheOneFromItsHash(string output, string expectedName)
    {
        var hash = Hash.Compute(HashAlgorithm.Sha256, HelloWorld);
        var fromHash = Store.MakeOutputPath(output, hash, "hello-2.12");
        Assert.Equal(fromHash, Store.MakeOutputPath(output, hash.Bytes, "hello-2.12"));
        Assert.Equal(expectedName, fromHash.Name);
    }

    [Fact]
    public void ANameAndSuffixMakeThePathTheWholeNameMakes()
    {
        var digest = new byte[StorePath.HashBytes];
        digest.AsSpan().Fill(7);
        Assert.Equal(StorePath.FromDigest(digest, "hello.drv"), StorePath.FromDigest(digest, "hello", ".drv"));
        var e = Assert.Throws<BadStorePathException>(() => StorePath.FromDigest(digest, "hello", " x"));
        Assert.Contains("name 'hello x' contains illegal character ' '", e.Message);
    }

    [Fact]
    public void SourcePathOfAFileIsRecursiveSha256OfItsNar()
    {
        var narHash = Hash.Parse(HelloNarSha256Base16, HashAlgorithm.Sha256);
        var ca = new ContentAddress(ContentAddressMethod.NixArchive, narHash);
        Assert.Equal("fixed:r:sha256:14r07wnk5h2bl40v1nknwkwrzh5li7z4bl02vcsqh52vxwm08idf", ca.Render());
        Assert.Equal("/tmp/golden/store/j503698jkcnsjh3and14b428s53bs1qi-hw.txt", Store.Print(Store.MakeFixedOutputPath("hw.txt", ca)));
    }

    [Theory]
    [InlineData(HashAlgorithm.Sha256, "jm31qdmxkpnv81s6apf3szrxa99mk1wv-hw.txt", "fixed:sha256:1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr")]
    [InlineData(HashAlgorithm.Md5, "12n1l13vyhyjaykhf3absl7spb3p65qj-hw.txt", "fixed:md5:63rmd8zfr2rf9x1vhyw2xkpdjy")]
    public void FlatFixedOutputPaths(HashAlgorithm algorithm, string baseName, string ca)
    {
        var address = new ContentAddress(ContentAddressMethod.Flat, Hash.Compute(algorithm, HelloWorld));
        Assert.Equal(ca, address.Render());
        Assert.Equal(baseName, Store.MakeFixedOutputPath("hw.txt", address).BaseName);
        Assert.Equal(address, ContentAddress.Parse(ca));
    }

    [Fact]
    public void RecursiveSha1FixedOutputPathUsesTheFixedOutPayload()
    {
        var ca = ContentAddress.Parse("fixed:r:sha1:65d7af3k9l961sk53v239rhbgabs54jg");
        Assert.Equal(ContentAddressMethod.NixArchive, ca.Method);
        Assert.Equal("jandl46nhgdiqywhvr7vfr6bpc7d383l-hw.txt", Store.MakeFixedOutputPath("hw.txt", ca).BaseName);
    }

    [Fact]
    public void TextPathsIncludeTheirReferencesLikeToFile()
    {
        var foo = Store.MakeTextPath("foo", "bar"u8, []);
        Assert.Equal("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo", foo.BaseName);
        var baz = Store.MakeTextPath("baz", Encoding.UTF8.GetBytes($"x {Store.Print(foo)} y"), [foo]);
        Assert.Equal("kg19kw4xlyz27aa50anpid6dmpqwjzq1-baz", baz.BaseName);
    }

    [Fact]
    public void FixedOutputsOtherThanSourceMayNotHaveReferences()
    {
        var foo = Store.MakeTextPath("foo", "bar"u8, []);
        var e = Assert.Throws<BadStorePathException>(() =>
            Store.MakeFixedOutputPath("x", ContentAddressMethod.Flat, Hash.Compute(HashAlgorithm.Sha256, HelloWorld), [foo]));
        Assert.StartsWith("fixed output derivation 'x' is not allowed to refer to other store paths.", e.Message);
    }

    [Fact]
    public void TextPathReferencesAreASetInByteOrderWhateverOrderTheyComeIn()
    {
        var a = Store.MakeTextPath("a", "1"u8, []);
        var b = Store.MakeTextPath("b", "2"u8, []);
        var sorted = Store.MakeTextPath("t", "x"u8, a.CompareTo(b) < 0 ? [a, b] : [b, a]);
        Assert.Equal(sorted, Store.MakeTextPath("t", "x"u8, [b, a, b]));
        Assert.Equal(sorted, Store.MakeTextPath("t", "x"u8, [a, b, a]));
        Assert.Equal(sorted, Store.MakeTextPath("t", "x"u8, new SortedSet<StorePath> { b, a }));
        Assert.Equal(sorted, Store.MakeTextPath("t", "x"u8, new HashSet<StorePath> { b, a }));
    }

    [Fact]
    public void AFingerprintLongerThanItsStackBufferHashesTheSame()
    {
        // Forty references make the text:… fingerprint about 2.8 KB, past the 1 KiB stack buffer; the path must still
        // be SHA-256 of Nix's fingerprint string, folded to 20 bytes, computed here the plain way.
        var references = new List<StorePath>();
        for (int i = 0; i < 40; i++) references.Add(Store.MakeTextPath($"r{i}", Encoding.ASCII.GetBytes(i.ToString()), []));
        var contentHash = Hash.Compute(HashAlgorithm.Sha256, "contents"u8);
        var expectedFingerprint = "text:" + string.Join(":", references.Select(Store.Print).Order(StringComparer.Ordinal)) +
                                  ":sha256:" + contentHash.ToBase16() + ":" + Store.Path + ":many-refs";
        var digest = Hash.Compute(HashAlgorithm.Sha256, Encoding.UTF8.GetBytes(expectedFingerprint)).Compress(20);
        Assert.True(expectedFingerprint.Length > 2048);
        Assert.Equal(StorePath.FromHash(digest, "many-refs"), Store.MakeTextPath("many-refs", contentHash, references));
    }

    [Fact]
    public void TheStoreDirectoryIsPartOfTheHash()
    {
        var other = new StoreDirectory("/tmp/golden/store2");
        Assert.NotEqual(Store.MakeTextPath("foo", "bar"u8, []).HashPart, other.MakeTextPath("foo", "bar"u8, []).HashPart);
    }
}
