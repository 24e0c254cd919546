namespace Arca.Store.Tests.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// Every .drv the oracle produced for the golden shapes: parsing and writing reproduces its bytes, its store path
/// follows from its contents and references, and its output paths follow from the hash modulo of its inputs.
/// </summary>
public sealed class GoldenDerivationTests
{
    private static readonly StoreDirectory Store = GoldenStore.Store;

    public static TheoryData<string> AllDrvs()
    {
        var data = new TheoryData<string>();
        foreach (var name in GoldenStore.DrvNames()) data.Add(name);
        return data;
    }

    [Fact]
    public void TheGoldenSetIsComplete() => Assert.True(GoldenStore.DrvNames().Count() >= 25);

    [Theory]
    [MemberData(nameof(AllDrvs))]
    public void ParsingThenWritingReproducesTheBytes(string baseName)
    {
        var bytes = GoldenStore.Bytes(baseName);
        var drv = GoldenStore.Parse(baseName);
        Assert.Equal(Encoding.Latin1.GetString(bytes), Encoding.Latin1.GetString(ATermWriter.Write(drv, Store)));
    }

    [Theory]
    [MemberData(nameof(AllDrvs))]
    public void TheDrvPathIsTheTextPathOfItsContentsAndReferences(string baseName)
    {
        var drv = GoldenStore.Parse(baseName);
        var computed = DerivationStorePath.Compute(drv, Store);
        Assert.Equal(baseName, computed.Path.BaseName);
        Assert.Equal(GoldenStore.Bytes(baseName), computed.Contents);
    }

    [Theory]
    [MemberData(nameof(AllDrvs))]
    public void OutputPathsAreRecomputedAsDerivationStrictDoes(string baseName)
    {
        var original = GoldenStore.Parse(baseName);
        var kind = original.GetKind();
        var hasher = new DerivationHasher(Store, new GoldenStore());
        if (kind is DerivationKind.InputAddressed or DerivationKind.DeferredInputAddressed)
        {
            // derivationStrict starts from deferred outputs with empty environment variables, then fills them in.
            var fresh = original.Clone();
            foreach (var name in original.Outputs.Keys)
            {
                fresh.Outputs[name] = DerivationOutput.Deferred.Instance;
                fresh.Environment[name] = "";
            }
            var filledHash = hasher.FillInOutputPaths(fresh);
            Assert.Equal(ATermWriter.Write(original, Store), ATermWriter.Write(fresh, Store));
            // What it returns is the hash of the filled-in derivation as an input, as HashInput works it out afresh.
            Assert.Equal(new DerivationHasher(Store, new GoldenStore()).HashInput(original), filledHash);
        }
        hasher.CheckInvariants(original);
    }

    [Fact]
    public void FixedOutputHashModuloDependsOnlyOnTheContentAddressAndPath()
    {
        var hasher = new DerivationHasher(Store, new GoldenStore());
        var fod = GoldenStore.Parse(GoldenStore.ExpectedDrv("fodFlatSha256"));
        var hash = Assert.IsType<DerivationHashModulo.FixedOutputHashes>(hasher.HashInput(fod));
        var expected = Hash.Compute(HashAlgorithm.Sha256, Encoding.ASCII.GetBytes(
            "fixed:out:sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9:" +
            "/tmp/arca-golden-drv/store/v1wsa556vxx004c7272bnw96ixgdjjqc-fod-flat-sha256"));
        Assert.Equal(expected, hash.Hash);

        // Another builder or environment fetching the same content hashes the same.
        var refetched = fod.Clone();
        refetched.Builder = "/bin/other";
        refetched.Environment["url"] = "https://elsewhere";
        Assert.Equal(expected, Assert.IsType<DerivationHashModulo.FixedOutputHashes>(hasher.HashInput(refetched)).Hash);
    }

    [Fact]
    public void InputDerivationsAreLoadedOnceAndMemoised()
    {
        var resolver = new GoldenStore();
        var hasher = new DerivationHasher(Store, resolver);
        var nested = GoldenStore.Parse(GoldenStore.ExpectedDrv("nested"));
        var first = hasher.HashForOutputPaths(nested);
        int reads = resolver.Reads;
        Assert.True(reads >= 9, $"expected every input to be read, got {reads}");
        Assert.Equal(first, hasher.HashForOutputPaths(nested));
        Assert.Equal(reads, resolver.Reads);
    }

    [Fact]
    public void RememberedHashesAreUsedInsteadOfReading()
    {
        var resolver = new GoldenStore();
        var hasher = new DerivationHasher(Store, resolver);
        var simplePath = StorePath.Parse(GoldenStore.ExpectedDrv("simple"));
        var fake = new DerivationHashModulo.DerivationHash(Hash.Compute(HashAlgorithm.Sha256, "not the real one"u8));
        hasher.Remember(simplePath, fake);
        var structured = GoldenStore.Parse(GoldenStore.ExpectedDrv("structured"));
        var withFake = hasher.HashForOutputPaths(structured);
        Assert.Equal(0, resolver.Reads);
        var honest = new DerivationHasher(Store, new GoldenStore()).HashForOutputPaths(structured);
        Assert.NotEqual(honest, withFake);
    }

    [Fact]
    public void FloatingOutputsUsePlaceholdersAndDeferTheirDependents()
    {
        var floatingName = GoldenStore.ExpectedDrv("floating");
        var floating = GoldenStore.Parse(floatingName);
        Assert.Equal(DerivationKind.Floating, floating.GetKind());
        Assert.Equal("/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9", Placeholders.ForOutput("out"));
        Assert.Equal(Placeholders.ForOutput("out"), floating.Environment["out"]);
        Assert.Equal(Placeholders.ForOutput("dev"), floating.Environment["dev"]);

        var hasher = new DerivationHasher(Store, new GoldenStore());
        Assert.IsType<DerivationHashModulo.Deferred>(hasher.HashInput(floating));

        var dependent = GoldenStore.Parse(GoldenStore.ExpectedDrv("dependsOnFloating"));
        Assert.Equal(DerivationKind.DeferredInputAddressed, dependent.GetKind());
        Assert.Null(hasher.HashForOutputPaths(dependent));
        var floatingPath = StorePath.Parse(floatingName);
        Assert.Equal(Placeholders.Render(Placeholders.UnknownContentAddressedOutput(floatingPath, "out")), dependent.Environment["input"]);
        Assert.Equal(Placeholders.Render(Placeholders.UnknownContentAddressedOutput(floatingPath, "dev")), dependent.Environment["dev"]);
    }

    [Fact]
    public void KindsOfTheGoldenShapes()
    {
        Assert.Equal(DerivationKind.Impure, GoldenStore.Parse(GoldenStore.ExpectedDrv("impure")).GetKind());
        Assert.Equal(DerivationKind.FixedOutput, GoldenStore.Parse(GoldenStore.ExpectedDrv("fodSha512Sri")).GetKind());
        Assert.Equal(DerivationKind.InputAddressed, GoldenStore.Parse(GoldenStore.ExpectedDrv("multi")).GetKind());
        var sha512 = GoldenStore.Parse(GoldenStore.ExpectedDrv("floatingSha512Flat"));
        Assert.Equal(new DerivationOutput.ContentAddressedFloating(ContentAddressMethod.Flat, HashAlgorithm.Sha512), sha512.Outputs["out"]);
    }

    [Fact]
    public void NonUtf8AndEscapedBytesArriveAsByteStrings()
    {
        var drv = GoldenStore.Parse(GoldenStore.ExpectedDrv("specialChars"));
        Assert.Equal("bytes: \u00ff\u00fe caf\u00c3\u00a9\n", drv.Environment["invalid"]);
        Assert.Equal("value with \"quotes\"", drv.Environment["weird key \" \\ \n"]);
        Assert.Contains("\r cr \t tab", drv.Arguments[1]);
    }
}
