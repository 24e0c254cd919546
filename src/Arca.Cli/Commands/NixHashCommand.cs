namespace Arca.Cli.Commands;

using Arca.Core.Hashing;
using Arca.Store.Nar;

/// <summary>
/// <c>nix-hash</c>: hashes paths (NAR serialisation, or contents with <c>--flat</c>) or converts hashes with
/// <c>--to-base16/32/64/sri</c>. Output formats are Nix's; the hash algorithm defaults to MD5 for hashing.
/// </summary>
internal static class NixHashCommand
{
    public static int Run(string[] args) => StoreCli.Guard(() =>
    {
        HashAlgorithm? algorithm = null;
        bool flat = false, truncate = false, convert = false;
        var format = HashFormat.Base16;
        var operands = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help":
                    Console.Out.WriteLine("Usage: nix-hash [--flat] [--base16|--base32|--base64|--sri] [--truncate] [--type ALGO] PATHS…\n       nix-hash --to-base16|--to-base32|--to-base64|--to-sri [--type ALGO] HASHES…");
                    return 0;
                case "--version": Console.Out.WriteLine($"nix-hash (Nix) {VersionCommand.CompatibleNixVersion}"); return 0;
                case "--flat": flat = true; break;
                case "--base16": format = HashFormat.Base16; break;
                case "--base32": format = HashFormat.NixBase32; break;
                case "--base64": format = HashFormat.Base64; break;
                case "--sri": format = HashFormat.Sri; break;
                case "--truncate": truncate = true; break;
                case "--type":
                    if (++i >= args.Length) throw new UsageException("flag '--type' requires 1 argument\nTry 'nix-hash --help' for more information.");
                    algorithm = HashAlgorithmNames.Parse(args[i]);
                    break;
                case "--to-base16": convert = true; format = HashFormat.Base16; break;
                case "--to-base32": convert = true; format = HashFormat.NixBase32; break;
                case "--to-base64": convert = true; format = HashFormat.Base64; break;
                case "--to-sri": convert = true; format = HashFormat.Sri; break;
                default:
                    if (args[i].Length > 0 && args[i][0] == '-') throw new UsageException(StoreCli.Unrecognised("nix-hash", args[i]));
                    operands.Add(args[i]);
                    break;
            }
        }

        using var output = StoreCli.OpenStdout();
        if (convert)
        {
            foreach (var text in operands)
                output.WriteLine(Hash.Parse(text, algorithm).ToString(format, format == HashFormat.Sri));
        }
        else
        {
            foreach (var path in operands)
            {
                var hash = HashPath(path, algorithm ?? HashAlgorithm.Md5, flat);
                if (truncate && hash.Length > 20) hash = hash.Compress(20);
                output.WriteLine(hash.ToString(format, format == HashFormat.Sri));
            }
        }
        output.Flush();
        return 0;
    });

    /// <summary>The hash of a path's NAR, or with <paramref name="flat"/> of the file's bytes (following symlinks, like reading it).</summary>
    public static Hash HashPath(string path, HashAlgorithm algorithm, bool flat)
    {
        if (flat)
        {
            using var stream = OpenForReading(path);
            return Hash.Compute(algorithm, stream);
        }
        using var hasher = new Hasher(algorithm);
        new NarWriter(new HashingStream(hasher)).WritePath(path);
        return hasher.Finish();
    }

    private static Stream OpenForReading(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"opening file '{Path.GetFullPath(path)}': No such file or directory");
        }
    }
}
