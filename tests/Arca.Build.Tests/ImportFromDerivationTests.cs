namespace Arca.Build.Tests;

/// <summary>
/// Import from derivation: evaluation reads a file a derivation produces, so the derivation is built in the middle
/// of evaluating — and the result, the built path and the stored output are Nix's.
/// </summary>
[Trait("Category", "Differential")]
public sealed class ImportFromDerivationTests
{
    private const string Expression = """
        let
          generated = derivation {
            name = "generated-expr";
            system = "x86_64-linux";
            builder = "/bin/sh";
            args = [ "-c" "echo '{ answer = 6 * 7; names = [ \"a\" \"b\" ]; }' > $out" ];
          };
          imported = import generated;
        in derivation {
          name = "uses-import-${toString imported.answer}";
          system = "x86_64-linux";
          builder = "/bin/sh";
          args = [ "-c" "echo ${builtins.concatStringsSep "," imported.names} > $out" ];
        }
        """;

    [Fact]
    public void EvaluationBuildsWhatItImportsAsNixDoes()
    {
        if (!Requirements.SandboxToolsPresent(out _) || !Programs.OraclePresent()) return;
        Programs.EnsureArcaBuilt();
        using var store = new OracleStore("ifd");

        var arca = store.Arca("nix-build", "--no-out-link", "-E", Expression);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Contains("generated-expr.drv", arca.Stderr); // built during evaluation
        var arcaOut = arca.Stdout.Trim();
        Assert.EndsWith("-uses-import-42", arcaOut);
        Assert.Equal("a,b\n", File.ReadAllText(arcaOut));

        store.Reset();
        var nix = store.Nix("nix-build", "--no-out-link", "-E", Expression);
        Assert.True(nix.ExitCode == 0, nix.Stderr);
        Assert.Equal(nix.Stdout.Trim(), arcaOut);
        Assert.Equal("a,b\n", File.ReadAllText(arcaOut));
    }

    [Fact]
    public void ReadOnlyEvaluationRefusesToBuildAndSaysWhy()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        Programs.EnsureArcaBuilt();
        using var store = new OracleStore("ifd-ro");
        var arca = store.Arca("nix-instantiate", "--eval", "-E", "(import (derivation { name = \"g\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; args = [ \"-c\" \"echo 1 > $out\" ]; }))");
        Assert.Equal(1, arca.ExitCode);
        Assert.Contains("error:", arca.Stderr);
        Assert.DoesNotContain("   at Arca.", arca.Stderr);
    }
}
