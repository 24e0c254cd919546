namespace Arca.Cli.Commands;

using System.Text;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Local;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>
/// <c>nix-store</c>: one operation flag (<c>--add</c>, <c>--query</c>, …), its own flags and arguments, parsed as Nix
/// parses them (grouped short flags such as <c>-qR</c> split). Queries are in NixStoreQuery.cs.
/// </summary>
internal static partial class NixStoreCommand
{
    private delegate int Operation(List<string> flags, List<string> args);

    private static readonly Dictionary<string, Operation> Operations = new(StringComparer.Ordinal)
    {
        ["--add"] = Add,
        ["-A"] = Add,
        ["--add-fixed"] = AddFixed,
        ["--print-fixed-path"] = PrintFixedPath,
        ["--dump"] = Dump,
        ["--restore"] = Restore,
        ["--query"] = Query,
        ["-q"] = Query,
        ["--verify"] = Verify,
        ["--verify-path"] = VerifyPath,
        ["--delete"] = Delete,
        ["--dump-db"] = DumpDb,
        ["--load-db"] = LoadDb,
        ["--export"] = Export,
        ["--import"] = Import,
        ["--check-validity"] = CheckValidity,
        ["--init"] = (_, _) => { using var store = StoreCli.OpenStore(); return 0; },
    };

    private static readonly Dictionary<string, int> GlobalFlagArity = new(StringComparer.Ordinal)
    {
        ["-v"] = 0, ["--verbose"] = 0, ["--quiet"] = 0, ["-Q"] = 0, ["--no-build-output"] = 0, ["--show-trace"] = 0,
        ["--readonly-mode"] = 0, ["--no-gc-warning"] = 0, ["--indirect"] = 0, ["--fallback"] = 0,
        ["--keep-going"] = 0, ["-k"] = 0, ["--keep-failed"] = 0, ["-K"] = 0, ["--print-build-logs"] = 0, ["-L"] = 0,
        ["--option"] = 2, ["--log-format"] = 1, ["--max-jobs"] = 1, ["-j"] = 1, ["--cores"] = 1, ["--add-root"] = 1,
        ["--extra-experimental-features"] = 1, ["--experimental-features"] = 1,
    };

    private static readonly HashSet<string> Unsupported =
        ["--realise", "-r", "--gc", "--serve", "--optimise", "--read-log", "-l", "--repair-path", "--register-validity",
         "--generate-binary-cache-key", "--print-env"];

    /// <summary>A command line nix-store cannot act on, reported as Nix reports a usage error: with the hint to --help.</summary>
    internal static UsageException Usage(string message) => new(message + "\nTry 'nix-store --help' for more information.");

    public static int Run(string[] args) => StoreCli.Guard(() =>
    {
        Operation? operation = null;
        var flags = new List<string>();
        var operands = new List<string>();
        var expanded = ExpandShortFlags(args).ToList();
        for (int i = 0; i < expanded.Count; i++)
        {
            var arg = expanded[i];
            // Nix's common options: accepted (the ones with values consume them) and, for the store operations
            // here, without effect.
            if (GlobalFlagArity.TryGetValue(arg, out int arity))
            {
                if (i + arity >= expanded.Count)
                    throw Usage($"flag '{arg}' requires {arity} argument(s), but only {expanded.Count - i - 1} were given");
                i += arity;
                continue;
            }
            if (arg == "--help") { Console.Out.WriteLine("Usage: nix-store OPERATION [OPTIONS…] [ARGUMENTS…]"); return 0; }
            if (arg == "--version") { Console.Out.WriteLine($"nix-store (Nix) {VersionCommand.CompatibleNixVersion}"); return 0; }
            if (Operations.TryGetValue(arg, out var op))
            {
                operation = op;
                continue;
            }
            if (Unsupported.Contains(arg))
                throw new UsageException($"nix-store {arg} is not supported by Arca yet");
            if (arg.StartsWith('-') && arg.Length > 1) flags.Add(arg);
            else operands.Add(arg);
        }
        if (operation is null) throw Usage("no operation specified");
        return operation(flags, operands);
    });

    /// <summary>Nix splits <c>-qR</c> into <c>-q -R</c>.</summary>
    private static IEnumerable<string> ExpandShortFlags(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg.Length > 2 && arg[0] == '-' && arg[1] != '-' && char.IsLetter(arg[1]))
                foreach (var c in arg[1..]) yield return "-" + c;
            else yield return arg;
        }
    }

    private static void NoFlags(List<string> flags)
    {
        if (flags.Count > 0) throw Usage($"unknown flag '{flags[0]}'");
    }

    private static int Add(List<string> flags, List<string> args)
    {
        NoFlags(flags);
        using var store = StoreCli.OpenStore();
        using var output = StoreCli.OpenStdout();
        foreach (var arg in args)
        {
            var path = store.AddPath(arg, BaseName(arg));
            output.WriteLine(store.Print(path));
        }
        output.Flush();
        return 0;
    }

    private static string BaseName(string path) => Path.GetFileName(StoreDirectory.CanonicalPath(path));

    private static int AddFixed(List<string> flags, List<string> args)
    {
        var method = ContentAddressMethod.Flat;
        foreach (var flag in flags)
            method = flag == "--recursive" ? ContentAddressMethod.NixArchive : throw Usage($"unknown flag '{flag}'");
        if (args.Count == 0) throw Usage("first argument must be hash algorithm");
        var algorithm = HashAlgorithmNames.Parse(args[0]);
        using var store = StoreCli.OpenStore();
        using var output = StoreCli.OpenStdout();
        foreach (var arg in args.Skip(1))
            output.WriteLine(store.Print(store.AddPath(arg, BaseName(arg), method, algorithm)));
        output.Flush();
        return 0;
    }

    private static int PrintFixedPath(List<string> flags, List<string> args)
    {
        var method = ContentAddressMethod.Flat;
        foreach (var flag in flags)
            method = flag == "--recursive" ? ContentAddressMethod.NixArchive : throw Usage($"unknown flag '{flag}'");
        if (args.Count != 3) throw Usage("'--print-fixed-path' requires three arguments");
        var algorithm = HashAlgorithmNames.Parse(args[0]);
        var hash = Hash.Parse(args[1], algorithm);
        var directory = new StoreDirectory(Arca.Store.StoreLocations.FromEnvironment().StoreDir);
        Console.Out.WriteLine(directory.Print(directory.MakeFixedOutputPath(args[2], method, hash)));
        return 0;
    }

    private static int Dump(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage("unknown flag");
        if (args.Count != 1) throw Usage("only one argument allowed");
        using var output = StoreCli.OpenStdoutBytes();
        new NarWriter(output).WritePath(args[0]);
        output.Flush();
        return 0;
    }

    private static int Restore(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage("unknown flag");
        if (args.Count != 1) throw Usage("only one argument allowed");
        using var input = StoreCli.OpenStdinBytes();
        NarRestorer.Restore(input, args[0]);
        return 0;
    }

    private static int Verify(List<string> flags, List<string> args)
    {
        if (args.Count > 0) throw Usage("no arguments expected");
        bool checkContents = false, repair = false;
        foreach (var flag in flags)
        {
            if (flag == "--check-contents") checkContents = true;
            else if (flag == "--repair") repair = true;
            else throw Usage($"unknown flag '{flag}'");
        }
        using var store = StoreCli.OpenStore();
        if (store.Verify(checkContents, repair, Console.Error))
        {
            Console.Error.WriteLine("warning: not all store errors were fixed");
            return 1;
        }
        return 0;
    }

    private static int VerifyPath(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage("no flags expected");
        using var store = StoreCli.OpenStore();
        int status = 0;
        foreach (var arg in args)
        {
            var path = StoreCli.ResolveStorePath(store, arg);
            var info = store.RequirePathInfo(path);
            var (current, _) = store.HashContents(path);
            if (current != info.NarHash)
            {
                Console.Error.WriteLine($"error: path '{store.Print(path)}' was modified! expected hash '{info.NarHash}', got '{current}'");
                status = 1;
            }
        }
        return status;
    }

    private static int Delete(List<string> flags, List<string> args)
    {
        bool ignoreLiveness = false;
        foreach (var flag in flags)
            ignoreLiveness = flag == "--ignore-liveness" ? true : throw Usage($"unknown flag '{flag}'");
        using var store = StoreCli.OpenStore();
        var paths = args.Select(a => StoreCli.ResolveStorePath(store, a)).ToList();
        Console.Error.WriteLine("finding garbage collector roots...");
        var result = store.DeletePaths(paths, ignoreLiveness);
        foreach (var path in result.Deleted) Console.Error.WriteLine($"deleting '{store.Print(path)}'");
        Console.Out.WriteLine($"{result.Deleted.Count} store paths deleted, {StoreCli.RenderSize(result.BytesFreed)} freed");
        return 0;
    }

    private static int DumpDb(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage("unknown flag");
        using var store = StoreCli.OpenStore();
        var paths = args.Count > 0 ? args.Select(a => StoreCli.ResolveStorePath(store, a)) : store.QueryAllValidPaths();
        using var output = StoreCli.OpenStdout();
        foreach (var path in paths)
        {
            var info = store.RequirePathInfo(path);
            output.Write(store.Print(path) + "\n");
            output.Write(info.NarHash.ToBase16() + "\n");
            output.Write(info.NarSize + "\n");
            output.Write((info.Deriver is { } d ? store.Print(d) : "") + "\n");
            output.Write(info.References.Count + "\n");
            foreach (var reference in info.References) output.Write(store.Print(reference) + "\n");
        }
        output.Flush();
        return 0;
    }

    private static int LoadDb(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage("unknown flag");
        if (args.Count > 0) throw Usage("no arguments expected");
        using var store = StoreCli.OpenStore();
        using var input = new StreamReader(StoreCli.OpenStdinBytes(), Encoding.UTF8);
        var infos = new List<ValidPathInfo>();
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0 && input.EndOfStream) break;
            var path = store.Directory.ParsePath(line);
            var hash = Hash.Parse(input.ReadLine() ?? throw MissingInput(), HashAlgorithm.Sha256);
            if (!long.TryParse(input.ReadLine(), out long narSize)) throw new ArcaException("number expected");
            var deriver = input.ReadLine() ?? throw MissingInput();
            if (!int.TryParse(input.ReadLine(), out int count)) throw new ArcaException("number expected");
            var references = new SortedSet<StorePath>();
            for (int i = 0; i < count; i++) references.Add(store.Directory.ParsePath(input.ReadLine() ?? throw MissingInput()));
            infos.Add(new ValidPathInfo
            {
                Path = path,
                NarHash = hash,
                NarSize = narSize,
                Deriver = deriver.Length > 0 ? store.Directory.ParsePath(deriver) : null,
                References = references,
                RegistrationTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            });
        }
        store.RegisterValidPaths(infos);
        return 0;
    }

    private static ArcaException MissingInput() => new("missing input");

    private static int Export(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage($"unknown flag '{flags[0]}'");
        using var store = StoreCli.OpenStore();
        var paths = new HashSet<StorePath>(args.Select(a => StoreCli.ResolveStorePath(store, a)));
        using var output = StoreCli.OpenStdoutBytes();
        ExportFormat.Export(store, paths, output);
        output.Flush();
        return 0;
    }

    private static int Import(List<string> flags, List<string> args)
    {
        if (flags.Count > 0) throw Usage($"unknown flag '{flags[0]}'");
        if (args.Count > 0) throw Usage("no arguments expected");
        using var store = StoreCli.OpenStore();
        using var input = StoreCli.OpenStdinBytes();
        foreach (var path in ExportFormat.Import(store, input))
        {
            Console.Out.WriteLine(store.Print(path));
            Console.Out.Flush();
        }
        return 0;
    }

    private static int CheckValidity(List<string> flags, List<string> args)
    {
        bool printInvalid = false;
        foreach (var flag in flags)
            printInvalid = flag == "--print-invalid" ? true : throw Usage($"unknown flag '{flag}'");
        using var store = StoreCli.OpenStore();
        foreach (var arg in args)
        {
            var path = StoreCli.ResolveStorePath(store, arg);
            if (store.IsValidPath(path)) continue;
            if (printInvalid) Console.Out.WriteLine(store.Print(path));
            else throw new ArcaException($"path '{store.Print(path)}' is not valid");
        }
        return 0;
    }
}
