namespace Arca.Store.Tests.Derivations;

using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// The .drv files the oracle wrote for Golden/shapes.nix and Golden/ca.nix (see Golden/generate.sh), kept in the
/// source tree under their original store directory, which is part of every hash in them.
/// </summary>
internal sealed class GoldenStore : IDerivationResolver
{
    public static readonly StoreDirectory Store = new("/tmp/arca-golden-drv/store");

    public static string Directory { get; } = FindDirectory();

    public static string StoreFiles => Path.Combine(Directory, "store");

    public static IEnumerable<string> DrvNames() =>
        System.IO.Directory.GetFiles(StoreFiles, "*.drv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static byte[] Bytes(string baseName) => File.ReadAllBytes(Path.Combine(StoreFiles, baseName));

    public static Derivation Parse(string baseName) =>
        ATermParser.Parse(Bytes(baseName), Store, StorePath.Parse(baseName).Name[..^4]);

    /// <summary>The .drv base name the oracle printed for an attribute of shapes.nix or ca.nix.</summary>
    public static string ExpectedDrv(string attribute)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, "expected.txt")))
        {
            var fields = line.Split(' ');
            if (fields[1] == attribute) return fields[2];
        }
        throw new ArgumentException($"no golden derivation for '{attribute}'");
    }

    public int Reads { get; private set; }

    public Derivation ReadDerivation(StorePath drvPath)
    {
        Reads++;
        return Parse(drvPath.BaseName);
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Arca.Store.Tests", "Derivations", "Golden");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/Arca.Store.Tests/Derivations/Golden not found above the test binaries");
    }
}
