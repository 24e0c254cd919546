namespace Arca.Cli;

using Arca.Cli.Commands;

/// <summary>
/// The one table of entry points: classic names (reached through argv[0] or as <c>arca NAME</c>) and
/// modern verbs (<c>arca VERB</c>). Each command lives in its own file under Commands/.
/// </summary>
internal static class CommandTable
{
    public delegate int Command(string[] args);

    /// <summary>Names a symlink to the executable may carry, each acting as the Nix program of that name.</summary>
    public static readonly IReadOnlyDictionary<string, Command> Classic = new Dictionary<string, Command>
    {
        ["nix-hash"] = NixHashCommand.Run,
        ["nix-store"] = Commands.Building.NixStoreBuildCommand.Run,
        ["nix-instantiate"] = NixInstantiateCommand.Run,
        ["nix-build"] = Commands.Building.NixBuildCommand.Run,
    };

    /// <summary>Verbs of the modern surface: <c>arca VERB …</c>.</summary>
    public static readonly IReadOnlyDictionary<string, Command> Verbs = new Dictionary<string, Command>
    {
        ["--version"] = VersionCommand.Run,
        ["--help"] = HelpCommand.Run,
        ["help"] = HelpCommand.Run,
        ["hash"] = HashCommand.Run,
        ["store"] = StoreCommand.Run,
        ["path-info"] = PathInfoCommand.Run,
        ["log"] = Commands.Building.LogCommand.Run,
        ["build"] = Commands.Building.BuildCommand.Run,
        ["eval"] = EvalCommand.Run,
        ["derivation"] = DerivationShowCommand.Run,
        ["show-derivation"] = DerivationShowCommand.RunNix28,
    };

    public static int Dispatch(string invokedAs, string[] args)
    {
        if (Classic.TryGetValue(invokedAs, out var classic)) return classic(args);
        if (args.Length == 0) return HelpCommand.Run(args);
        var rest = args[1..];
        if (Classic.TryGetValue(args[0], out var named)) return named(rest);
        if (Verbs.TryGetValue(args[0], out var verb)) return verb(rest);
        throw new UsageException($"'{args[0]}' is not a recognised command; try 'arca --help'");
    }
}
