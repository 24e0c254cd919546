namespace Arca.Cli.Commands;

using Arca.Core.Hashing;

/// <summary>
/// <c>arca hash path|file|convert|to-base16|to-base32|to-base64|to-sri</c>, like <c>nix hash …</c>: SRI and
/// SHA-256 by default for path/file, <c>--to</c> SRI by default for convert.
/// </summary>
internal static class HashCommand
{
    public static int Run(string[] args) => StoreCli.Guard(() =>
    {
        if (args.Length == 0)
            throw new UsageException("'arca hash' requires a subcommand: path, file, convert, to-base16, to-base32, to-base64 or to-sri");
        var rest = args[1..];
        return args[0] switch
        {
            "path" => HashPaths(rest, flat: false),
            "file" => HashPaths(rest, flat: true),
            "convert" => Convert(rest),
            "to-base16" => ToFormat(rest, HashFormat.Base16),
            "to-base32" => ToFormat(rest, HashFormat.NixBase32),
            "to-base64" => ToFormat(rest, HashFormat.Base64),
            "to-sri" => ToFormat(rest, HashFormat.Sri),
            _ => throw new UsageException($"'{args[0]}' is not a recognised command of 'arca hash'"),
        };
    });

    private static string NextArgument(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new UsageException($"flag '{args[i - 1]}' requires 1 argument");

    private static HashFormat ParseFormat(string name) => name switch
    {
        "base16" => HashFormat.Base16,
        "nix32" or "base32" => HashFormat.NixBase32,
        "base64" => HashFormat.Base64,
        "sri" => HashFormat.Sri,
        _ => throw new UsageException($"unknown hash format '{name}', expect 'base16', 'base32', 'base64', or 'sri'"),
    };

    private static int HashPaths(string[] args, bool flat)
    {
        var algorithm = HashAlgorithm.Sha256;
        var format = HashFormat.Sri;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--type" or "--algo": algorithm = HashAlgorithmNames.Parse(NextArgument(args, ref i)); break;
                case "--sri": format = HashFormat.Sri; break;
                case "--base16": format = HashFormat.Base16; break;
                case "--base32": format = HashFormat.NixBase32; break;
                case "--base64": format = HashFormat.Base64; break;
                case "--format": format = ParseFormat(NextArgument(args, ref i)); break;
                case "--mode":
                    var mode = NextArgument(args, ref i);
                    flat = mode switch
                    {
                        "flat" => true,
                        "nar" or "recursive" => false,
                        _ => throw new UsageException($"unknown file ingestion method '{mode}', expect 'flat' or 'nar'"),
                    };
                    break;
                default:
                    if (args[i].StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", args[i]));
                    paths.Add(args[i]);
                    break;
            }
        }
        using var output = StoreCli.OpenStdout();
        foreach (var path in paths)
            output.WriteLine(NixHashCommand.HashPath(path, algorithm, flat).ToString(format, format == HashFormat.Sri));
        output.Flush();
        return 0;
    }

    private static int Convert(string[] args)
    {
        HashFormat? from = null;
        var to = HashFormat.Sri;
        HashAlgorithm? algorithm = null;
        var hashes = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from": from = ParseFormat(NextArgument(args, ref i)); break;
                case "--to": to = ParseFormat(NextArgument(args, ref i)); break;
                case "--hash-algo" or "--algo" or "--type": algorithm = HashAlgorithmNames.Parse(NextArgument(args, ref i)); break;
                default:
                    if (args[i].StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", args[i]));
                    hashes.Add(args[i]);
                    break;
            }
        }
        using var output = StoreCli.OpenStdout();
        foreach (var text in hashes)
        {
            var (hash, parsedFormat) = Hash.ParseReturningFormat(text, algorithm);
            if (from is { } expected && expected != parsedFormat)
                throw new BadHashException($"input hash '{text}' has format '{FormatName(parsedFormat)}', but '--from {FormatName(expected)}' was specified");
            output.WriteLine(hash.ToString(to, to == HashFormat.Sri));
        }
        output.Flush();
        return 0;
    }

    private static string FormatName(HashFormat format) => format switch
    {
        HashFormat.Base16 => "base16",
        HashFormat.NixBase32 => "nix32",
        HashFormat.Base64 => "base64",
        _ => "sri",
    };

    private static int ToFormat(string[] args, HashFormat format)
    {
        HashAlgorithm? algorithm = null;
        var hashes = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--type") algorithm = HashAlgorithmNames.Parse(NextArgument(args, ref i));
            else if (args[i].StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", args[i]));
            else hashes.Add(args[i]);
        }
        Console.Error.WriteLine("warning: The old format conversion subcommands of `nix hash` were deprecated in favor of `nix hash convert`.");
        using var output = StoreCli.OpenStdout();
        foreach (var text in hashes) output.WriteLine(Hash.Parse(text, algorithm).ToString(format, format == HashFormat.Sri));
        output.Flush();
        return 0;
    }
}
