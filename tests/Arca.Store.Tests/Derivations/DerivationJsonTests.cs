namespace Arca.Store.Tests.Derivations;

using System.Text.Json;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class DerivationJsonTests
{
    private static (StorePath, Derivation) Golden(string attribute)
    {
        var name = GoldenStore.ExpectedDrv(attribute);
        return (StorePath.Parse(name), GoldenStore.Parse(name));
    }

    [Fact]
    public void LatestFormatHasVersionFourSortedKeysAndBaseNames()
    {
        var (path, drv) = Golden("fodSha512Sri");
        var text = DerivationJson.Latest([(path, drv)], pretty: false);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(4, doc.RootElement.GetProperty("version").GetInt32());
        var d = doc.RootElement.GetProperty("derivations").GetProperty(path.BaseName);
        var keys = d.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        var output = d.GetProperty("outputs").GetProperty("out");
        Assert.Equal("nar", output.GetProperty("method").GetString());
        Assert.StartsWith("sha512-MJ7MSJwS1utMxA9QyQLytNDtd", output.GetProperty("hash").GetString());
        Assert.DoesNotContain("\n", text);
    }

    [Fact]
    public void LatestFormatMovesStructuredAttrsOutOfTheEnvironment()
    {
        var (path, drv) = Golden("structured");
        using var doc = JsonDocument.Parse(DerivationJson.Latest([(path, drv)], pretty: true));
        var d = doc.RootElement.GetProperty("derivations").GetProperty(path.BaseName);
        Assert.False(d.GetProperty("env").TryGetProperty("__json", out _));
        Assert.Equal(1.25, d.GetProperty("structuredAttrs").GetProperty("nested").GetProperty("b")[3].GetDouble());
        var inputs = d.GetProperty("inputs").GetProperty("drvs");
        Assert.Equal("out", inputs.GetProperty(GoldenStore.ExpectedDrv("simple")).GetProperty("outputs")[0].GetString());
        Assert.Equal(JsonValueKind.Array, d.GetProperty("inputs").GetProperty("srcs").ValueKind);
    }

    [Fact]
    public void FloatingImpureAndDeferredOutputs()
    {
        var (floatingPath, floating) = Golden("floating");
        var (impurePath, impure) = Golden("impure");
        var (deferredPath, deferred) = Golden("dependsOnFloating");
        using var doc = JsonDocument.Parse(DerivationJson.Latest([(floatingPath, floating), (impurePath, impure), (deferredPath, deferred)], pretty: false));
        var all = doc.RootElement.GetProperty("derivations");
        var f = all.GetProperty(floatingPath.BaseName).GetProperty("outputs").GetProperty("dev");
        Assert.Equal("sha256", f.GetProperty("hashAlgo").GetString());
        Assert.Equal("nar", f.GetProperty("method").GetString());
        Assert.True(all.GetProperty(impurePath.BaseName).GetProperty("outputs").GetProperty("out").GetProperty("impure").GetBoolean());
        Assert.Empty(all.GetProperty(deferredPath.BaseName).GetProperty("outputs").GetProperty("out").EnumerateObject());
    }

    [Fact]
    public void PrettyLayoutIsNlohmannsDumpTwo()
    {
        var (path, drv) = Golden("simple");
        var text = DerivationJson.Latest([(path, drv)], pretty: true);
        Assert.StartsWith("{\n  \"derivations\": {\n    \"" + path.BaseName + "\": {\n      \"args\": [],\n", text);
        Assert.EndsWith("\n  },\n  \"version\": 4\n}", text);
    }

    [Fact]
    public void Nix28LayoutKeepsFullPathsAndInsertionOrder()
    {
        var (path, drv) = Golden("fodRecursiveSha256");
        var text = DerivationJson.Nix28([(path, drv)], GoldenStore.Store);
        var expectedStart =
            "{\n  \"/tmp/arca-golden-drv/store/" + path.BaseName + "\": {\n    \"outputs\": {\n      \"out\": {\n" +
            "        \"path\": \"/tmp/arca-golden-drv/store/fncws0mmx7my74laarm0sk1bs1mf953h-fod-recursive-sha256\",\n" +
            "        \"hashAlgo\": \"r:sha256\",\n        \"hash\": \"";
        Assert.StartsWith(expectedStart, text);
        Assert.Contains("\"inputSrcs\": [],\n    \"inputDrvs\": {},\n    \"system\": \"x86_64-linux\"", text);
    }

    [Fact]
    public void StringsAreEscapedAsNlohmannDoes()
    {
        var drv = new Derivation("e") { Platform = "x", Builder = "b\u0001\u007f\"\\\n\t\u00c3\u00a9" };
        drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
        var text = DerivationJson.Latest([(StorePath.Parse("26xf0a6cni6vd35h72p79mvagjnlp11b-e.drv"), drv)], pretty: false);
        Assert.Contains("\"builder\":\"b\\u0001\u007f\\\"\\\\\\n\\t\u00c3\u00a9\"", text);
    }
}
