namespace Arca.Build.Tests;

using Arca.Build.Sandbox;
using Arca.Build.Settings;

public sealed class SandboxedRunnerTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static BuildSettings Settings => new()
    {
        SandboxPaths = [new SandboxPath("/bin/sh", Requirements.Busybox, false), new SandboxPath("/bin/busybox", Requirements.Busybox, false)],
    };

    private (BuilderOutcome Outcome, string Log, string Out) RunScript(string script, IReadOnlyCollection<string>? inputs = null,
        bool network = false, int timeout = 0, int silence = 0, BuildSettings? settings = null)
    {
        var buildDir = _store.NewBuildDir();
        var outPath = Path.Combine(_store.StoreDir, "0c6kzph7l0dcbfmjap64f0czdafn3b7x-test");
        var runner = new SandboxedRunner(settings ?? Settings);
        var inside = runner.BuildDirectoryInside(buildDir);
        var env = new Dictionary<string, string>
        {
            ["out"] = outPath,
            ["PATH"] = "/path-not-set",
            ["HOME"] = "/homeless-shelter",
            ["NIX_BUILD_TOP"] = inside,
            ["TMPDIR"] = inside,
            ["NIX_STORE"] = _store.StoreDir,
        };
        var sink = new CapturingSink();
        var outcome = runner.Run(new BuilderInvocation
        {
            Builder = "/bin/sh",
            Arguments = ["-c", script],
            Environment = env,
            StoreDir = _store.StoreDir,
            BuildDirectory = buildDir,
            InputPaths = inputs ?? [],
            OutputPaths = [outPath],
            AllowNetwork = network,
            Timeout = timeout,
            MaxSilentTime = silence,
        }, sink, CancellationToken.None);
        var produced = File.Exists(outPath) ? File.ReadAllText(outPath) : "";
        return (outcome, sink.Text, produced);
    }

    [Fact]
    public void BuilderSeesExactlyTheGivenEnvironment()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (outcome, log, output) = RunScript("/bin/busybox env | /bin/busybox sort > $out");
        Assert.True(outcome.Succeeded, log);
        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('=')]).ToArray();
        // The shell adds PWD and SHLVL itself, as it does under Nix.
        Assert.Equal(["HOME", "NIX_BUILD_TOP", "NIX_STORE", "PATH", "PWD", "SHLVL", "TMPDIR", "out"], names);
        Assert.Contains("PWD=/build\n", output);
    }

    [Fact]
    public void IdentityHostnameAndEtcFilesAreNixs()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (outcome, log, output) = RunScript(
            "{ /bin/busybox id; /bin/busybox hostname; /bin/busybox cat /etc/passwd /etc/group /etc/hosts; } > $out");
        Assert.True(outcome.Succeeded, log);
        Assert.Equal(
            "uid=1000(nixbld) gid=100(nixbld) groups=100(nixbld)\nlocalhost\n" +
            "root:x:0:0:Nix build user:/build:/noshell\nnixbld:x:1000:100:Nix build user:/build:/noshell\nnobody:x:65534:65534:Nobody:/:/noshell\n" +
            "root:x:0:\nnixbld:!:100:\nnogroup:x:65534:\n" +
            "127.0.0.1 localhost\n::1 localhost\n",
            output.Replace("uid=1000(nixbld) gid=100(nixbld)\n", "uid=1000(nixbld) gid=100(nixbld) groups=100(nixbld)\n"));
    }

    [Fact]
    public void OnlyInputsAreVisibleInTheStoreAndTheHostIsHidden()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var input = Path.Combine(_store.StoreDir, "9d6mzph7l0dcbfmjap64f0czdafn3b7x-input");
        var hidden = Path.Combine(_store.StoreDir, "1a2mzph7l0dcbfmjap64f0czdafn3b7x-hidden");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "data"), "hello");
        File.WriteAllText(hidden, "secret");
        var (outcome, log, output) = RunScript(
            "{ /bin/busybox ls $NIX_STORE; /bin/busybox cat $NIX_STORE/*-input/data; echo; /bin/busybox ls /; " +
            "/bin/busybox ls /usr 2>&1; echo > $NIX_STORE/*-input/data && echo WROTE; true; } > $out 2>&1", inputs: [input]);
        Assert.True(outcome.Succeeded, log);
        var lines = output.Split('\n');
        Assert.True(lines.Length > 2, output);
        // The store shows the output being written and the input, nothing else.
        Assert.Equal(["0c6kzph7l0dcbfmjap64f0czdafn3b7x-test", "9d6mzph7l0dcbfmjap64f0czdafn3b7x-input"], lines[..2]);
        Assert.DoesNotContain("hidden", output);
        Assert.Contains("hello", output);
        Assert.DoesNotContain("WROTE", output);
        Assert.Contains("No such file or directory", output);
        Assert.Equal("hello", File.ReadAllText(Path.Combine(input, "data")));
    }

    [Fact]
    public void NetworkIsOnlyLoopbackUnlessAllowed()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (outcome, log, output) = RunScript("/bin/busybox cat /proc/net/dev > $out");
        Assert.True(outcome.Succeeded, log);
        var interfaces = output.Split('\n').Skip(2).Where(l => l.Contains(':')).Select(l => l.Trim()[..l.Trim().IndexOf(':')]).ToArray();
        Assert.Equal(["lo"], interfaces);

        var (fixedOutcome, fixedLog, fixedOutput) = RunScript("/bin/busybox cat /proc/net/dev > $out", network: true);
        Assert.True(fixedOutcome.Succeeded, fixedLog);
        var hostInterfaces = File.ReadAllLines("/proc/net/dev").Length;
        Assert.Equal(hostInterfaces, fixedOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void PidNamespaceIsFresh()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (outcome, log, output) = RunScript("/bin/busybox ls /proc | /bin/busybox grep -c '^[0-9]' > $out");
        Assert.True(outcome.Succeeded, log);
        Assert.True(int.Parse(output.Trim()) <= 4, output);
    }

    [Fact]
    public void OutputOrderOfStdoutAndStderrIsKept()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (outcome, log, _) = RunScript("echo one; echo two >&2; echo three; echo four >&2; exit 7");
        Assert.False(outcome.Succeeded);
        Assert.Equal("one\ntwo\nthree\nfour\n", log);
        Assert.Equal(7, outcome.ExitCode);
    }

    [Fact]
    public void FailureExitCodeAndSignalAreReported()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (exited, _, _) = RunScript("exit 3");
        Assert.Equal((BuilderEnd.Exited, 3), (exited.End, exited.ExitCode));
        Assert.Equal("with exit code 3", exited.Describe());
        // As in Nix, the builder is PID 1 of its namespace.
        var (pid, log, output) = RunScript("echo $$ > $out");
        Assert.True(pid.Succeeded, log);
        Assert.Equal("1\n", output);
    }

    [Fact]
    public void TimeoutAndSilenceKillTheBuilder()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var (timedOut, _, _) = RunScript("while true; do echo tick; /bin/busybox sleep 0.2; done", timeout: 1);
        Assert.Equal(BuilderEnd.TimedOut, timedOut.End);
        Assert.InRange(timedOut.Duration.TotalSeconds, 0.9, 5);
        var (silent, _, _) = RunScript("echo start; /bin/busybox sleep 30", silence: 1);
        Assert.Equal(BuilderEnd.Silent, silent.End);
        Assert.InRange(silent.Duration.TotalSeconds, 0.9, 5);
    }

    [Fact]
    public void MissingSandboxPathIsAnErrorUnlessOptional()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return;
        var strict = Settings with { SandboxPaths = [.. Settings.SandboxPaths, SandboxPath.Parse("/no/such/thing")] };
        var error = Assert.Throws<Arca.Core.ArcaException>(() => RunScript("echo hi > $out", settings: strict));
        Assert.Contains("'/no/such/thing' is configured as part of the 'sandbox-paths' option", error.Message);
        var optional = Settings with { SandboxPaths = [.. Settings.SandboxPaths, SandboxPath.Parse("/no/such/thing?")] };
        var (outcome, log, output) = RunScript("echo hi > $out", settings: optional);
        Assert.True(outcome.Succeeded, log);
        Assert.Equal("hi\n", output);
    }

    [Fact]
    public void MissingBubblewrapSaysHowToInstallIt()
    {
        var settings = new BuildSettings { BwrapPath = "/nonexistent/bwrap" };
        var error = Assert.Throws<Arca.Core.ArcaException>(() => SandboxedRunner.EnsureAvailable(settings));
        Assert.Contains("apt-get install bubblewrap", error.Message);
    }
}
