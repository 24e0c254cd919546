namespace Arca.Build.Tests;

/// <summary>
/// Every case of tests/corpus/builds realised by Nix (nix-store --realise, sandbox on) and by Arca in the same
/// store location: same exit status, same output paths on stdout, same NAR hashes and references (as the oracle
/// reads them from each store's database), and for failures the same key error lines.
/// </summary>
[Trait("Category", "Differential")]
public sealed class BuildDifferentialTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(Programs.RepoRoot, "tests", "corpus", "builds"), "*.nix")
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void ArcaBuildsAsNixDoes(string name)
    {
        if (!Requirements.SandboxToolsPresent(out _) || !Programs.OraclePresent()) return;
        Programs.EnsureArcaBuilt();
        var file = Path.Combine(Programs.RepoRoot, "tests", "corpus", "builds", name + ".nix");
        using var store = new OracleStore(name);

        var drvs = store.Instantiate(file);
        var nix = store.Nix("nix-store", ["--realise", .. drvs]);
        var nixOutputs = store.DescribeOutputs(drvs);

        store.Reset();
        var drvsAgain = store.Instantiate(file);
        Assert.Equal(drvs, drvsAgain);
        var arca = store.Arca(["nix-store", "--realise", .. drvs]);
        var arcaOutputs = store.DescribeOutputs(drvs);

        Assert.True(nix.ExitCode == arca.ExitCode,
            $"exit status: nix {nix.ExitCode}, arca {arca.ExitCode}\n--- nix stderr\n{nix.Stderr}\n--- arca stderr\n{arca.Stderr}");
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(nixOutputs, arcaOutputs);
        if (name.StartsWith("fail-", StringComparison.Ordinal))
        {
            Assert.NotEqual(0, arca.ExitCode);
            Assert.Equal(KeyErrorLines(nix.Stderr), KeyErrorLines(arca.Stderr));
        }
        else
        {
            Assert.True(arca.ExitCode == 0, arca.Stderr);
            Assert.NotEmpty(arcaOutputs);
        }
    }

    /// <summary>The parts of an error both versions word alike: hash mismatches, rejected references, sizes.</summary>
    private static List<string> KeyErrorLines(string stderr) =>
        stderr.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("specified:", StringComparison.Ordinal) || l.StartsWith("got:", StringComparison.Ordinal)
                || l.Contains("is not allowed to refer to", StringComparison.Ordinal) || l.Contains("is too large", StringComparison.Ordinal)
                || l.Contains("hash mismatch", StringComparison.Ordinal))
            .ToList();
}
