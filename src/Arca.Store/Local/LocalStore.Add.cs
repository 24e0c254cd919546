namespace Arca.Store.Local;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Nar;
using Arca.Store.Native;
using Arca.Store.Paths;
using Arca.Store.Serialisation;

/// <summary>
/// Adding paths. Every route ends in <see cref="Install"/>: the contents are first written completely under a
/// temporary name in the store directory, then — holding the path's lock — canonicalised, renamed into place
/// (atomic) and registered in one transaction. A crash before the commit leaves at most an invalid directory
/// entry, which the next add of that path removes; a path is never valid without its full contents.
/// </summary>
public sealed partial class LocalStore
{
    private string NewTempPath() =>
        Path.Combine(Directory.Path, $".arca-tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Copies a file system object into the store as a content-addressed path (<c>nix-store --add</c>,
    /// <c>--add-fixed [--recursive] ALGO</c>, <c>builtins.path</c>): the tree is read once, its NAR hashed
    /// (and, for flat or non-SHA-256 hashing, the content-address hash too) while the copy is written.
    /// </summary>
    public StorePath AddPath(string sourcePath, string name, ContentAddressMethod method = ContentAddressMethod.NixArchive,
        HashAlgorithm algorithm = HashAlgorithm.Sha256, IReadOnlyCollection<StorePath>? references = null)
    {
        if (method == ContentAddressMethod.Text)
            return AddText(name, File.ReadAllBytes(sourcePath), references ?? []);
        var source = Path.GetFullPath(sourcePath);
        if (method == ContentAddressMethod.Flat)
        {
            var attributes = GetAttributesOrThrow(source);
            if ((attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0)
                throw new ArcaException($"cannot add '{source}' with flat hashing: it is not a regular file");
        }
        // The name is checked when the path is made (after hashing), so the error names the path as Nix's does.
        var temp = NewTempPath();
        try
        {
            using var narHasher = new Hasher(HashAlgorithm.Sha256);
            using var caHasher = new Hasher(algorithm);
            bool caIsNarHash = method == ContentAddressMethod.NixArchive && algorithm == HashAlgorithm.Sha256;
            Stream narSink = method == ContentAddressMethod.NixArchive && !caIsNarHash
                ? new HashingStream(narHasher, new HashingStream(caHasher))
                : new HashingStream(narHasher);
            long narSize;
            using (var restorer = new NarRestorer(temp))
            {
                INarVisitor mirror = method == ContentAddressMethod.Flat ? new ContentHashingVisitor(restorer, caHasher) : restorer;
                var writer = new NarWriter(narSink, mirror);
                writer.WritePath(source);
                narSize = writer.BytesWritten;
            }
            var narHash = narHasher.Finish();
            var caHash = caIsNarHash ? narHash : caHasher.Finish();
            var ca = new ContentAddress(method, caHash);
            var path = Directory.MakeFixedOutputPath(name, ca, references);
            Install(temp, new ValidPathInfo
            {
                Path = path,
                NarHash = narHash,
                NarSize = narSize,
                References = new SortedSet<StorePath>(references ?? []),
                ContentAddress = ca,
            });
            return path;
        }
        finally
        {
            if (Path.Exists(temp) || new FileInfo(temp).LinkTarget is not null) Canonicaliser.DeleteTree(temp);
        }
    }

    private static FileAttributes GetAttributesOrThrow(string path)
    {
        try
        {
            return File.GetAttributes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArcaException($"getting status of '{path}': No such file or directory");
        }
    }

    /// <summary>
    /// Adds a text file whose references are given (<c>builtins.toFile</c>, derivations). A derivation's known output
    /// paths (<paramref name="derivationOutputs"/>) are recorded in the same transaction that registers it, as Nix's
    /// <c>addValidPath</c> does: one commit per .drv rather than one more per output.
    /// </summary>
    public StorePath AddText(string name, ReadOnlySpan<byte> contents, IReadOnlyCollection<StorePath> references,
        IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs = null)
    {
        var contentHash = Hash.Compute(HashAlgorithm.Sha256, contents);
        var path = Directory.MakeTextPath(name, contentHash, references);
        if (IsValidPath(path)) return path;
        var info = new ValidPathInfo
        {
            Path = path,
            NarHash = NarWriter.HashRegularFile(contents, out long narSize),
            NarSize = narSize,
            References = SortedStorePathSet.Of(references),
            ContentAddress = new ContentAddress(ContentAddressMethod.Text, contentHash),
        };
        // Written straight at its final path, under the path's lock, as Nix does: a crash before registration
        // leaves an invalid file there, which the next adder deletes. A temporary name and a rename would cost two
        // more directory operations per object, and instantiating writes thousands of them.
        var real = RealPath(path);
        using var pathLock = PathLock.Acquire(real);
        if (IsValidPath(path)) return path;
        if (!Posix.CreateFileExclusive(real, contents, Canonicaliser.ReadOnlyFileMode, Canonicaliser.CanonicalMtime))
        {
            // Left over by a crash before the commit, or put there by hand: not valid, so not ours to keep.
            Canonicaliser.DeleteTree(real);
            if (!Posix.CreateFileExclusive(real, contents, Canonicaliser.ReadOnlyFileMode, Canonicaliser.CanonicalMtime))
                throw new ArcaException($"cannot create '{real}': something else created it meanwhile");
        }
        // The references are checked by the registration, inside its transaction (as Nix checks them), not one
        // query each beforehand: a file is cheap to write and, if one is missing, to remove again.
        try
        {
            Register(info, derivationOutputs);
        }
        catch
        {
            File.Delete(real);
            throw;
        }
        return path;
    }

    /// <summary>
    /// Restores a NAR from <paramref name="source"/> to a temporary location, hashing it as it streams.
    /// The caller then decides the path and calls <see cref="InstallRestored"/>.
    /// </summary>
    public RestoredNar RestoreNarToTemp(ByteSource source)
    {
        var temp = NewTempPath();
        var hasher = new Hasher(HashAlgorithm.Sha256);
        long start = source.Position;
        source.Tee = hasher;
        try
        {
            using var restorer = new NarRestorer(temp);
            NarReader.Parse(source, restorer);
        }
        catch
        {
            source.Tee = null;
            hasher.Dispose();
            if (Path.Exists(temp) || new FileInfo(temp).LinkTarget is not null) Canonicaliser.DeleteTree(temp);
            throw;
        }
        source.Tee = null;
        var hash = hasher.Finish();
        hasher.Dispose();
        return new RestoredNar(temp, hash, source.Position - start);
    }

    /// <summary>A NAR unpacked under a temporary name, with its hash and size.</summary>
    public sealed record RestoredNar(string TempPath, Hash NarHash, long NarSize);

    /// <summary>Makes a restored NAR the valid path described by <paramref name="info"/> (its NAR hash and size are taken from the restore).</summary>
    public void InstallRestored(RestoredNar restored, ValidPathInfo info)
    {
        try
        {
            if (info.ContentAddress is { } ca)
            {
                var expected = Directory.MakeFixedOutputPath(info.Path.Name, ca,
                    info.References.Where(r => r != info.Path), info.References.Contains(info.Path));
                if (expected != info.Path)
                    throw new ArcaException($"path '{Print(info.Path)}' claims to be content-addressed but isn't");
            }
            Install(restored.TempPath, info with { NarHash = restored.NarHash, NarSize = restored.NarSize });
        }
        finally
        {
            if (Path.Exists(restored.TempPath) || new FileInfo(restored.TempPath).LinkTarget is not null)
                Canonicaliser.DeleteTree(restored.TempPath);
        }
    }

    public void DiscardRestored(RestoredNar restored)
    {
        if (Path.Exists(restored.TempPath) || new FileInfo(restored.TempPath).LinkTarget is not null)
            Canonicaliser.DeleteTree(restored.TempPath);
    }

    /// <summary>The one way a path becomes valid; see the class comment.</summary>
    /// <summary>Makes a tree restored under a temporary name the valid path described by <paramref name="info"/>.</summary>
    private void Install(string temp, ValidPathInfo info, IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs = null) =>
        Install(info, real => Arca.Store.Native.Posix.Rename(temp, real), derivationOutputs);

    /// <summary>
    /// Under the path's lock: unless another process made it valid meanwhile, checks the references, clears any
    /// invalid leftover at the path, puts the contents there (<paramref name="materialise"/>), canonicalises them and
    /// registers the path (with a derivation's outputs) in one transaction. Until that commit the path is not valid,
    /// whatever is on disk.
    /// </summary>
    private void Install(ValidPathInfo info, Action<string> materialise, IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs)
    {
        var real = RealPath(info.Path);
        using var pathLock = PathLock.Acquire(real);
        if (IsValidPath(info.Path)) return;
        CheckReferencesValid(info);
        // Left over by a crash before the commit, or put there by hand: not valid, so not ours to keep.
        if (Path.Exists(real) || new FileInfo(real).LinkTarget is not null) Canonicaliser.DeleteTree(real);
        materialise(real);
        Canonicaliser.Canonicalise(real);
        Register(info, derivationOutputs);
    }

    private void CheckReferencesValid(ValidPathInfo info)
    {
        foreach (var reference in info.References)
            if (reference != info.Path && !IsValidPath(reference))
                throw new ArcaException($"cannot add path '{Print(info.Path)}' because it lacks a valid reference '{Print(reference)}'");
    }

    /// <summary>Registers the path (with a derivation's outputs) in one transaction: from then on it is valid.</summary>
    private void Register(ValidPathInfo info, IReadOnlyList<(string Name, StorePath Path)>? derivationOutputs) =>
        _db.RegisterValidPath(info with { RegistrationTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds() }, derivationOutputs);

    /// <summary>Passes everything on to the restorer and hashes regular-file contents (flat content addressing).</summary>
    private sealed class ContentHashingVisitor(INarVisitor inner, Hasher contents) : INarVisitor
    {
        public void CreateDirectory(string path) => inner.CreateDirectory(path);
        public void BeginRegularFile(string path, bool executable, long size) => inner.BeginRegularFile(path, executable, size);

        public void WriteContents(ReadOnlySpan<byte> chunk)
        {
            contents.Append(chunk);
            inner.WriteContents(chunk);
        }

        public void EndRegularFile() => inner.EndRegularFile();
        public void CreateSymlink(string path, string target) => inner.CreateSymlink(path, target);
    }
}
