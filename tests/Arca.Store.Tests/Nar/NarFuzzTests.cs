namespace Arca.Store.Tests.Nar;

using Arca.Core;
using Arca.Store.Nar;

/// <summary>
/// Random mutations of valid archives (fixed seed, bounded count): the reader either restores or throws a
/// user-facing error — never another exception — and never writes outside its target directory.
/// </summary>
public sealed class NarFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arca-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void MutatedArchivesNeverCrashOrEscapeTheTarget()
    {
        using var tree = new TestTree(Path.Combine(_dir, "src"));
        var output = new MemoryStream();
        new NarWriter(output).WritePath(tree.Root);
        var valid = output.ToArray();
        var sandbox = Path.Combine(_dir, "sandbox");
        Directory.CreateDirectory(sandbox);
        var random = new Random(20261121);
        int rejected = 0;
        for (int round = 0; round < 1500; round++)
        {
            var nar = Mutate(valid, random);
            var target = Path.Combine(sandbox, "t" + round);
            try
            {
                NarRestorer.Restore(new MemoryStream(nar), target);
            }
            catch (ArcaException)
            {
                rejected++;
            }
            catch (IOException)
            {
                // A duplicate name that differs only after the restorer's checks (e.g. invalid UTF-8 folding) is refused by O_EXCL.
                rejected++;
            }
            foreach (var entry in Directory.EnumerateFileSystemEntries(sandbox))
                Assert.StartsWith(Path.Combine(sandbox, "t"), entry);
        }
        Assert.True(rejected > 100, $"only {rejected} mutations were rejected; the fuzzer is not exercising errors");
        Assert.Single(Directory.EnumerateFileSystemEntries(_dir), e => e.EndsWith("sandbox"));
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var nar = (byte[])valid.Clone();
        switch (random.Next(5))
        {
            case 0: // flip bytes
                for (int i = random.Next(1, 4); i > 0; i--) nar[random.Next(nar.Length)] ^= (byte)(1 << random.Next(8));
                return nar;
            case 1: // truncate
                return nar[..random.Next(nar.Length)];
            case 2: // overwrite an 8-byte word (often a length) with a random value
            {
                int at = random.Next(nar.Length / 8) * 8;
                random.NextBytes(nar.AsSpan(at, 8));
                if (random.Next(2) == 0) nar.AsSpan(at + 2, 6).Clear();
                return nar;
            }
            case 3: // set a byte to '/', '.', NUL
            {
                nar[random.Next(nar.Length)] = (byte)"/.\0"[random.Next(3)];
                return nar;
            }
            default: // splice: duplicate a random slice
            {
                int from = random.Next(nar.Length), length = random.Next(1, 64);
                length = Math.Min(length, nar.Length - from);
                int at = random.Next(nar.Length);
                return [.. nar[..at], .. nar.AsSpan(from, length), .. nar[at..]];
            }
        }
    }
}
