namespace Arca.Cli.Commands;

using Arca.Core;
using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// <c>arca derivation show [-r] DRV…</c>: the derivations as latest Nix's <c>nix derivation show</c> prints them
/// (JSON format version 4; indented on a terminal or with <c>--pretty</c>), and <c>arca show-derivation</c> in
/// Nix 2.8's <c>nix show-derivation</c> layout. Arguments are .drv paths or symlinks to them.
/// </summary>
internal static class DerivationShowCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] != "show")
            throw new UsageException("'arca derivation' needs a subcommand: show\nTry 'arca derivation show --help' for more information.");
        return Show(args[1..], latest: true);
    }

    public static int RunNix28(string[] args) => Show(args, latest: false);

    private static int Show(string[] args, bool latest)
    {
        bool recursive = false;
        bool pretty = !Console.IsOutputRedirected;
        var arguments = new List<string>();
        foreach (var a in args)
        {
            switch (a)
            {
                case "--recursive" or "-r": recursive = true; break;
                case "--pretty": pretty = true; break;
                case "--no-pretty": pretty = false; break;
                case "--help":
                    Console.Out.WriteLine("Usage: arca derivation show [--recursive] [--pretty|--no-pretty] DRV...");
                    return 0;
                default:
                    if (a.StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca derivation show", a));
                    arguments.Add(a);
                    break;
            }
        }
        return StoreCli.Guard(() =>
        {
            using var store = StoreCli.OpenStore();
            var drvPaths = new SortedSet<StorePath>();
            foreach (var argument in arguments)
            {
                var path = StoreCli.ResolveStorePath(store, argument);
                if (!path.IsDerivation) throw new ArcaException($"'{store.Print(path)}' is not a derivation");
                drvPaths.Add(path);
            }
            if (recursive) drvPaths = store.ComputeClosure(drvPaths);

            var derivations = new List<(StorePath, Derivation)>();
            foreach (var path in drvPaths)
                if (path.IsDerivation) derivations.Add((path, ATermParser.ParseFile(store.Print(path), store.Directory)));

            var text = latest ? DerivationJson.Latest(derivations, pretty) : DerivationJson.Nix28(derivations, store.Directory);
            using var output = StoreCli.OpenStdoutBytes();
            output.Write(System.Text.Encoding.Latin1.GetBytes(text + "\n"));
            return 0;
        });
    }
}
