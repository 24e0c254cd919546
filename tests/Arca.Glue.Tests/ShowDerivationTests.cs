namespace Arca.Glue.Tests;

using Xunit.Abstractions;

/// <summary><c>arca show-derivation -r</c> against Nix 2.8's <c>nix show-derivation -r</c> on corpus derivations.</summary>
public sealed class ShowDerivationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nested-inputs.nix")]
    [InlineData("structured-attrs.nix")]
    [InlineData("special-strings.nix")]
    [InlineData("fixed-outputs.nix")]
    public void PrintsWhatNixShowDerivationPrints(string file)
    {
        if (!Processes.OracleAvailable(output.WriteLine)) return;
        using var store = new TempNixStore("show-" + Path.GetFileNameWithoutExtension(file));
        var instantiated = Processes.Run(Processes.OracleInstantiate, [Path.Combine(Processes.CorpusDirectory, file)], store.Variables, Processes.CorpusDirectory);
        Assert.Equal(0, instantiated.ExitCode);
        var drvs = instantiated.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('!')[0]).ToList();
        var nix = Processes.Run("/usr/bin/nix", ["--extra-experimental-features", "nix-command", "show-derivation", "-r", .. drvs], store.Variables, Processes.CorpusDirectory);
        var arca = Processes.Run(Processes.ArcaExecutable, ["show-derivation", "-r", .. drvs], store.Variables, Processes.CorpusDirectory);
        output.WriteLine(arca.Stderr);
        Assert.Equal(0, nix.ExitCode);
        Assert.Equal(0, arca.ExitCode);
        Assert.Equal(nix.StdoutText, arca.StdoutText);
    }
}
