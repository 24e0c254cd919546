namespace Arca.Store.Tests.References;

using System.Text;
using Arca.Store.Paths;
using Arca.Store.References;

public sealed class ReferenceScannerTests
{
    private static readonly StorePath A = StorePath.Parse("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo");
    private static readonly StorePath B = StorePath.Parse("kg19kw4xlyz27aa50anpid6dmpqwjzq1-baz");
    private static readonly StorePath C = StorePath.Parse("j503698jkcnsjh3and14b428s53bs1qi-hw.txt");

    [Fact]
    public void FindsHashPartsAnywhere()
    {
        var data = Encoding.ASCII.GetBytes($"\0\x01/nix/store/{A.HashPart}-foo/bin;{B.HashPart}zzz");
        var scanner = new ReferenceScanner([A, B, C]);
        scanner.Feed(data);
        Assert.Equal(new HashSet<StorePath> { A, B }, scanner.Found.ToHashSet());
    }

    [Fact]
    public void FindsHashesSplitAcrossEveryChunkBoundary()
    {
        var data = Encoding.ASCII.GetBytes($"abcdefgh{A.HashPart}ijkl");
        for (int chunk = 1; chunk <= data.Length; chunk++)
        {
            var scanner = new ReferenceScanner([A, B]);
            for (int i = 0; i < data.Length; i += chunk) scanner.Feed(data.AsSpan(i, Math.Min(chunk, data.Length - i)));
            Assert.True(scanner.Found.Contains(A), $"chunk size {chunk}");
            Assert.False(scanner.Found.Contains(B));
        }
    }

    [Fact]
    public void APartialHashIsNotAReference()
    {
        var scanner = new ReferenceScanner([A]);
        scanner.Feed(Encoding.ASCII.GetBytes(A.HashPart[..31] + "-" + A.HashPart[1..]));
        Assert.Empty(scanner.Found);
    }

    [Fact]
    public void ScansATreeThroughItsNar()
    {
        var dir = Directory.CreateTempSubdirectory("arca-refs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "bin"));
            var big = new byte[3 << 20];
            new Random(1).NextBytes(big);
            Encoding.ASCII.GetBytes("/nix/store/" + A.HashPart + "-foo/lib").CopyTo(big, (1 << 20) - 20);
            File.WriteAllBytes(Path.Combine(dir, "bin", "prog"), big);
            File.CreateSymbolicLink(Path.Combine(dir, "link"), "/nix/store/" + B.HashPart + "-baz");
            var found = ReferenceScanner.ScanPath(dir, [A, B, C]);
            Assert.Equal(new HashSet<StorePath> { A, B }, found.ToHashSet());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
