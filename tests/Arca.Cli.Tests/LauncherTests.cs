namespace Arca.Cli.Tests;

public sealed class LauncherTests
{
    [Fact]
    public void VersionNamesArcaAndTheNixItFollows()
    {
        var result = ArcaProcess.Run(["--version"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^arca \d+\.\d+\.\d+ \(compatible with Nix 2\.\d+\.\d+\)\n$", result.Stdout);
    }

    [Fact]
    public void AnUnknownCommandIsANixStyleErrorWithExitCode1()
    {
        var result = ArcaProcess.Run(["no-such-verb"]);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
