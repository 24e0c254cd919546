namespace Arca.Cli.Commands;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Local;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>
/// <c>arca store add|dump|restore|verify|ls|cat|delete</c>, in the manner of <c>nix store …</c>
/// (<c>dump</c> is <c>nix store dump-path</c>; <c>restore</c> unpacks a NAR from standard input like
/// <c>nix-store --restore</c>).
/// </summary>
internal static class StoreCommand
{
    public static int Run(string[] args) => StoreCli.Guard(() =>
    {
        if (args.Length == 0)
            throw new UsageException("'arca store' requires a subcommand: add, dump, restore, verify, ls, cat or delete");
        var rest = args[1..];
        return args[0] switch
        {
            "add" or "add-path" => Add(rest, ContentAddressMethod.NixArchive),
            "add-file" => Add(rest, ContentAddressMethod.Flat),
            "dump" or "dump-path" => Dump(rest),
            "restore" => Restore(rest),
            "verify" => Verify(rest),
            "ls" => List(rest),
            "cat" => Cat(rest),
            "delete" => Delete(rest),
            _ => throw new UsageException($"'{args[0]}' is not a recognised command of 'arca store'"),
        };
    });

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new UsageException($"flag '{args[i - 1]}' requires 1 argument");

    private static int Add(string[] args, ContentAddressMethod method)
    {
        string? name = null;
        var algorithm = HashAlgorithm.Sha256;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--name" or "-n": name = Next(args, ref i); break;
                case "--hash-algo": algorithm = HashAlgorithmNames.Parse(Next(args, ref i)); break;
                case "--mode":
                    var mode = Next(args, ref i);
                    method = mode switch
                    {
                        "flat" => ContentAddressMethod.Flat,
                        "nar" or "recursive" => ContentAddressMethod.NixArchive,
                        "text" => ContentAddressMethod.Text,
                        _ => throw new UsageException($"unknown file ingestion method '{mode}', expect 'flat', 'nar' or 'text'"),
                    };
                    break;
                default:
                    if (args[i].StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", args[i]));
                    paths.Add(args[i]);
                    break;
            }
        }
        using var store = StoreCli.OpenStore();
        using var output = StoreCli.OpenStdout();
        foreach (var path in paths)
            output.WriteLine(store.Print(store.AddPath(path, name ?? Path.GetFileName(StoreDirectory.CanonicalPath(path)), method, algorithm)));
        output.Flush();
        return 0;
    }

    private static int Dump(string[] args)
    {
        if (args.Length != 1) throw new UsageException("'arca store dump' requires exactly one store path");
        using var store = StoreCli.OpenStore();
        var path = StoreCli.ResolveStorePath(store, args[0]);
        using var output = StoreCli.OpenStdoutBytes();
        store.DumpPath(path, output);
        output.Flush();
        return 0;
    }

    private static int Restore(string[] args)
    {
        if (args.Length != 1) throw new UsageException("'arca store restore' requires exactly one target path");
        using var input = StoreCli.OpenStdinBytes();
        NarRestorer.Restore(input, args[0]);
        return 0;
    }

    private static int Verify(string[] args)
    {
        bool all = false, recursive = false, checkContents = true;
        var operands = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--all": all = true; break;
                case "--recursive" or "-r": recursive = true; break;
                case "--no-contents": checkContents = false; break;
                case "--no-trust": break;
                default:
                    if (arg.StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", arg));
                    operands.Add(arg);
                    break;
            }
        }
        using var store = StoreCli.OpenStore();
        IEnumerable<StorePath> paths = all ? store.QueryAllValidPaths() : operands.Select(a => StoreCli.ResolveStorePath(store, a));
        if (recursive) paths = store.ComputeClosure(paths);
        int failed = 0;
        foreach (var path in paths)
        {
            var info = store.RequirePathInfo(path);
            if (!checkContents) continue;
            var (current, _) = store.HashContents(path);
            if (current != info.NarHash)
            {
                Console.Error.WriteLine($"error: path '{store.Print(path)}' was modified! expected hash '{info.NarHash}', got '{current}'");
                failed++;
            }
        }
        if (failed > 0) Console.Error.WriteLine($"warning: {failed} paths have corrupted contents");
        return failed > 0 ? 1 : 0;
    }

    private static int Delete(string[] args)
    {
        using var store = StoreCli.OpenStore();
        var paths = args.Where(a => !a.StartsWith('-')).Select(a => StoreCli.ResolveStorePath(store, a)).ToList();
        var result = store.DeletePaths(paths, ignoreLiveness: args.Contains("--ignore-liveness"));
        Console.Out.WriteLine($"{result.Deleted.Count} store paths deleted, {StoreCli.RenderSize(result.BytesFreed)} freed");
        return 0;
    }

    private static int List(string[] args)
    {
        bool recursive = false, verbose = false, directoryOnly = false;
        string? target = null;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--recursive" or "-R": recursive = true; break;
                case "--long" or "-l": verbose = true; break;
                case "--directory" or "-d": directoryOnly = true; break;
                case "-lR" or "-Rl": recursive = verbose = true; break;
                default:
                    if (arg.StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", arg));
                    target = arg;
                    break;
            }
        }
        if (target is null) throw new UsageException("'arca store ls' requires a path");
        using var store = StoreCli.OpenStore();
        var (path, subpath) = store.Directory.ToStorePath(target);
        store.RequirePathInfo(path);
        var real = store.RealPath(path) + subpath;
        using var output = StoreCli.OpenStdout();
        var attributes = File.GetAttributes(real);
        bool isDirectory = (attributes & FileAttributes.Directory) != 0 && (attributes & FileAttributes.ReparsePoint) == 0;
        var shown = isDirectory ? "." : Path.GetFileName(real);
        ListPath(output, real, shown, isDirectory && !directoryOnly, recursive, verbose);
        output.Flush();
        return 0;
    }

    private static void ListPath(TextWriter output, string real, string shown, bool expand, bool recursive, bool verbose)
    {
        if (expand)
        {
            var names = Directory.EnumerateFileSystemEntries(real).Select(Path.GetFileName).Select(n => n!)
                .OrderBy(n => Encoding.UTF8.GetBytes(n), ByteOrder.Instance).ToList();
            foreach (var name in names) ShowFile(output, real + "/" + name, shown + "/" + name, recursive, verbose);
        }
        else
        {
            ShowFile(output, real, shown, recursive, verbose);
        }
    }

    private static void ShowFile(TextWriter output, string real, string shown, bool recursive, bool verbose)
    {
        var attributes = File.GetAttributes(real);
        bool isLink = (attributes & FileAttributes.ReparsePoint) != 0;
        bool isDirectory = !isLink && (attributes & FileAttributes.Directory) != 0;
        if (verbose)
        {
            string type = isLink ? "lrwxrwxrwx" : isDirectory ? "dr-xr-xr-x"
                : !OperatingSystem.IsWindows() && (File.GetUnixFileMode(real) & UnixFileMode.UserExecute) != 0 ? "-r-xr-xr-x" : "-r--r--r--";
            long size = isLink || isDirectory ? 0 : new FileInfo(real).Length;
            var line = $"{type} {size,20} {shown}";
            if (isLink) line += " -> " + new FileInfo(real).LinkTarget;
            output.WriteLine(line);
        }
        else
        {
            output.WriteLine(shown);
        }
        if (recursive && isDirectory) ListPath(output, real, shown, expand: true, recursive, verbose);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }

    private static int Cat(string[] args)
    {
        if (args.Length != 1) throw new UsageException("'arca store cat' requires exactly one path");
        using var store = StoreCli.OpenStore();
        var (path, subpath) = store.Directory.ToStorePath(args[0]);
        store.RequirePathInfo(path);
        var real = store.RealPath(path) + subpath;
        var attributes = File.GetAttributes(real);
        if ((attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0)
            throw new UsageException($"path '{args[0]}' is not a regular file");
        using var input = File.OpenRead(real);
        using var output = StoreCli.OpenStdoutBytes();
        input.CopyTo(output, 1 << 20);
        output.Flush();
        return 0;
    }
}
