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
        for (int i = 0; i < 120; i++)
        {
            var dir = Path.Combine(_sandbox.Root, "src", $"item-{i:D3}");
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            var data = new byte[random.Next(16 * 1024, 600 * 1024)];
            random.NextBytes(data);
            File.WriteAllBytes(Path.Combine(dir, "data"), data);
            File.WriteAllText(Path.Combine(dir, "sub", "name"), $"item {i}");
            items.Add(dir);
        }

        // Warm up (creates the store) and learn how long a full run takes, to aim the kills inside it.
        var clock = Stopwatch.StartNew();
        var first = _sandbox.Arca("nix-store", "--add", items[0]);
        Assert.Equal(0, first.ExitCode);
        long startupMs = clock.ElapsedMilliseconds;

        int killedMidway = 0;
        for (int round = 0; round < 14; round++)
        {
            var order = items.OrderBy(_ => random.Next()).ToList();
            using var process = Start(["nix-store", "--add", .. order]);
            Thread.Sleep(random.Next((int)Math.Min(startupMs / 2, 300), (int)startupMs + 1500));
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
