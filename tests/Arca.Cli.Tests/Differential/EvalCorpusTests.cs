namespace Arca.Cli.Tests.Differential;

using Xunit.Abstractions;

/// <summary>
/// The project's own corpus of expressions (tests/corpus/eval), each evaluated by nix-instantiate (nix-bin) and by
/// Arca in three output modes; standard output and exit code must be identical byte for byte. Files named err-*
/// must fail in both with exit 1 and an "error:" message (message texts follow latest Nix and may differ from 2.8's,
/// as may the part of a value Nix 2.8 streams before the error).
/// </summary>
[Trait("Category", "Differential")]
public sealed class EvalCorpusTests(ITestOutputHelper output) : IClassFixture<OracleFixture>
{
    private static readonly string CorpusDir = Path.Combine(ArcaProcess.RepoRoot, "tests", "corpus", "eval");

    public static IEnumerable<object[]> Cases()
    {
        foreach (var file in Directory.GetFiles(CorpusDir, "*.nix").Order(StringComparer.Ordinal))
            foreach (var mode in ModesOf(file))
                yield return [Path.GetFileName(file), mode];
    }

    /// <summary>
    /// All three modes, unless the file's first line says <c># modes: …</c> — for values whose rendering in one mode
    /// changed between Nix 2.8 and latest Nix (recorded in docs/compat.md), so the oracle cannot judge that mode.
    /// </summary>
    private static IEnumerable<string> ModesOf(string file)
    {
        var first = File.ReadLines(file).FirstOrDefault() ?? "";
        const string directive = "# modes:";
        return first.StartsWith(directive, StringComparison.Ordinal)
            ? first[directive.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(m => m is "plain" or "json" or "xml")
            : ["plain", "json", "xml"];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ArcaPrintsWhatNixPrints(string file, string mode)
    {
        using var oracle = new Oracle();
        var args = new List<string> { "--eval", "--strict" };
        if (mode == "json") args.Add("--json");
        // Without locations: Nix 2.8 reports inherited attributes one column early, latest Nix (and Arca) at the
        // name itself (docs/compat.md).
        if (mode == "xml") args.AddRange(["--xml", "--no-location"]);
        args.Add(file);

        var nix = oracle.RunNix("nix-instantiate", args, CorpusDir);
        var arca = oracle.RunArca("nix-instantiate", args, CorpusDir);
        output.WriteLine($"nix  (exit {nix.ExitCode}):\n{nix.Stdout}{nix.Stderr}");
        output.WriteLine($"arca (exit {arca.ExitCode}):\n{arca.Stdout}{arca.Stderr}");

        Assert.Equal(nix.ExitCode, arca.ExitCode);
        if (nix.ExitCode == 0)
        {
            var arcaBytes = arca.StdoutBytes;
            if (mode == "json")
            {
                // Latest Nix ends --json output with a newline, Nix 2.8 does not (docs/compat.md).
                Assert.EndsWith("\n", arca.Stdout);
                if (!nix.Stdout.EndsWith('\n')) arcaBytes = arcaBytes[..^1];
            }
            Assert.Equal(nix.Stdout, System.Text.Encoding.UTF8.GetString(arcaBytes));
            Assert.Equal(nix.StdoutBytes, arcaBytes);
        }
        else
        {
            // On failure Nix 2.8 may already have streamed part of the value; latest Nix prints nothing for JSON. Only the
            // failure itself is compared.
            Assert.Contains("error:", arca.Stderr);
            Assert.DoesNotContain("   at Arca.", arca.Stderr); // never a .NET stack trace
        }
        if (file.StartsWith("err-", StringComparison.Ordinal)) Assert.Equal(1, nix.ExitCode);
    }
}

/// <summary>Fails every differential test up front, with the reason, when the oracle is missing.</summary>
public sealed class OracleFixture
{
    public OracleFixture()
    {
        if (Oracle.FindNix("nix-instantiate") is null) throw new InvalidOperationException(Oracle.MissingMessage);
    }
}
