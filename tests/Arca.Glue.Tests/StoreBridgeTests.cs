namespace Arca.Glue.Tests;

using Arca.Language.Errors;
using Arca.Language.Values;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class StoreBridgeTests
{
    private const string Simple = "derivation { name = \"simple\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; }";

    [Fact]
    public void ReadOnlyInstantiationComputesPathsButWritesNothing()
    {
        using var t = new GlueTestStore("readonly", readOnly: true);
        var drvPath = t.EvalString($"({Simple}).drvPath");
        Assert.StartsWith(t.StoreDir + "/", drvPath);
        Assert.EndsWith("-simple.drv", drvPath);
        Assert.False(Directory.Exists(t.StoreDir));
        Assert.StartsWith(t.StoreDir + "/", t.EvalString("\"${builtins.toFile \"x\" \"y\"}\""));
        Assert.False(Directory.Exists(t.StoreDir));
    }

    [Fact]
    public void WritingRegistersTheDrvAndItsOutputs()
    {
        using var t = new GlueTestStore("write");
        var drvPath = t.EvalString($"({Simple}).drvPath");
        var outPath = t.EvalString($"({Simple}).outPath");
        var store = t.Bridge.Store;
        var drv = t.Bridge.Directory.ParsePath(drvPath);
        Assert.True(store.IsValidPath(drv));
        Assert.Contains(drv, store.QueryValidDerivers(t.Bridge.Directory.ParsePath(outPath)));
        var parsed = ATermParser.ParseFile(drvPath, t.Bridge.Directory);
        Assert.Equal(outPath, parsed.Environment["out"]);
        Assert.Equal(drv, DerivationStorePath.Compute(parsed, t.Bridge.Directory).Path);
    }

    [Fact]
    public void DependenciesBecomeInputsAndReferences()
    {
        using var t = new GlueTestStore("deps");
        var drvPath = t.EvalString(
            "let dep = derivation { name = \"dep\"; system = \"x\"; builder = \"/bin/sh\"; outputs = [ \"out\" \"dev\" ]; }; " +
            "in (derivation { name = \"user\"; system = \"x\"; builder = \"${dep.dev}/bin/sh\"; src = builtins.toFile \"s\" \"t\"; }).drvPath");
        var drv = ATermParser.ParseFile(drvPath, t.Bridge.Directory);
        var (depDrv, node) = Assert.Single(drv.InputDerivations);
        Assert.Equal(["dev"], node.Outputs);
        Assert.EndsWith("-dep.drv", depDrv.BaseName);
        var src = Assert.Single(drv.InputSources);
        Assert.EndsWith("-s", src.BaseName);
        var references = t.Bridge.Store.RequirePathInfo(t.Bridge.Directory.ParsePath(drvPath)).References;
        Assert.Equal(new[] { depDrv, src }.Order(), references.Order());
    }

    [Fact]
    public void TheResultStringsCarryNixsContexts()
    {
        using var t = new GlueTestStore("contexts", readOnly: true);
        var result = (NixAttrs)t.Eval($"builtins.derivationStrict {{ name = \"c\"; system = \"x\"; builder = \"/bin/sh\"; outputs = [ \"out\" \"lib\" ]; }}").Force(t.Context);
        var drvPath = (NixString)result.Get("drvPath")!.Force(t.Context);
        Assert.Equal(["=" + drvPath.Text], drvPath.Context.Elements);
        var lib = (NixString)result.Get("lib")!.Force(t.Context);
        Assert.Equal(["!lib!" + drvPath.Text], lib.Context.Elements);
        Assert.EndsWith("-c-lib", lib.Text);
    }

    [Fact]
    public void PathsAreCopiedOncePerEvaluation()
    {
        using var t = new GlueTestStore("copy-once");
        var file = Path.Combine(t.WorkDirectory, "data.txt");
        File.WriteAllText(file, "first");
        var first = t.EvalString("\"${./data.txt}\"");
        File.WriteAllText(file, "second");
        Assert.Equal(first, t.EvalString("\"${./data.txt}\""));
        Assert.Equal("first", File.ReadAllText(first));
        var expected = t.Bridge.Directory.MakeFixedOutputPath("data.txt",
            new ContentAddress(ContentAddressMethod.NixArchive, t.Bridge.Store.RequirePathInfo(t.Bridge.Directory.ParsePath(first)).NarHash));
        Assert.Equal(first, t.Bridge.Directory.Print(expected));
    }

    [Fact]
    public void ToFileRefusesDerivationContexts()
    {
        using var t = new GlueTestStore("tofile", readOnly: true);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.toFile \"bad\" \"${{{Simple}}}\""));
        Assert.StartsWith("files created by builtins.toFile may not reference derivations, but bad references !out!", e.Message);
    }

    [Theory]
    [InlineData("{ name = \"x\"; system = \"s\"; }", "required attribute 'builder' missing")]
    [InlineData("{ name = \"x\"; builder = \"b\"; }", "required attribute 'system' missing")]
    [InlineData("{ name = \"a b\"; system = \"s\"; builder = \"b\"; }", "invalid derivation name: name 'a b' contains illegal character ' '. Please pass a different 'name'.")]
    [InlineData("{ name = \"x\"; system = \"s\"; builder = \"b\"; __contentAddressed = true; }", "experimental Nix feature 'ca-derivations' is disabled; add '--extra-experimental-features ca-derivations' to enable it")]
    [InlineData("{ name = \"x\"; system = \"s\"; builder = \"b\"; outputHash = \"\"; }", "empty hash requires explicit hash algorithm")]
    [InlineData("{ name = \"x\"; system = \"s\"; builder = \"b\"; outputHashMode = \"zip\"; outputHash = \"sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=\"; }", "invalid value 'zip' for 'outputHashMode' attribute")]
    [InlineData("{ name = \"x\"; system = \"s\"; builder = \"b\"; outputs = [ \"a\" \"a\" ]; }", "duplicate derivation output 'a'")]
    [InlineData("{ name = \"x\"; system = \"s\"; builder = \"b\"; outputs = [ ]; }", "derivation cannot have an empty set of outputs")]
    public void DerivationStrictFailsAsNixDoes(string attrs, string message)
    {
        using var t = new GlueTestStore("errors", readOnly: true);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"(builtins.derivationStrict {attrs}).drvPath"));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("[ \"out\" ]", "drvPath out")]
    [InlineData("[ \"lib\" \"dev\" \"out\" ]", "dev drvPath lib out")]
    [InlineData("\" dev\\tout\\n  \\r man \"", "dev drvPath man out")]
    [InlineData("\"out\"", "drvPath out")]
    [InlineData("[ \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" ]", "a b c d drvPath e f")]
    public void TheOutputsAttributeNamesTheResultsAttributes(string outputs, string names)
    {
        using var t = new GlueTestStore("outputs", readOnly: true);
        var result = (NixAttrs)t.Eval($"builtins.derivationStrict {{ name = \"o\"; system = \"x\"; builder = \"/bin/sh\"; outputs = {outputs}; }}").Force(t.Context);
        var actual = new List<string>();
        for (int i = 0; i < result.Count; i++) actual.Add(result.NameAt(i));
        Assert.Equal(names, string.Join(' ', actual));
    }

    [Theory]
    [InlineData("\"out dev out\"", "duplicate derivation output 'out'")]
    [InlineData("\" \\t \"", "derivation cannot have an empty set of outputs")]
    [InlineData("\"drvPath\"", "invalid derivation output name 'drvPath'")]
    public void AStringOfOutputsIsCheckedAsAList(string outputs, string message)
    {
        using var t = new GlueTestStore("outputs-string", readOnly: true);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"(builtins.derivationStrict {{ name = \"x\"; system = \"s\"; builder = \"b\"; outputs = {outputs}; }}).drvPath"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void AReusedDerivationStrictCarriesNothingOverFromTheLastDerivation()
    {
        using var t = new GlueTestStore("reuse");
        const string lets = "let mk = extra: derivation ({ name = \"small\"; system = \"x\"; builder = \"/bin/sh\"; } // extra); " +
            "dep = derivation { name = \"dep\"; system = \"x\"; builder = \"/bin/sh\"; outputs = [ \"out\" \"dev\" ]; }; " +
            "big = derivation { name = \"big\"; system = \"y\"; builder = \"${dep.dev}/bin/sh\"; args = [ \"${dep}\" \"-x\" ]; " +
            "outputs = [ \"out\" \"lib\" \"doc\" ]; src = builtins.toFile \"s\" \"t\"; many = [ 1 2 3 4 5 6 7 8 9 10 11 12 ]; " +
            "fixed = derivation { name = \"f\"; system = \"x\"; builder = \"/bin/sh\"; outputHash = \"sha256-uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=\"; }; }; in ";
        var first = t.EvalString(lets + "(mk { }).drvPath");
        // The same derivation again, now made by an instance that made others (with inputs, outputs and variables) before.
        var again = t.EvalString(lets + "builtins.seq big.drvPath (mk { }).drvPath");
        Assert.Equal(first, again);
        var drv = ATermParser.ParseFile(again, t.Bridge.Directory);
        Assert.Empty(drv.InputDerivations);
        Assert.Empty(drv.InputSources);
        Assert.Empty(drv.Arguments);
        Assert.Equal(["builder", "name", "out", "system"], drv.Environment.Keys);
        Assert.Equal(["out"], drv.Outputs.Keys);
    }

    [Fact]
    public void AnEmptyFixedOutputHashIsZeroesWithAWarning()
    {
        using var t = new GlueTestStore("empty-hash", readOnly: true);
        var drvPath = t.EvalString("(derivation { name = \"f\"; system = \"s\"; builder = \"b\"; outputHashAlgo = \"sha256\"; outputHash = \"\"; }).outPath");
        Assert.Contains("warning: found empty hash, assuming 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='", t.Diagnostics.ToString());
        Assert.EndsWith("-f", drvPath);
    }

    [Fact]
    public void IgnoreNullsDropsNullAttributes()
    {
        using var t = new GlueTestStore("nulls");
        var drvPath = t.EvalString("(derivation { name = \"n\"; system = \"s\"; builder = \"b\"; __ignoreNulls = true; gone = null; kept = null == null; }).drvPath");
        var drv = ATermParser.ParseFile(drvPath, t.Bridge.Directory);
        Assert.False(drv.Environment.ContainsKey("gone"));
        Assert.False(drv.Environment.ContainsKey("__ignoreNulls"));
        Assert.Equal("1", drv.Environment["kept"]);
    }

    [Fact]
    public void DerivationWrapperGivesEveryOutputItsOwnSet()
    {
        using var t = new GlueTestStore("wrapper", readOnly: true);
        var text = t.EvalString(
            "let d = derivation { name = \"w\"; system = \"s\"; builder = \"b\"; outputs = [ \"out\" \"dev\" ]; }; " +
            "in builtins.concatStringsSep \",\" [ d.outputName d.dev.outputName (builtins.head d.all).outputName d.type d.drvAttrs.name (toString (d.dev.drvPath == d.drvPath)) ]");
        Assert.Equal("out,dev,out,derivation,w,1", text);
    }

    [Fact]
    public void FilterSourceKeepsOnlyAcceptedEntries()
    {
        using var t = new GlueTestStore("filter");
        var dir = Directory.CreateDirectory(Path.Combine(t.WorkDirectory, "tree")).FullName;
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "k");
        File.WriteAllText(Path.Combine(dir, "drop.log"), "d");
        var result = t.EvalString("\"${builtins.filterSource (p: t: builtins.match \".*\\\\.log\" p == null) ./tree}\"");
        Assert.True(File.Exists(Path.Combine(result, "keep.txt")));
        Assert.False(File.Exists(Path.Combine(result, "drop.log")));
        Assert.EndsWith("-tree", result);
    }

    [Fact]
    public void A_socket_in_a_tree_is_unknown_to_the_filter_and_cannot_be_added()
    {
        using var t = new GlueTestStore("special-files");
        var dir = Directory.CreateDirectory(Path.Combine(t.WorkDirectory, "tree")).FullName;
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "k");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(dir, "sock")));
        // The filter sees Nix's "unknown" and can leave the file out; including it is Nix's error, not a hang.
        var kept = t.EvalString("\"${builtins.path { path = ./tree; filter = p: type: type != \"unknown\"; }}\"");
        Assert.True(File.Exists(Path.Combine(kept, "keep.txt")));
        Assert.False(File.Exists(Path.Combine(kept, "sock")));
        var e = Assert.ThrowsAny<Exception>(() => t.EvalString("\"${builtins.path { path = ./tree; filter = p: type: true; }}\""));
        Assert.Contains("has an unsupported type", e.Message);
    }
}

public sealed class StorePathBuiltinTests
{
    [Fact]
    public void StorePathGivesAValidPathItsContext()
    {
        using var t = new GlueTestStore("storepath");
        var file = t.EvalString("builtins.toFile \"f\" \"contents\"");
        var value = (Arca.Language.Values.NixString)t.Eval($"builtins.storePath \"{file}/.\"").Force(t.Context);
        Assert.Equal(file, value.Text);
        Assert.Equal([file], value.Context.Elements);
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval("builtins.storePath \"/etc/passwd\""));
        Assert.Equal("path '/etc/passwd' is not in the Nix store", e.Message);
    }

    [Fact]
    public void PathWithAWrongPinnedHashFails()
    {
        using var t = new GlueTestStore("path-pinned");
        File.WriteAllText(Path.Combine(t.WorkDirectory, "f.txt"), "x");
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.path {{ path = ./f.txt; sha256 = \"{new string('1', 52)}\"; }}"));
        Assert.StartsWith("store path mismatch in (possibly filtered) path added from", e.Message);
        var ok = t.EvalString("builtins.path { path = ./f.txt; name = \"named\"; recursive = false; }");
        Assert.EndsWith("-named", ok);
    }
}
