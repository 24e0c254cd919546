namespace Arca.Store.Tests.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class ATermWriterTests
{
    private static readonly StoreDirectory Store = new("/nix/store");

    private static string Write(Derivation drv) => Encoding.Latin1.GetString(ATermWriter.Write(drv, Store));

    [Fact]
    public void WritesEveryPartInNixsOrderAndSyntax()
    {
        var drv = new Derivation("a") { Platform = "x86_64-linux", Builder = "/bin/sh" };
        drv.Outputs["out"] = new DerivationOutput.InputAddressed(StorePath.Parse("gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a"));
        drv.Outputs["dev"] = new DerivationOutput.InputAddressed(StorePath.Parse("0mlqmrvb7gqa8x6r658hbg7xk5n66j6h-a-dev"));
        drv.AddInputDerivationOutput(StorePath.Parse("26xf0a6cni6vd35h72p79mvagjnlp11b-b.drv"), "out");
        drv.AddInputDerivationOutput(StorePath.Parse("26xf0a6cni6vd35h72p79mvagjnlp11b-b.drv"), "dev");
        drv.InputSources.Add(StorePath.Parse("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo"));
        drv.Arguments.Add("-c");
        drv.Arguments.Add("echo");
        drv.Environment["z"] = "1";
        drv.Environment["a"] = "2";
        Assert.Equal(
            "Derive([(\"dev\",\"/nix/store/0mlqmrvb7gqa8x6r658hbg7xk5n66j6h-a-dev\",\"\",\"\"),(\"out\",\"/nix/store/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a\",\"\",\"\")]," +
            "[(\"/nix/store/26xf0a6cni6vd35h72p79mvagjnlp11b-b.drv\",[\"dev\",\"out\"])],[\"/nix/store/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo\"]," +
            "\"x86_64-linux\",\"/bin/sh\",[\"-c\",\"echo\"],[(\"a\",\"2\"),(\"z\",\"1\")])",
            Write(drv));
    }

    [Fact]
    public void EscapesQuoteBackslashNewlineReturnAndTabOnly()
    {
        var drv = new Derivation("a") { Platform = "x", Builder = "b\"\\\n\r\t\u0001\u00ff$" };
        drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
        Assert.Contains("\"b\\\"\\\\\\n\\r\\t\u0001\u00ff$\"", Write(drv));
        Assert.Contains((byte)0xff, ATermWriter.Write(drv, Store));
    }

    [Fact]
    public void MapsAreOrderedByBytesNotByCulture()
    {
        var drv = new Derivation("a") { Platform = "x", Builder = "b" };
        drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
        foreach (var key in new[] { "b", "B", "_", "a", "\u00c3\u00a9", "A" }) drv.Environment[key] = "";
        var text = Write(drv);
        var order = new[] { "(\"A\"", "(\"B\"", "(\"_\"", "(\"a\"", "(\"b\"", "(\"\u00c3\u00a9\"" }.Select(k => text.IndexOf(k, StringComparison.Ordinal)).ToArray();
        Assert.Equal(order.Order().ToArray(), order);
        Assert.DoesNotContain(-1, order);
    }

    [Fact]
    public void WritesEveryOutputForm()
    {
        var hash = Hash.Compute(HashAlgorithm.Sha256, "hello world"u8);
        var fixedDrv = new Derivation("f") { Platform = "x", Builder = "b" };
        fixedDrv.Outputs["out"] = new DerivationOutput.ContentAddressedFixed(new ContentAddress(ContentAddressMethod.NixArchive, hash));
        var fixedPath = Store.Print(Store.MakeFixedOutputPath("f", ContentAddressMethod.NixArchive, hash));
        Assert.StartsWith($"Derive([(\"out\",\"{fixedPath}\",\"r:sha256\",\"{hash.ToBase16()}\")]", Write(fixedDrv));

        var floating = new Derivation("c") { Platform = "x", Builder = "b" };
        floating.Outputs["out"] = new DerivationOutput.ContentAddressedFloating(ContentAddressMethod.Text, HashAlgorithm.Sha256);
        Assert.StartsWith("Derive([(\"out\",\"\",\"text:sha256\",\"\")]", Write(floating));

        var impure = new Derivation("i") { Platform = "x", Builder = "b" };
        impure.Outputs["out"] = new DerivationOutput.Impure(ContentAddressMethod.Flat, HashAlgorithm.Sha1);
        Assert.StartsWith("Derive([(\"out\",\"\",\"sha1\",\"impure\")]", Write(impure));
    }

    [Fact]
    public void RefusesStringsThatAreNotByteStrings()
    {
        var drv = new Derivation("a") { Platform = "x", Builder = "\u2603" };
        drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
        Assert.Throws<ArgumentException>(() => ATermWriter.Write(drv, Store));
    }

    [Fact]
    public void LongStringsGrowTheBuffer()
    {
        var drv = new Derivation("a") { Platform = "x", Builder = "b" };
        drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
        drv.Environment["big"] = new string('"', 100_000);
        var bytes = ATermWriter.Write(drv, Store);
        Assert.Equal(drv, ATermParser.Parse(bytes, Store, "a"), new SameATerm());
    }

    private sealed class SameATerm : IEqualityComparer<Derivation>
    {
        public bool Equals(Derivation? x, Derivation? y) =>
            ATermWriter.Write(x!, Store).AsSpan().SequenceEqual(ATermWriter.Write(y!, Store));

        public int GetHashCode(Derivation obj) => 0;
    }
}
