namespace Arca.Store.Local;

using System.Text;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Nar;
using Arca.Store.Paths;
using Arca.Store.Serialisation;

/// <summary>
/// The stream of <c>nix-store --export</c> / <c>--import</c>: for each path (dependencies first) the number 1,
/// its NAR, the magic 0x4558494e ("NIXE"), the path, its references, its deriver (or "") and 0 (no legacy
/// signature); the number 0 ends the stream.
/// </summary>
public static class ExportFormat
{
    private const ulong ExportMagic = 0x4558494e;

    public static void Export(LocalStore store, IReadOnlySet<StorePath> paths, Stream output)
    {
        var sorted = store.TopoSort(paths);
        sorted.Reverse();
        foreach (var path in sorted)
        {
            var info = store.RequirePathInfo(path);
            WireFormat.WriteUInt64(output, 1);
            using var hasher = new Hasher(HashAlgorithm.Sha256);
            new NarWriter(new HashingStream(hasher, output)).WritePath(store.RealPath(path));
            var current = hasher.Finish();
            // Refuse to spread corruption to other machines.
            if (current != info.NarHash)
                throw new ArcaException($"hash of path '{store.Print(path)}' has changed from '{info.NarHash}' to '{current}'!");
            WireFormat.WriteUInt64(output, ExportMagic);
            WireFormat.WriteString(output, store.Print(path));
            WireFormat.WriteStrings(output, info.References.Select(store.Print).ToList());
            WireFormat.WriteString(output, info.Deriver is { } d ? store.Print(d) : "");
            WireFormat.WriteUInt64(output, 0);
        }
        WireFormat.WriteUInt64(output, 0);
        output.Flush();
    }

    public static List<StorePath> Import(LocalStore store, Stream input)
    {
        var source = new ByteSource(input);
        var imported = new List<StorePath>();
        while (true)
        {
            ulong n = source.ReadUInt64();
            if (n == 0) break;
            if (n != 1) throw new ArcaException("input doesn't look like something created by 'nix-store --export'");
            var restored = store.RestoreNarToTemp(source);
            try
            {
                if (source.ReadUInt64() != ExportMagic) throw new ArcaException("Nix archive cannot be imported; wrong format");
                var path = store.Directory.ParsePath(ReadText(source));
                ulong count = source.ReadUInt64();
                var references = new SortedSet<StorePath>();
                for (ulong i = 0; i < count; i++) references.Add(store.Directory.ParsePath(ReadText(source)));
                var deriver = ReadText(source);
                if (source.ReadUInt64() == 1) source.ReadString(1 << 16);
                store.InstallRestored(restored, new ValidPathInfo
                {
                    Path = path,
                    NarHash = restored.NarHash,
                    NarSize = restored.NarSize,
                    References = references,
                    Deriver = deriver.Length > 0 ? store.Directory.ParsePath(deriver) : null,
                });
                imported.Add(path);
            }
            finally
            {
                store.DiscardRestored(restored);
            }
        }
        return imported;
    }

    private static string ReadText(ByteSource source) => Encoding.UTF8.GetString(source.ReadString(1 << 16));
}
