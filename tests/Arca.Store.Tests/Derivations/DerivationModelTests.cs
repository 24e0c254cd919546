namespace Arca.Store.Tests.Derivations;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class DerivationModelTests
{
    private static readonly StoreDirectory Store = new("/nix/store");
    private static readonly Hash HelloSha256 = Hash.Compute(HashAlgorithm.Sha256, "hello world"u8);

    private static Derivation With(params (string Name, DerivationOutput Output)[] outputs)
    {
        var drv = new Derivation("d") { Platform = "x", Builder = "b" };
        foreach (var (name, output) in outputs) drv.Outputs[name] = output;
        return drv;
    }

    private static DerivationOutput Fixed => new DerivationOutput.ContentAddressedFixed(new ContentAddress(ContentAddressMethod.Flat, HelloSha256));

    [Fact]
    public void KindErrorsAreNixs()
    {
        Assert.Equal("must have at least one output", Assert.Throws<DerivationException>(() => With().GetKind()).Message);
        Assert.Equal("can't mix derivation output types", Assert.Throws<DerivationException>(() =>
            With(("out", DerivationOutput.Deferred.Instance), ("zzz", Fixed)).GetKind()).Message);
        Assert.Equal("single fixed output must be named \"out\"", Assert.Throws<DerivationException>(() => With(("bin", Fixed)).GetKind()).Message);
        Assert.Equal("only one fixed output is allowed for now", Assert.Throws<DerivationException>(() => With(("out", Fixed), ("zzz", Fixed)).GetKind()).Message);
        Assert.Equal("all floating outputs must use the same hash algorithm", Assert.Throws<DerivationException>(() => With(
            ("a", new DerivationOutput.ContentAddressedFloating(ContentAddressMethod.NixArchive, HashAlgorithm.Sha256)),
            ("b", new DerivationOutput.ContentAddressedFloating(ContentAddressMethod.NixArchive, HashAlgorithm.Sha1))).GetKind()).Message);
    }

    [Fact]
    public void TheKindsProperties()
    {
        Assert.True(DerivationKind.FixedOutput.IsFixed());
        Assert.False(DerivationKind.FixedOutput.IsSandboxed());
        Assert.True(DerivationKind.Floating.IsContentAddressed());
        Assert.False(DerivationKind.DeferredInputAddressed.HasKnownOutputPaths());
        Assert.True(DerivationKind.InputAddressed.HasKnownOutputPaths());
        Assert.True(DerivationKind.Impure.IsImpure());
    }

    [Fact]
    public void OutputPathNamesAppendTheOutputExceptForOut()
    {
        Assert.Equal("hello", DerivationOutput.OutputPathName("hello", "out"));
        Assert.Equal("hello-dev", DerivationOutput.OutputPathName("hello", "dev"));
    }

    [Fact]
    public void TheDrvReferencesAreInputsButNotOutputs()
    {
        var drv = With(("out", new DerivationOutput.InputAddressed(StorePath.Parse("gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a"))));
        var src = StorePath.Parse("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo");
        var input = StorePath.Parse("26xf0a6cni6vd35h72p79mvagjnlp11b-b.drv");
        drv.InputSources.Add(src);
        drv.AddInputDerivationOutput(input, "out");
        Assert.Equal([input, src], drv.References().ToArray());
        var computed = DerivationStorePath.Compute(drv, Store);
        Assert.Equal(Store.MakeTextPath("d.drv", computed.Contents, [src, input]), computed.Path);
    }

    [Fact]
    public void AResetDerivationIsWrittenAsANewOneIs()
    {
        var used = new Derivation("first") { Platform = "x86_64-linux", Builder = "/bin/sh" };
        used.Arguments.Add("-c");
        used.Environment["a"] = "b";
        used.Outputs["out"] = DerivationOutput.Deferred.Instance;
        used.Outputs["dev"] = DerivationOutput.Deferred.Instance;
        var input = StorePath.Parse("gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-in.drv");
        used.AddInputDerivationOutput(input, "out");
        used.AddInputDerivationOutput(input, "dev");
        used.InputSources.Add(StorePath.Parse("0vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-src"));

        used.Reset("second");
        var fresh = new Derivation("second");
        foreach (var drv in new[] { used, fresh })
        {
            drv.Platform = "aarch64-linux";
            drv.Builder = "/bin/bash";
            drv.Environment["z"] = "y";
            drv.Outputs["out"] = DerivationOutput.Deferred.Instance;
            drv.AddInputDerivationOutput(StorePath.Parse("1vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-other.drv"), "lib");
        }
        Assert.Equal("second", used.Name);
        Assert.Equal(ATermWriter.Write(fresh, Store), ATermWriter.Write(used, Store));
        Assert.Equal(["lib"], Assert.Single(used.InputDerivations).Value.Outputs);
    }

    [Fact]
    public void AFixedOutputCopiedWithAnotherAddressComputesItsOwnPath()
    {
        var first = new DerivationOutput.ContentAddressedFixed(new ContentAddress(ContentAddressMethod.Flat, Hash.Compute(HashAlgorithm.Sha256, "a"u8)));
        var firstPath = first.ComputePath(Store, "f", "out");
        Assert.Equal(firstPath, first.ComputePath(Store, "f", "out"));
        var second = first with { Address = new ContentAddress(ContentAddressMethod.Flat, Hash.Compute(HashAlgorithm.Sha256, "b"u8)) };
        Assert.NotEqual(firstPath, second.ComputePath(Store, "f", "out"));
        Assert.Equal(Store.MakeFixedOutputPath("f", second.Address), second.ComputePath(Store, "f", "out"));
        Assert.Equal(Store.MakeFixedOutputPath("g", first.Address), first.ComputePath(Store, "g", "out"));
        Assert.Equal(first, first with { });
    }

    [Fact]
    public void OutputNameSetsKeepNamesUniqueInByteOrder()
    {
        var set = new OutputNameSet();
        Assert.Empty(set);
        Assert.True(set.Add("out"));
        Assert.False(set.Add("out"));
        Assert.Equal(["out"], set);
        foreach (var name in new[] { "dev", "Zed", "man", "out", "bin", "doc", "\u00e9t\u00e9", "lib" }) set.Add(name);
        // Ordinal: upper case before lower case, bytes above 0x7F last.
        Assert.Equal(["Zed", "bin", "dev", "doc", "lib", "man", "out", "\u00e9t\u00e9"], set);
        Assert.Equal(8, set.Count);
        Assert.True(set.Contains("lib"));
        Assert.False(set.Contains("li"));
        var other = new OutputNameSet();
        other.Add("zzz");
        other.Add("dev");
        set.UnionWith(other);
        Assert.Equal("zzz", set[7]);
        Assert.Equal(9, set.Count);

        set.Clear();
        Assert.Empty(set);
        Assert.False(set.Contains("out"));
        set.Add("out");
        set.Add("dev");
        Assert.Equal(["dev", "out"], set);
    }

    [Fact]
    public void FillingInChecksStatedPathsAndEnvironment()
    {
        var hasher = new DerivationHasher(Store, new NoInputs());
        var drv = With(("out", DerivationOutput.Deferred.Instance));
        drv.Environment["out"] = ""; // as derivationStrict: the variable exists (empty) when the hash is taken
        hasher.FillInOutputPaths(drv);
        var path = Assert.IsType<DerivationOutput.InputAddressed>(drv.Outputs["out"]).Path;
        Assert.Equal(Store.Print(path), drv.Environment["out"]);

        var wrongPath = drv.Clone();
        wrongPath.Outputs["out"] = new DerivationOutput.InputAddressed(StorePath.Parse("gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-d"));
        Assert.StartsWith("derivation has incorrect output '/nix/store/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-d', should be",
            Assert.Throws<DerivationException>(() => hasher.FillInOutputPaths(wrongPath)).Message);

        var wrongEnv = drv.Clone();
        wrongEnv.Environment["out"] = "/elsewhere";
        var envError = Assert.Throws<DerivationException>(() => hasher.CheckInvariants(wrongEnv)).Message;
        Assert.EndsWith("but is actually '/elsewhere'", envError);

        // (Removing the variable of an input-addressed output changes its hash; a fixed output's path does not move.)
        var missingEnv = With(("out", Fixed));
        Assert.Contains("has missing environment variable 'out'", Assert.Throws<DerivationException>(() => hasher.CheckInvariants(missingEnv)).Message);
    }

    [Fact]
    public void TheOwnOutputPathsIgnoreWhatTheOutputsAndTheirVariablesSay()
    {
        var hasher = new DerivationHasher(Store, new NoInputs());
        var a = With(("out", DerivationOutput.Deferred.Instance));
        a.Environment["out"] = "";
        var b = a.Clone();
        b.Environment["out"] = "/nix/store/gvmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a";
        Assert.Equal(hasher.HashForOutputPaths(a), hasher.HashForOutputPaths(b));
        b.Environment["other"] = "";
        Assert.NotEqual(hasher.HashForOutputPaths(a), hasher.HashForOutputPaths(b));
    }

    [Fact]
    public void TheMaskedModuloTextReplacesInputsByTheirHashes()
    {
        var input = With(("out", DerivationOutput.Deferred.Instance));
        var hasher = new DerivationHasher(Store, new NoInputs());
        hasher.FillInOutputPaths(input);
        var inputPath = DerivationStorePath.Compute(input, Store).Path;
        hasher.Remember(inputPath, hasher.HashInput(input));

        var drv = With(("out", DerivationOutput.Deferred.Instance));
        drv.AddInputDerivationOutput(inputPath, "out");
        var text = Encoding.Latin1.GetString(hasher.MaskedModuloText(drv)!);
        var inputHash = Assert.IsType<DerivationHashModulo.DerivationHash>(hasher.HashInput(input)).Hash;
        Assert.Equal($"Derive([(\"out\",\"\",\"\",\"\")],[(\"{inputHash.ToBase16()}\",[\"out\"])],[],\"x\",\"b\",[],[])", text);
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha256, Encoding.Latin1.GetBytes(text)), hasher.HashForOutputPaths(drv));
    }

    [Fact]
    public void InputsWithTheSameHashModuloAreOneEntryAsInNixsMap()
    {
        // Two fixed-output derivations fetching the same content differently: different .drv files, one hash modulo.
        var hasher = new DerivationHasher(Store, new NoInputs());
        var first = With(("out", Fixed));
        var second = With(("out", Fixed));
        second.Builder = "another fetcher";
        var firstPath = DerivationStorePath.Compute(first, Store).Path;
        var secondPath = DerivationStorePath.Compute(second, Store).Path;
        Assert.NotEqual(firstPath, secondPath);
        hasher.Remember(firstPath, hasher.HashInput(first));
        hasher.Remember(secondPath, hasher.HashInput(second));
        var fixedHash = Assert.IsType<DerivationHashModulo.FixedOutputHashes>(hasher.HashInput(first)).Hash;

        var drv = With(("out", DerivationOutput.Deferred.Instance));
        drv.AddInputDerivationOutput(firstPath, "out");
        drv.AddInputDerivationOutput(secondPath, "out");
        var text = Encoding.Latin1.GetString(hasher.MaskedModuloText(drv)!);
        Assert.Equal($"Derive([(\"out\",\"\",\"\",\"\")],[(\"{fixedHash.ToBase16()}\",[\"out\"])],[],\"x\",\"b\",[],[])", text);
    }

    [Fact]
    public void ModuloInputsAreOrderedByHashNotByPath()
    {
        var hasher = new DerivationHasher(Store, new NoInputs());
        var inputs = new List<(StorePath Path, string Hash)>();
        foreach (var name in new[] { "p", "q", "r", "s" })
        {
            var input = With(("out", DerivationOutput.Deferred.Instance));
            input.Name = name;
            hasher.FillInOutputPaths(input);
            var path = DerivationStorePath.Compute(input, Store).Path;
            var hash = hasher.HashInput(input);
            hasher.Remember(path, hash);
            inputs.Add((path, Assert.IsType<DerivationHashModulo.DerivationHash>(hash).Hash.ToBase16()));
        }
        var drv = With(("out", DerivationOutput.Deferred.Instance));
        foreach (var (path, _) in inputs) drv.AddInputDerivationOutput(path, "out");
        drv.AddInputDerivationOutput(inputs[0].Path, "dev");
        var expected = string.Join(",", inputs.OrderBy(i => i.Hash, StringComparer.Ordinal)
            .Select(i => $"(\"{i.Hash}\",{(i.Path == inputs[0].Path ? "[\"dev\",\"out\"]" : "[\"out\"]")})"));
        Assert.Contains($"],[{expected}],[]", Encoding.Latin1.GetString(hasher.MaskedModuloText(drv)!));
    }

    [Fact]
    public void AMissingFixedOutputIsNixsError()
    {
        var fod = With(("out", Fixed));
        var fodPath = DerivationStorePath.Compute(fod, Store).Path;
        var hasher = new DerivationHasher(Store, new NoInputs());
        hasher.Remember(fodPath, hasher.HashInput(fod));
        var drv = With(("out", DerivationOutput.Deferred.Instance));
        drv.AddInputDerivationOutput(fodPath, "dev");
        Assert.Equal("no hash for output 'dev' of derivation 'd'", Assert.Throws<DerivationException>(() => hasher.HashForOutputPaths(drv)).Message);
    }

    [Fact]
    public void PlaceholdersMatchNix()
    {
        Assert.Equal("/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9", Placeholders.ForOutput("out"));
        // A placeholder of a placeholder is a pure function of the inputs.
        var upstream = Placeholders.UnknownContentAddressedOutput(StorePath.Parse("26xf0a6cni6vd35h72p79mvagjnlp11b-a.drv"), "dev");
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha256, "nix-upstream-output:26xf0a6cni6vd35h72p79mvagjnlp11b:a-dev"u8), upstream);
        var computed = Placeholders.UnknownDerivationOutput(upstream, "out");
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha256, Encoding.ASCII.GetBytes("nix-computed-output:" + upstream.Compress(20).ToNixBase32() + ":out")), computed);
    }

    private sealed class NoInputs : IDerivationResolver
    {
        public Derivation ReadDerivation(StorePath drvPath) => throw new InvalidOperationException($"unexpected read of {drvPath}");
    }
}
