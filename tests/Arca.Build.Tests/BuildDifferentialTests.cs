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

    /// <summary>
    /// nix-build end to end, Arca's evaluator included: each case through <c>nix-build --no-out-link</c> of both,
    /// with the same comparisons.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void ArcaNixBuildMatchesNixBuild(string name)
    {
        if (!Requirements.SandboxToolsPresent(out _) || !Programs.OraclePresent()) return;
        Programs.EnsureArcaBuilt();
        var file = Path.Combine(Programs.RepoRoot, "tests", "corpus", "builds", name + ".nix");
        using var store = new OracleStore("nb-" + name);

        var nix = store.Nix("nix-build", "--no-out-link", file);
        var drvs = store.Instantiate(file);
        var nixOutputs = store.DescribeOutputs(drvs);
        store.Reset();
        var arca = store.Arca("nix-build", "--no-out-link", file);
        var arcaOutputs = store.DescribeOutputs(store.Instantiate(file));

        Assert.True(nix.ExitCode == arca.ExitCode,
            $"exit status: nix {nix.ExitCode}, arca {arca.ExitCode}\n--- nix stderr\n{nix.Stderr}\n--- arca stderr\n{arca.Stderr}");
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(nixOutputs, arcaOutputs);
    }

    /// <summary>Attribute selection and arguments reach the evaluation: <c>-A</c>, <c>--arg</c>, <c>--argstr</c>, and -j0 refuses to build.</summary>
    [Fact]
    public void AttributesAndArgumentsSelectWhatIsBuilt()
    {
        if (!Requirements.SandboxToolsPresent(out _) || !Programs.OraclePresent()) return;
        Programs.EnsureArcaBuilt();
        var file = Path.Combine(Programs.RepoRoot, "bench", "build", "many.nix");
        using var store = new OracleStore("attrs");
        string[] args = ["nix-build", "--no-out-link", file, "--arg", "count", "4", "--argstr", "salt", "s", "-A", "2", "-A", "0"];
        var nix = store.Nix(args[0], args[1..]);
        store.Reset();
        var arca = store.Arca(args);
        Assert.True(nix.ExitCode == 0, nix.Stderr);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(2, arca.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        store.Reset();
        var none = store.Arca("nix-build", "--no-out-link", "-j0", file, "--arg", "count", "1", "--argstr", "salt", "j0");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("unable to start any build; either increase '--max-jobs' or enable remote builds", none.Stderr);
    }

    /// <summary>Result links: <c>result</c>, <c>result-2</c>, <c>result-OUTPUT</c>, and their indirect GC roots, as nix-build makes them.</summary>
    [Fact]
    public void ResultLinksAndGcRootsAreNixs()
    {
        if (!Requirements.SandboxToolsPresent(out _) || !Programs.OraclePresent()) return;
        Programs.EnsureArcaBuilt();
        using var store = new OracleStore("links");
        var work = Path.Combine(store.Root, "work");
        Directory.CreateDirectory(work);
        var expr = "let mk = n: derivation { name = n; system = \"x86_64-linux\"; builder = \"/bin/sh\"; outputs = [\"out\" \"dev\"]; " +
                   "args = [\"-c\" \"echo $out > $out; echo $dev > $dev\"]; }; in [ (mk \"one\") (mk \"two\").dev ]";

        string Snapshot()
        {
            var lines = new List<string>();
            foreach (var f in Directory.GetFileSystemEntries(work).Order(StringComparer.Ordinal))
                lines.Add(Path.GetFileName(f) + " -> " + new FileInfo(f).LinkTarget);
            var auto = Path.Combine(store.Root, "state", "gcroots", "auto");
            foreach (var f in Directory.GetFileSystemEntries(auto).Order(StringComparer.Ordinal))
                lines.Add("auto/" + Path.GetFileName(f) + " -> " + new FileInfo(f).LinkTarget);
            return string.Join('\n', lines);
        }

        var nix = Programs.Run("/usr/bin/nix-build", ["-E", expr], store.Environment, work);
        Assert.True(nix.ExitCode == 0, nix.Stderr);
        var nixLinks = Snapshot();
        store.Reset();
        foreach (var f in Directory.GetFileSystemEntries(work)) File.Delete(f);
        var arca = Programs.Run(Programs.Arca, ["nix-build", "-E", expr], store.Environment, work);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(nixLinks, Snapshot());
        Assert.Contains("result-2-dev ->", nixLinks);
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
