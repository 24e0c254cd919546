namespace Arca.Store.Tests.Local;

using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>Two stores on one database (as two processes would be) adding the same paths at once.</summary>
public sealed class ConcurrentAddTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ConcurrentWritersAgreeAndLeaveAConsistentStore()
    {
        var sources = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            var dir = Path.Combine(_temp.Root, "src", $"p{i:D2}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "f"), new string((char)('a' + i % 26), 1000 + i));
            sources.Add(dir);
        }
        var results = new List<StorePath>[3];
        var threads = Enumerable.Range(0, 3).Select(t => new Thread(() =>
        {
            using var store = _temp.Open();
            var mine = new List<StorePath>();
            var order = t == 1 ? Enumerable.Reverse(sources) : sources;
            foreach (var source in order)
            {
                mine.Add(store.AddPath(source, Path.GetFileName(source)));
                mine.Add(store.AddText("t-" + Path.GetFileName(source), System.Text.Encoding.UTF8.GetBytes(source), []));
            }
            results[t] = mine;
        })).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();

        var expected = results[0].ToHashSet();
        Assert.Equal(80, expected.Count);
        Assert.Equal(expected, results[1].ToHashSet());
        Assert.Equal(expected, results[2].ToHashSet());
        using var check = _temp.Open();
        Assert.Equal(expected, check.QueryAllValidPaths().ToHashSet());
        Assert.False(check.Verify(checkContents: true, repair: false, TextWriter.Null));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(check.Directory.Path), e => Path.GetFileName(e).StartsWith(".arca-tmp"));
    }
}
