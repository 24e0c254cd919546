namespace Arca.Cli.Commands;

internal static class VersionCommand
{
    /// <summary>The Nix version Arca is compatible with, as reported to expressions and by <c>--version</c> of classic names.</summary>
    public const string CompatibleNixVersion = "2.8.0";

    public static string ArcaVersion =>
        typeof(VersionCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static int Run(string[] args)
    {
        Console.Out.WriteLine($"arca {ArcaVersion} (compatible with Nix {CompatibleNixVersion})");
        return 0;
    }
}
