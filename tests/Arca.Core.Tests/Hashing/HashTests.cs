namespace Arca.Core.Tests.Hashing;

using System.Text;
using Arca.Core.Hashing;

/// <summary>Golden values were produced by the oracle: <c>nix-hash --flat --type T [--base32] FILE</c> (Nix 2.8).</summary>
public sealed class HashTests
{
    private static readonly byte[] HelloWorld = Encoding.ASCII.GetBytes("hello world");

    [Theory]
    [InlineData(HashAlgorithm.Md5, "5eb63bbbe01eeed093cb22bb8f5acdc3", "63rmd8zfr2rf9x1vhyw2xkpdjy")]
    [InlineData(HashAlgorithm.Sha1, "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed", "xm3fh7p9kj5l0pz9vcav9ksgr4snrbia")]
    [InlineData(HashAlgorithm.Sha256, "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", "1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr")]
    [InlineData(HashAlgorithm.Sha512, "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f", "1pxg75fjcp59ibxrxfn07z863cczc25bcjk9nkhjr4zziavsffrhvyq9inshg6dkdx7q6jixrvyvl5ly81cjl0gqi6fpmhjki4cr7ih")]
    public void ComputesAndEncodesLikeNix(HashAlgorithm algorithm, string base16, string base32)
    {
        var hash = Hash.Compute(algorithm, HelloWorld);
        Assert.Equal(base16, hash.ToBase16());
        Assert.Equal(base32, hash.ToNixBase32());
        Assert.Equal(hash, Hash.Parse(base16, algorithm));
        Assert.Equal(hash, Hash.Parse(base32, algorithm));
        Assert.Equal(hash, Hash.Parse(hash.ToBase64(), algorithm));
        Assert.Equal(hash, Hash.Parse(hash.ToSri(), null));
        Assert.Equal(hash, Hash.Parse(algorithm.Name() + ":" + base32, null));
        Assert.Equal(hash, Hash.Parse(algorithm.Name() + ":" + base16, algorithm));
    }

    [Fact]
    public void SriUsesStandardBase64()
    {
        var hash = Hash.Compute(HashAlgorithm.Sha256, HelloWorld);
        Assert.Equal("sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=", hash.ToSri());
        Assert.Equal("sha256:1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr", hash.ToString());
    }

    [Fact]
    public void EmptyInputHasTheKnownSha256()
    {
        Assert.Equal("0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73", Hash.Compute(HashAlgorithm.Sha256, ReadOnlySpan<byte>.Empty).ToNixBase32());
    }

    [Fact]
    public void CompressFoldsTo20BytesAsNixHashTruncate()
    {
        // nix-hash --type sha256 --flat --truncate [--base32] of "hello world"
        var folded = Hash.Compute(HashAlgorithm.Sha256, HelloWorld).Compress(20);
        Assert.Equal("c31ea75703c5c9a447c19f3eda7dabfac484efe3", folded.ToBase16());
        Assert.Equal("wgpq9i7smdyxlglzq53s9jf50dbsf7n3", folded.ToNixBase32());
    }

    [Fact]
    public void IncrementalHashingEqualsOneShot()
    {
        var data = new byte[3_000_001];
        new Random(7).NextBytes(data);
        using var hasher = new Hasher(HashAlgorithm.Sha512);
        for (int i = 0; i < data.Length; i += 65_537) hasher.Append(data.AsSpan(i, Math.Min(65_537, data.Length - i)));
        Assert.Equal(data.Length, hasher.BytesHashed);
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha512, data), hasher.Finish());
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha1, data), Hash.Compute(HashAlgorithm.Sha1, new MemoryStream(data)));
    }

    [Theory]
    [InlineData("abc", HashAlgorithm.Sha256, "hash 'abc' has wrong length for hash algorithm 'sha256'")]
    [InlineData("sha256:abc", HashAlgorithm.Md5, "hash 'sha256:abc' should have type 'md5'")]
    [InlineData("foo:00", null, "unknown hash algorithm 'foo', expect 'md5', 'sha1', 'sha256', or 'sha512'")]
    [InlineData("1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr", null, "hash '1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr' does not include a type, nor is the type otherwise known from context")]
    [InlineData("sha256:1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkde", null, "invalid character in Nix32 (Nix's Base32 variation) string: 'e'")]
    [InlineData("sha1:2aae6c35c94fcfb415dbe95f408b9ce91ee846eg", null, "invalid character in Base16 string: 'g'")]
    [InlineData("sha256-uU0nuZNNPgilLlLX2n2r", null, "invalid SRI hash 'uU0nuZNNPgilLlLX2n2r', length 15 != expected length 32")]
    public void RejectsBadHashesWithNixMessages(string text, HashAlgorithm? algorithm, string message)
    {
        var e = Assert.Throws<BadHashException>(() => Hash.Parse(text, algorithm));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NixBase32RejectsOverflowingHighBits()
    {
        // 52 characters carry 260 bits; a 32-byte digest uses 256, so the first digit must be < 2.
        Assert.Throws<BadHashException>(() => Hash.Parse("z" + new string('0', 51), HashAlgorithm.Sha256));
        Assert.Equal(new byte[32], Hash.Parse("0" + new string('0', 51), HashAlgorithm.Sha256).Bytes.ToArray());
    }

    [Fact]
    public void NixBase32RoundTripsArbitraryLengths()
    {
        var random = new Random(42);
        for (int length = 0; length < 70; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            var text = NixBase32.Encode(bytes);
            Assert.Equal(NixBase32.EncodedLength(length), text.Length);
            Assert.Equal(bytes, NixBase32.Decode(text)[..length]);
        }
    }

    [Fact]
    public void AlgorithmNamesParseAndPrint()
    {
        foreach (var algorithm in Enum.GetValues<HashAlgorithm>())
            Assert.Equal(algorithm, HashAlgorithmNames.Parse(algorithm.Name()));
        Assert.Throws<BadHashException>(() => HashAlgorithmNames.Parse("SHA256"));
    }
}
