namespace Arca.Store.Tests.Derivations;

using Arca.Store.Derivations;
using Arca.Store.Paths;
using Xunit.Abstractions;

/// <summary>
/// The golden shapes instantiated afresh by the oracle in a temporary store (a store directory the committed
/// golden files were not made in): every .drv it writes must round-trip byte for byte, sit at the path its
/// contents give, and have the output paths our hash modulo gives.
/// </summary>
public sealed class OracleDerivationTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryDrvTheOracleWritesIsReproduced()
    {
        using var oracle = Oracle.TryCreate(output.WriteLine);
        if (oracle is null) return;
        oracle.Instantiate(Path.Combine(GoldenStore.Directory, "shapes.nix"));
        oracle.Instantiate("--extra-experimental-features", "ca-derivations impure-derivations", Path.Combine(GoldenStore.Directory, "ca.nix"));

        var store = new StoreDirectory(oracle.StoreDir);
        var resolver = new FileDerivationResolver(store);
        var hasher = new DerivationHasher(store, resolver);
        int checkedDrvs = 0;
        foreach (var file in Directory.GetFiles(oracle.StoreDir, "*.drv"))
        {
            var bytes = File.ReadAllBytes(file);
            var drv = ATermParser.ParseFile(file, store);
            Assert.Equal(bytes, ATermWriter.Write(drv, store));
            Assert.Equal(Path.GetFileName(file), DerivationStorePath.Compute(drv, store).Path.BaseName);
            if (drv.GetKind() == DerivationKind.InputAddressed)
            {
                var fresh = drv.Clone();
                foreach (var name in drv.Outputs.Keys)
                {
                    fresh.Outputs[name] = DerivationOutput.Deferred.Instance;
                    fresh.Environment[name] = "";
                }
                hasher.FillInOutputPaths(fresh);
                Assert.Equal(bytes, ATermWriter.Write(fresh, store));
            }
            hasher.CheckInvariants(drv);
            checkedDrvs++;
        }
        Assert.True(checkedDrvs >= 25, $"only {checkedDrvs} derivations were instantiated");
    }
}
