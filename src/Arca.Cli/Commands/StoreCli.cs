namespace Arca.Cli.Commands;

using System.Text;
using Arca.Core;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// What the store and hash commands share: turning Arca's user-facing errors into Nix-style <c>error: …</c> exits,
/// opening the store named by the environment, and buffered standard output (text and bytes).
/// </summary>
internal static class StoreCli
{
    /// <summary>Runs a command body, reporting <see cref="ArcaException"/> and I/O failures as Nix does (exit 1).</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ArcaException e)
        {
            throw new UsageException(e.Message);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new UsageException(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static LocalStore OpenStore() => LocalStore.OpenFromEnvironment();

    /// <summary>Standard output as text with '\n' line ends, UTF-8 without BOM, flushed by the caller.</summary>
    public static StreamWriter OpenStdout() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };

    public static Stream OpenStdoutBytes() => new BufferedStream(Console.OpenStandardOutput(), 1 << 20);

    public static Stream OpenStdinBytes() => Console.OpenStandardInput(1 << 20);

    /// <summary>Nix's <c>followLinksToStorePath</c> for an argument: a store path, a path inside one, or a symlink to one.</summary>
    public static StorePath ResolveStorePath(LocalStore store, string argument) =>
        store.Directory.FollowLinksToStorePath(argument);

    public static string Unrecognised(string program, string flag) =>
        $"unrecognised flag '{flag}'\nTry '{program} --help' for more information.";

    /// <summary>Nix's <c>renderSize</c>: one decimal in the largest binary unit not exceeded (bytes shown in KiB).</summary>
    public static string RenderSize(long value)
    {
        const string suffixes = "KKMGTPEZY";
        int unit = 0;
        ulong magnitude = (ulong)Math.Abs(value);
        while (magnitude > 1024 && unit < suffixes.Length - 1)
        {
            unit++;
            magnitude /= 1024;
        }
        double result = value / Math.Pow(1024, Math.Max(1, unit));
        return result.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " " + suffixes[unit] + "iB";
    }
}
