namespace Arca.Store.Tests.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class ATermParserTests
{
    private static readonly StoreDirectory Store = new("/nix/store");
    private const string OutPath = "/nix/store/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a";

    private static Derivation Parse(string text, string name = "a") =>
        ATermParser.Parse(Encoding.Latin1.GetBytes(text), Store, name);

    private static DerivationFormatException Fails(string text, string name = "a") =>
        Assert.Throws<DerivationFormatException>(() => Parse(text, name));

    private const string Minimal = $"Derive([(\"out\",\"{OutPath}\",\"\",\"\")],[],[],\"x\",\"/bin/sh\",[],[])";

    [Fact]
    public void ParsesAMinimalDerivation()
    {
        var drv = Parse(Minimal);
        Assert.Equal("a", drv.Name);
        Assert.Equal(new DerivationOutput.InputAddressed(StorePath.Parse(OutPath[11..])), drv.Outputs["out"]);
        Assert.Equal("x", drv.Platform);
        Assert.Equal("/bin/sh", drv.Builder);
        Assert.Empty(drv.Arguments);
        Assert.Empty(drv.Environment);
    }

    [Fact]
    public void UnescapesOnlyTheFiveEscapesAndPassesOtherBytes()
    {
        var drv = Parse("Derive([(\"out\",\"\",\"\",\"\")],[],[],\"x\",\"b\",[\"\\\"\\\\\\n\\r\\t\\q\u00ff\"],[])");
        Assert.Equal("\"\\\n\r\tq\u00ff", drv.Arguments[0]);
    }

    [Fact]
    public void EmptyPathWithoutAlgorithmIsDeferred() =>
        Assert.Same(DerivationOutput.Deferred.Instance, Parse("Derive([(\"out\",\"\",\"\",\"\")],[],[],\"x\",\"b\",[],[])").Outputs["out"]);

    [Fact]
    public void LaterEnvironmentEntriesWinAsInNix()
    {
        var drv = Parse("Derive([(\"out\",\"\",\"\",\"\")],[],[],\"x\",\"b\",[],[(\"k\",\"1\"),(\"k\",\"2\")])");
        Assert.Equal("2", drv.Environment["k"]);
    }

    [Fact]
    public void ParsesTheDynamicDerivationsForm()
    {
        const string drvPath = "/nix/store/26xf0a6cni6vd35h72p79mvagjnlp11b-a.drv";
        var text = $"DrvWithVersion(\"xp-dyn-drv\",[(\"out\",\"\",\"\",\"\")],[(\"{drvPath}\",([\"out\"],[(\"out\",[\"bin\"])]))],[],\"x\",\"b\",[],[])";
        var drv = Parse(text);
        var node = drv.InputDerivations[StorePath.Parse(drvPath[11..])];
        Assert.Equal(["out"], node.Outputs);
        Assert.Equal(["bin"], node.DynamicOutputs["out"].Outputs);
        Assert.Equal(text, Encoding.Latin1.GetString(ATermWriter.Write(drv, Store)));
    }

    [Theory]
    [InlineData("Derivx([", "derivation does not start with 'Derive' or 'DrvWithVersion'", 0)]
    [InlineData("", "derivation does not start with 'Derive' or 'DrvWithVersion'", 0)]
    [InlineData("Derive(", "expected string '['", 7)]
    [InlineData("Derive([(\"out", "unterminated string in derivation", 9)]
    [InlineData("Derive([(\"out\",\"\",\"\",\"\"]", "expected string ')'", 23)]
    [InlineData("Derive([(\"out\",\"\",\"\",\"\") (", "expected string ',' or ']'", 24)]
    [InlineData("DrvWithVersion(\"v9\",[", "Unknown derivation ATerm format version 'v9'", 15)]
    public void RejectsMalformedTextWithThePosition(string text, string message, int offset)
    {
        var e = Fails(text);
        Assert.Equal(offset, e.Offset);
        Assert.Equal($"{message} at byte {offset}", e.Message);
    }

    [Fact]
    public void RejectsTrailingData()
    {
        var e = Fails(Minimal + "\n");
        Assert.Equal(Minimal.Length, e.Offset);
    }

    [Fact]
    public void RejectsATruncatedEscape() => Assert.Contains("unterminated string", Fails("Derive([(\"out\\").Message);

    [Fact]
    public void StorePathsMustBeCanonical()
    {
        Assert.Contains("is not a canonical store path", Fails(Minimal.Replace(OutPath, "/nix//store/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a")).Message);
        Assert.Contains("is not a canonical store path", Fails(Minimal.Replace(OutPath, "/other/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a")).Message);
        Assert.Contains("illegal base-32 character", Fails(Minimal.Replace(OutPath, "/nix/store/evmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a")).Message);
    }

    [Fact]
    public void AnInputDerivationMustNameOutputs()
    {
        var e = Fails("Derive([(\"out\",\"\",\"\",\"\")],[(\"/nix/store/26xf0a6cni6vd35h72p79mvagjnlp11b-a.drv\",[])],[],\"x\",\"b\",[],[])");
        Assert.StartsWith("inputDrvs entry for '/nix/store/26xf0a6cni6vd35h72p79mvagjnlp11b-a.drv' specifies no outputs", e.Message);
    }

    [Fact]
    public void AFixedOutputPathMustMatchItsContentAddress()
    {
        var hash = Hash.Compute(HashAlgorithm.Sha256, "hello world"u8);
        var path = Store.Print(Store.MakeFixedOutputPath("a", ContentAddressMethod.Flat, hash));
        var good = $"Derive([(\"out\",\"{path}\",\"sha256\",\"{hash.ToBase16()}\")],[],[],\"x\",\"b\",[],[])";
        var fixedOutput = Assert.IsType<DerivationOutput.ContentAddressedFixed>(Parse(good).Outputs["out"]);
        Assert.Equal(new ContentAddress(ContentAddressMethod.Flat, hash), fixedOutput.Address);

        var e = Fails(good.Replace("\"sha256\"", "\"r:sha256\""));
        Assert.StartsWith($"derivation output 'out' has path '{path}', which does not match its content address", e.Message);
        Assert.Contains("does not match", Fails(good, name: "b").Message);
    }

    [Fact]
    public void FixedOutputHashesMayBeNixBase32AsNixAccepts()
    {
        var hash = Hash.Compute(HashAlgorithm.Sha1, "hello world"u8);
        var path = Store.Print(Store.MakeFixedOutputPath("a", ContentAddressMethod.NixArchive, hash));
        var text = $"Derive([(\"out\",\"{path}\",\"r:sha1\",\"{hash.ToNixBase32()}\")],[],[],\"x\",\"b\",[],[])";
        var drv = Parse(text);
        // Written back in base16, as Nix writes it.
        Assert.Contains(hash.ToBase16(), Encoding.Latin1.GetString(ATermWriter.Write(drv, Store)));
    }

    [Fact]
    public void UnknownHashAlgorithmsAreRejected() =>
        Assert.Contains("unknown hash algorithm 'sha3'", Fails("Derive([(\"out\",\"\",\"r:sha3\",\"\")],[],[],\"x\",\"b\",[],[])").Message);

    [Fact]
    public void ImpureAndFloatingOutputsMayNotStatePaths()
    {
        Assert.Contains("impure derivation output should not specify output path",
            Fails($"Derive([(\"out\",\"{OutPath}\",\"r:sha256\",\"impure\")],[],[],\"x\",\"b\",[],[])").Message);
        Assert.Contains("content-addressing derivation output should not specify output path",
            Fails($"Derive([(\"out\",\"{OutPath}\",\"r:sha256\",\"\")],[],[],\"x\",\"b\",[],[])").Message);
    }

    [Fact]
    public void ParseFileNamesTheDerivationAndWrapsErrors()
    {
        var dir = Directory.CreateTempSubdirectory("arca-drv-");
        try
        {
            var store = new StoreDirectory(dir.FullName);
            var file = Path.Combine(dir.FullName, "26xf0a6cni6vd35h72p79mvagjnlp11b-hello.drv");
            File.WriteAllText(file, "Derive([(\"out\",\"\",\"\",\"\")],[],[],\"x\",\"b\",[],[])");
            Assert.Equal("hello", ATermParser.ParseFile(file, store).Name);
            File.WriteAllText(file, "nonsense");
            var e = Assert.Throws<DerivationException>(() => ATermParser.ParseFile(file, store));
            Assert.Equal($"error parsing derivation '{file}': derivation does not start with 'Derive' or 'DrvWithVersion' at byte 0", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
