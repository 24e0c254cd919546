namespace Arca.Cli.Tests;

using System.Diagnostics;

/// <summary>
/// SIGKILL Arca at random moments while it adds many paths (fixed seed, bounded rounds). After every kill the store
/// must verify — each valid path has its full contents — and nothing but the paths being added may be registered.
/// </summary>
public sealed class StoreCrashTests : IDisposable
{
    private readonly StoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void KilledAddsNeverLeaveAnInvalidValidPath()
    {
        var random = new Random(4242);
        var items = new List<string>();
        void AddItems(int count, int maxBytes)
        {
            for (int n = 0; n < count; n++)
            {
                int i = items.Count;
                var dir = Path.Combine(_sandbox.Root, "src", $"item-{i:D3}");
                Directory.CreateDirectory(Path.Combine(dir, "sub"));
                var data = new byte[random.Next(16 * 1024, maxBytes)];
                random.NextBytes(data);
                File.WriteAllBytes(Path.Combine(dir, "data"), data);
                File.WriteAllText(Path.Combine(dir, "sub", "name"), $"item {i}");
                items.Add(dir);
            }
        }
        AddItems(120, 600 * 1024);

        // Warm up: creates the store.
        var first = _sandbox.Arca("nix-store", "--add", items[0]);
        Assert.Equal(0, first.ExitCode);

        int killedMidway = 0;
        for (int round = 0; round < 14; round++)
        {
            // Paths added by earlier rounds are skipped quickly, so every round also brings new ones: each run has
            // real writes to interrupt. Wall-clock guesses miss on a fast machine, so the kill is aimed by progress:
            // once the store directory gains an entry (a temporary tree, a lock or a path), a few milliseconds later.
            if (round > 0) AddItems(20, 300 * 1024);
            var order = items.OrderBy(_ => random.Next()).ToList();
            int entriesBefore = Directory.Exists(_sandbox.StoreDir) ? Directory.GetFileSystemEntries(_sandbox.StoreDir).Length : 0;
            using var process = Start(["nix-store", "--add", .. order]);
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && deadline.ElapsedMilliseconds < 60_000
                   && Directory.GetFileSystemEntries(_sandbox.StoreDir).Length <= entriesBefore)
                Thread.Sleep(1);
            Thread.Sleep(random.Next(0, 40));
            if (!process.HasExited)
            {
                process.Kill();
                killedMidway++;
            }
            process.WaitForExit();
            AssertStoreConsistent($"round {round}");
        }
        Assert.True(killedMidway >= 5, $"only {killedMidway} runs were killed before finishing; the test did not exercise crashes");

        var final = _sandbox.Arca(["nix-store", "--add", .. items]);
        Assert.Equal(0, final.ExitCode);
        var expected = final.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Equal(items.Count, expected.Count);
        Assert.Equal(expected, ValidPaths());
        if (NixOracle.Available(nameof(KilledAddsNeverLeaveAnInvalidValidPath)))
        {
            var verify = _sandbox.Nix("nix-store", "--verify", "--check-contents");
            Assert.True(verify.ExitCode == 0, verify.Stderr);
            Assert.DoesNotContain("error", verify.Stderr);
        }
    }

    private Process Start(string[] args)
    {
        var psi = new ProcessStartInfo(ArcaProcess.Executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in _sandbox.Environment) psi.Environment[k] = v;
        var process = Process.Start(psi)!;
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private HashSet<string> ValidPaths()
    {
        var dump = _sandbox.Arca("nix-store", "--dump-db");
        Assert.Equal(0, dump.ExitCode);
        var lines = dump.Stdout.Split('\n');
        var paths = new HashSet<string>();
        for (int i = 0; i + 4 < lines.Length;)
        {
            paths.Add(lines[i]);
            int references = int.Parse(lines[i + 4]);
            i += 5 + references;
        }
        return paths;
    }

    private void AssertStoreConsistent(string when)
    {
        var verify = _sandbox.Arca("nix-store", "--verify", "--check-contents");
        Assert.True(verify.ExitCode == 0, $"{when}: verify failed: {verify.Stderr}");
        Assert.DoesNotContain("error", verify.Stderr);
        Assert.DoesNotContain("disappeared", verify.Stderr);
        foreach (var path in ValidPaths())
            Assert.Matches(@"/store/[0-9a-z]{32}-item-\d{3}$", path);
    }
}
