namespace Arca.Cli.Commands.Building;

/// <summary><c>arca log PATH</c>: prints the stored build log of a derivation or of the derivation that built a path.</summary>
internal static class LogCommand
{
    public static int Run(string[] args) => NixStoreBuildCommand.Guard(() => NixStoreBuildCommand.ReadLog(args, "arca log"));
}
