namespace Arca.Cli.Commands.Building;

using Arca.Core.Hashing;

/// <summary>
/// Nix's <c>addPermRoot</c> for result links: the link (<c>result</c>, <c>--add-root</c>) is made atomically, and
/// registered as an indirect root <c>$NIX_STATE_DIR/gcroots/auto/&lt;nix32 sha1 of the link path&gt;</c> so the
/// garbage collector keeps what it points to for as long as the link exists.
/// </summary>
internal static partial class GcRoots
{
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "rename", SetLastError = true,
        StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
    private static partial int Rename(string from, string to);

    public static string AddPermanentRoot(string stateDir, string linkPath, string storePath)
    {
        var link = Path.GetFullPath(linkPath);
        ReplaceSymlink(link, storePath);
        var hash = Hash.Compute(HashAlgorithm.Sha1, link).ToNixBase32();
        var auto = Path.Combine(stateDir, "gcroots", "auto");
        Directory.CreateDirectory(auto);
        ReplaceSymlink(Path.Combine(auto, hash), link);
        return link;
    }

    private static void ReplaceSymlink(string link, string target)
    {
        var temp = link + ".tmp-" + Environment.ProcessId;
        if (new FileInfo(temp).LinkTarget is not null || File.Exists(temp)) File.Delete(temp);
        File.CreateSymbolicLink(temp, target);
        // rename(2) replaces the old link atomically; File.Move would follow a link to a directory.
        if (Rename(temp, link) != 0)
        {
            int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            File.Delete(temp);
            throw new IOException($"creating symlink '{link}': {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }
}
