namespace Arca.Store.Local;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Nar;
using Arca.Store.Paths;

/// <summary>Consistency checks of <c>nix-store --verify</c> and <c>--verify-path</c>, with Nix's messages.</summary>
public sealed partial class LocalStore
{
    /// <summary>The NAR hash and size of what is on disk for <paramref name="path"/> now.</summary>
    public (Hash Hash, long Size) HashContents(StorePath path)
    {
        using var hasher = new Hasher(HashAlgorithm.Sha256);
        var writer = new NarWriter(new HashingStream(hasher));
        writer.WritePath(RealPath(path));
        return (hasher.Finish(), writer.BytesWritten);
    }

    /// <summary>
    /// Nix's <c>verifyStore</c>: paths that vanished from disk are invalidated (unless valid referrers need them),
    /// and with <paramref name="checkContents"/> every NAR hash is recomputed. Returns true when errors remain.
    /// Progress and errors go to <paramref name="log"/> in Nix's words.
    /// </summary>
    public bool Verify(bool checkContents, bool repair, TextWriter log)
    {
        log.WriteLine("reading the Nix store...");
        var onDisk = new HashSet<StorePath>();
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(Directory.Path))
            if (StorePath.TryParse(Path.GetFileName(entry), out var p)) onDisk.Add(p);

        log.WriteLine("checking path existence...");
        bool errors = false;
        var done = new HashSet<StorePath>();
        var valid = new SortedSet<StorePath>();
        foreach (var path in QueryAllValidPaths()) VerifyPathExists(path, onDisk, done, valid, ref errors, log);

        if (checkContents)
        {
            log.WriteLine("checking link hashes...");
            log.WriteLine("checking store hashes...");
            foreach (var path in valid)
            {
                var info = QueryPathInfo(path);
                if (info is null) continue;
                try
                {
                    var (current, size) = HashContents(path);
                    if (current != info.NarHash)
                    {
                        log.WriteLine($"error: path '{Print(path)}' was modified! expected hash '{info.NarHash}', got '{current}'");
                        errors = true;
                    }
                    else if (info.NarSize == 0)
                    {
                        log.WriteLine($"updating size field on '{Print(path)}' to {size}");
                        _db.RegisterValidPaths([info with { NarSize = size }]);
                    }
                }
                catch (Exception e) when (e is ArcaException or IOException or UnauthorizedAccessException)
                {
                    log.WriteLine($"error: {e.Message}");
                    errors = true;
                }
            }
        }
        if (errors && repair)
            log.WriteLine("warning: Arca cannot repair paths yet (no substituters); the errors above remain");
        return errors;
    }

    private void VerifyPathExists(StorePath path, HashSet<StorePath> onDisk, HashSet<StorePath> done,
        SortedSet<StorePath> valid, ref bool errors, TextWriter log)
    {
        if (!done.Add(path)) return;
        if (onDisk.Contains(path))
        {
            valid.Add(path);
            return;
        }
        bool canInvalidate = true;
        foreach (var referrer in QueryReferrers(path))
        {
            if (referrer == path) continue;
            VerifyPathExists(referrer, onDisk, done, valid, ref errors, log);
            if (valid.Contains(referrer)) canInvalidate = false;
        }
        if (canInvalidate)
        {
            log.WriteLine($"path '{Print(path)}' disappeared, removing from database...");
            _db.InvalidatePath(path);
        }
        else
        {
            log.WriteLine($"error: path '{Print(path)}' disappeared, but it still has valid referrers!");
            errors = true;
        }
    }
}
