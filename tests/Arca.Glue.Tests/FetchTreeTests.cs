namespace Arca.Glue.Tests;

using Arca.Language.Errors;
using Arca.Language.Values;

public sealed class FetchTreeTests
{
    [Fact]
    public void NeedsTheExperimentalFeature()
    {
        using var t = new GlueTestStore("fetchtree-gate", readOnly: true);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchTree {{ type = \"path\"; path = \"{t.WorkDirectory}\"; }}"));
        Assert.StartsWith("experimental Nix feature 'flakes' is disabled", e.Message);
    }

    [Fact]
    public void PathInputsAreCopiedWithTheirNarHash()
    {
        using var t = new GlueTestStore("fetchtree-path", readOnly: true);
        t.Context.Options.ExperimentalFeatures.Add("flakes");
        var dir = Directory.CreateDirectory(Path.Combine(t.WorkDirectory, "input")).FullName;
        File.WriteAllText(Path.Combine(dir, "f"), "x");
        var result = (NixAttrs)t.Eval($"builtins.fetchTree \"path:{dir}\"").Force(t.Context);
        var outPath = ((NixString)result.Get("outPath")!.Force(t.Context)).Text;
        Assert.EndsWith("-source", outPath);
        Assert.Equal("x", File.ReadAllText(Path.Combine(outPath, "f")));
        Assert.Equal(t.Bridge.Store.RequirePathInfo(t.Bridge.Directory.ParsePath(outPath)).NarHash.ToSri(),
            ((NixString)result.Get("narHash")!.Force(t.Context)).Text);
        Assert.NotNull(result.Get("lastModified"));
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval("builtins.fetchTree { type = \"github\"; owner = \"o\"; repo = \"r\"; }"));
        Assert.StartsWith("cannot fetch unsupported input type 'github'", e.Message);
    }
}
