namespace Arca.Cli.Commands;

internal static class HelpCommand
{
    public static int Run(string[] args)
    {
        Console.Out.WriteLine($"""
            arca {VersionCommand.ArcaVersion} — a purely functional package manager, compatible with Nix

            Usage: arca COMMAND [ARGS…]

            Modern commands:
            {string.Join("\n", CommandTable.Verbs.Keys.Where(k => !k.StartsWith('-')).Order().Select(k => "  " + k))}

            Classic commands (also reachable through a symlink of that name):
            {string.Join("\n", CommandTable.Classic.Keys.Order().Select(k => "  " + k))}
            """);
        return 0;
    }
}
