namespace Arca.Build.Tests;

using System.Diagnostics;

/// <summary>
/// The scheduler and the build commands as a user meets them, through <c>./arca</c>: parallelism, keep-going,
/// time limits, --check, --repair, --keep-failed, --dry-run, logs, failure messages, and two processes building
/// overlapping graphs at once.
/// </summary>
[Trait("Category", "Differential")]
public sealed class BuildBehaviourTests
{
    private static string Drv(string name, string script, string extra = "") =>
        $"derivation {{ name = \"{name}\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; args = [ \"-c\" ''{script}'' ]; {extra} }}";

    private static bool Ready()
    {
        if (!Requirements.SandboxToolsPresent(out _)) return false;
        Programs.EnsureArcaBuilt();
        return true;
    }

    [Fact]
    public void MaxJobsRunsBuildsAtTheSameTime()
    {
        if (!Ready()) return;
        using var store = new OracleStore("jobs");
        var expr = $"[ ({Drv("a", "echo start-a; sleep 2; echo end-a; echo a > $out")}) ({Drv("b", "echo start-b; sleep 2; echo end-b; echo b > $out")}) ]";
        var parallel = store.Arca("nix-build", "--no-out-link", "-j2", "-E", expr);
        Assert.True(parallel.ExitCode == 0, parallel.Stderr);
        var lines = parallel.Stderr.Split('\n').ToList();
        // Both builders started before either finished.
        Assert.True(lines.IndexOf("start-b") < lines.IndexOf("end-a") && lines.IndexOf("start-a") < lines.IndexOf("end-b"), parallel.Stderr);

        store.Reset();
        var serial = store.Arca("nix-build", "--no-out-link", "-j1", "-E", expr);
        Assert.True(serial.ExitCode == 0, serial.Stderr);
        var serialLines = serial.Stderr.Split('\n').ToList();
        Assert.True(serialLines.IndexOf("end-a") < serialLines.IndexOf("start-b"), serial.Stderr);
    }

    [Fact]
    public void KeepGoingBuildsWhatDoesNotDependOnAFailure()
    {
        if (!Ready()) return;
        using var store = new OracleStore("keep-going");
        var expr = $"[ ({Drv("bad", "exit 1")}) ({Drv("good", "sleep 1; echo good > $out")}) ]";
        var stop = store.Arca("nix-build", "--no-out-link", "-E", expr);
        Assert.Equal(100, stop.ExitCode);
        Assert.Contains("Reason: builder failed with exit code 1.", stop.Stderr);

        store.Reset();
        var keepGoing = store.Arca("nix-build", "--no-out-link", "-k", "-E", expr);
        Assert.Equal(100, keepGoing.ExitCode);
        Assert.Contains("-good", Directory.GetFileSystemEntries(store.StoreDir).Select(Path.GetFileName).Aggregate("", (a, b) => a + " " + b));
        // One failed target: Nix reports that build's own error, not a summary.
        Assert.Contains("Reason: builder failed with exit code 1.", keepGoing.Stderr);
    }

    [Fact]
    public void DependentsOfAFailureAreNotBuilt()
    {
        if (!Ready()) return;
        using var store = new OracleStore("dep-failed");
        var expr = $"let bad = {Drv("bad", "exit 2")}; in {Drv("top", "echo ${bad} > $out")}";
        var r = store.Arca("nix-build", "--no-out-link", "-k", "-E", expr);
        Assert.Equal(100, r.ExitCode);
        Assert.DoesNotContain("building '", r.Stderr.Split('\n').Where(l => l.Contains("-top.drv'...")));
        Assert.Contains("1 dependency failed", r.Stderr);
    }

    [Fact]
    public void TimeoutAndMaxSilentTimeExitWith101()
    {
        if (!Ready()) return;
        using var store = new OracleStore("timeout");
        var slow = $"{Drv("slow", "while true; do echo tick; sleep 0.3; done")}";
        var timeout = store.Arca("nix-build", "--no-out-link", "--timeout", "1", "-E", slow);
        Assert.Equal(101, timeout.ExitCode);
        Assert.Contains("timed out after 1 seconds", timeout.Stderr);
        var silent = store.Arca("nix-build", "--no-out-link", "--max-silent-time", "1", "-E", Drv("silent", "sleep 30"));
        Assert.Equal(101, silent.ExitCode);
        Assert.Contains("timed out after 1 seconds of silence", silent.Stderr);
    }

    [Fact]
    public void FailureShowsTheLogTailAndHowToReadItAll()
    {
        if (!Ready()) return;
        using var store = new OracleStore("fail-log");
        var script = "i=0; while [ $i -lt 40 ]; do echo line $i; i=$((i+1)); done; exit 1";
        var r = store.Arca("nix-build", "--no-out-link", "-E", Drv("noisy", script));
        Assert.Equal(100, r.ExitCode);
        Assert.Contains("Last 25 log lines:", r.Stderr);
        Assert.Contains("> line 39", r.Stderr);
        Assert.DoesNotContain("> line 14\n", r.Stderr);
        var drv = r.Stderr.Split('\n').First(l => l.Contains("nix-store -l ")).Trim()["nix-store -l ".Length..];
        var log = store.Arca("nix-store", "-l", drv);
        Assert.Equal(0, log.ExitCode);
        Assert.StartsWith("line 0\nline 1\n", log.Stdout);
        Assert.EndsWith("line 39\n", log.Stdout);
        if (Programs.OraclePresent())
            Assert.Equal(log.Stdout, store.Nix("nix-store", "-l", drv).Stdout); // Nix reads Arca's .bz2 logs
    }

    [Fact]
    public void LogOfAnOutputPathIsFoundThroughItsDeriver()
    {
        if (!Ready()) return;
        using var store = new OracleStore("log");
        var r = store.Arca("nix-build", "--no-out-link", "-E", Drv("logged", "echo hello from the builder; echo x > $out"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var output = r.Stdout.Trim();
        var log = store.Arca("log", output);
        Assert.Equal("hello from the builder\n", log.Stdout);
        var none = store.Arca("log", store.StoreDir + "/00000000000000000000000000000000-nothing");
        Assert.NotEqual(0, none.ExitCode);
    }

    [Fact]
    public void CheckRebuildsAndComparesWith104OnDifference()
    {
        if (!Ready()) return;
        using var store = new OracleStore("check");
        var deterministic = Drv("same", "echo same > $out");
        Assert.Equal(0, store.Arca("nix-build", "--no-out-link", "-E", deterministic).ExitCode);
        var check = store.Arca("nix-build", "--no-out-link", "--check", "-E", deterministic);
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Contains("building '", check.Stderr);

        var random = Drv("random", "cat /proc/sys/kernel/random/uuid > $out");
        Assert.Equal(0, store.Arca("nix-build", "--no-out-link", "-E", random).ExitCode);
        var differs = store.Arca("nix-build", "--no-out-link", "--check", "-E", random);
        Assert.Equal(104, differs.ExitCode);
        Assert.Contains("may not be deterministic", differs.Stderr);
    }

    [Fact]
    public void RepairRestoresACorruptedOutput()
    {
        if (!Ready() || !Programs.OraclePresent()) return;
        using var store = new OracleStore("repair");
        var expr = Drv("fragile", "mkdir $out; echo original > $out/file");
        var built = store.Arca("nix-build", "--no-out-link", "-E", expr);
        Assert.True(built.ExitCode == 0, built.Stderr);
        var file = Path.Combine(built.Stdout.Trim(), "file");
        File.SetUnixFileMode(Path.GetDirectoryName(file)!, (UnixFileMode)Convert.ToInt32("755", 8));
        File.SetUnixFileMode(file, (UnixFileMode)Convert.ToInt32("644", 8));
        File.WriteAllText(file, "corrupted\n");
        Assert.NotEqual(0, store.Nix("nix-store", "--verify", "--check-contents").ExitCode);

        var repaired = store.Arca("nix-build", "--no-out-link", "--repair", "-E", expr);
        Assert.True(repaired.ExitCode == 0, repaired.Stderr);
        Assert.Equal("original\n", File.ReadAllText(file));
        Assert.Equal(0, store.Nix("nix-store", "--verify", "--check-contents").ExitCode);
    }

    [Fact]
    public void KeepFailedKeepsTheBuildDirectoryAndSaysWhere()
    {
        if (!Ready()) return;
        using var store = new OracleStore("keep-failed");
        var r = store.Arca("nix-build", "--no-out-link", "-K", "-E", Drv("kept", "echo evidence > left-behind; exit 1"));
        Assert.Equal(100, r.ExitCode);
        var note = r.Stderr.Split('\n').Single(l => l.StartsWith("note: keeping build directory '", StringComparison.Ordinal));
        var dir = note["note: keeping build directory '".Length..^1];
        Assert.Equal("evidence\n", File.ReadAllText(Path.Combine(dir, "left-behind")));
        // Failed outputs never stay in the store.
        Assert.DoesNotContain(Directory.GetFileSystemEntries(store.StoreDir), p => p.EndsWith("-kept", StringComparison.Ordinal));
    }

    [Fact]
    public void DryRunPrintsThePlanAndBuildsNothing()
    {
        if (!Ready()) return;
        using var store = new OracleStore("dry-run");
        var expr = $"let a = {Drv("dry-a", "echo a > $out")}; in {Drv("dry-b", "echo ${a} > $out")}";
        var r = store.Arca("nix-build", "--no-out-link", "--dry-run", "-E", expr);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("these 2 derivations will be built:", r.Stderr);
        Assert.DoesNotContain("building '", r.Stderr);
        Assert.Equal("", r.Stdout);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(store.StoreDir), p => p.EndsWith("-dry-a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoProcessesBuildingOverlappingGraphsBuildEachPathOnce()
    {
        if (!Ready()) return;
        using var store = new OracleStore("concurrent");
        var shared = Drv("shared", "echo building-shared-now; sleep 2; echo shared > $out");
        var first = $"let s = {shared}; in {Drv("first", "echo ${s} > $out")}";
        var second = $"let s = {shared}; in {Drv("second", "echo ${s} > $out")}";
        // Instantiate first so the two builds race on building, not on writing .drv files.
        Assert.Equal(0, store.Arca("nix-instantiate", "-E", first).ExitCode);
        Assert.Equal(0, store.Arca("nix-instantiate", "-E", second).ExitCode);

        var a = Task.Run(() => store.Arca("nix-build", "--no-out-link", "-E", first));
        var b = Task.Run(() => store.Arca("nix-build", "--no-out-link", "-E", second));
        var ra = await a;
        var rb = await b;
        Assert.True(ra.ExitCode == 0, ra.Stderr);
        Assert.True(rb.ExitCode == 0, rb.Stderr);
        int builds = (ra.Stderr + rb.Stderr).Split('\n').Count(l => l == "building-shared-now");
        Assert.Equal(1, builds);
        if (Programs.OraclePresent()) Assert.Equal(0, store.Nix("nix-store", "--verify", "--check-contents").ExitCode);
    }

    [Fact]
    public void KilledAtRandomMomentsARerunCompletesAndTheStoreVerifies()
    {
        if (!Ready() || !Programs.OraclePresent()) return;
        using var store = new OracleStore("crash");
        var layers = new List<string> { Drv("c0", "mkdir $out; i=0; while [ $i -lt 300 ]; do echo $i > $out/f$i; i=$((i+1)); done") };
        for (int i = 1; i < 8; i++)
            layers.Add(Drv($"c{i}", $"mkdir $out; cp -r ${{c{i - 1}}} $out/prev; sleep 0.1; echo {i} > $out/me"));
        var expr = "let " + string.Concat(layers.Select((d, i) => $"c{i} = {d}; ")) + "in c7";
        Assert.Equal(0, store.Arca("nix-instantiate", "-E", expr).ExitCode);

        var random = new Random(20261121);
        for (int round = 0; round < 6; round++)
        {
            var psi = new ProcessStartInfo(Programs.Arca) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "nix-build", "--no-out-link", "-E", expr }) psi.ArgumentList.Add(arg);
            foreach (var (k, v) in store.Environment) psi.Environment[k] = v;
            using var p = Process.Start(psi)!;
            Thread.Sleep(random.Next(100, 1500));
            Process.Start("/bin/kill", ["-KILL", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            p.WaitForExit();
            var verify = store.Nix("nix-store", "--verify", "--check-contents");
            Assert.True(verify.ExitCode == 0, $"round {round}: {verify.Stderr}");
        }

        var final = store.Arca("nix-build", "--no-out-link", "-E", expr);
        Assert.True(final.ExitCode == 0, final.Stderr);
        Assert.True(File.Exists(Path.Combine(final.Stdout.Trim(), "me")));
        var verifyEnd = store.Nix("nix-store", "--verify", "--check-contents");
        Assert.True(verifyEnd.ExitCode == 0, verifyEnd.Stderr);
        Assert.DoesNotContain(verifyEnd.Stderr.Split('\n'), l => l.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheSandboxBuildsMatchNixsToo()
    {
        if (!Ready() || !Programs.OraclePresent()) return;
        // sandbox = false: the builder runs on the host, in a build directory under TMPDIR, with Nix's environment.
        using var store = new OracleStore("no-sandbox", "sandbox = false\n");
        // The host's /bin/sh may lack builtins the corpus relies on; busybox's shell runs its applets itself.
        var file = Path.Combine(store.Root, "unsandboxed.nix");
        File.WriteAllText(file, """
            let
              bb = name: script: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/busybox"; args = [ "sh" "-c" script ]; };
              a = bb "plain-a" "mkdir $out; echo a > $out/a; env | grep -v -e NIX_BUILD_TOP -e TMP -e TEMP -e PWD | sort > $out/env";
            in [ (bb "plain-b" "cat ${a}/a > $out; echo ${a} >> $out") a ]
            """);
        var nix = store.Nix("nix-build", "--no-out-link", "--option", "sandbox", "false", file);
        Assert.True(nix.ExitCode == 0, nix.Stderr);
        var drvs = store.Instantiate(file);
        var nixView = store.DescribeOutputs(drvs);
        store.Reset();
        var arca = store.Arca("nix-build", "--no-out-link", "--no-sandbox", file);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(nixView, store.DescribeOutputs(store.Instantiate(file)));

        // The host is visible: /usr exists for an unsandboxed builder.
        var probe = store.Arca("nix-build", "--no-out-link", "--no-sandbox", "-E", Drv("host-visible", "test -d /usr && echo yes > $out"));
        Assert.True(probe.ExitCode == 0, probe.Stderr);
        Assert.Equal("yes\n", File.ReadAllText(probe.Stdout.Trim()));
    }

    [Fact]
    public void NoChrootIsRefusedInTheSandboxAndAllowedWhenRelaxed()
    {
        if (!Ready()) return;
        using var store = new OracleStore("no-chroot");
        var expr = Drv("impure", "test -d /usr && echo host > $out", "__noChroot = true;");
        var strict = store.Arca("nix-build", "--no-out-link", "-E", expr);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("has '__noChroot' set, but that's not allowed when 'sandbox' is 'true'", strict.Stderr);
        var relaxed = store.Arca("nix-build", "--no-out-link", "--option", "sandbox", "relaxed", "-E", expr);
        Assert.True(relaxed.ExitCode == 0, relaxed.Stderr);
        Assert.Equal("host\n", File.ReadAllText(relaxed.Stdout.Trim()));
        // Relaxed still sandboxes everything else.
        var other = store.Arca("nix-build", "--no-out-link", "--option", "sandbox", "relaxed", "-E", Drv("pure", "test -d /usr || echo sandboxed > $out"));
        Assert.True(other.ExitCode == 0, other.Stderr);
        Assert.Equal("sandboxed\n", File.ReadAllText(other.Stdout.Trim()));
    }

    [Fact]
    public void ArcaBuildMakesLinksAndPrintsPathsOnRequest()
    {
        if (!Ready()) return;
        using var store = new OracleStore("arca-build");
        var work = Path.Combine(store.Root, "work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "default.nix"), "{ a = " + Drv("modern", "mkdir $out; echo m > $out/m") + "; }");
        var quiet = Programs.Run(Programs.Arca, ["build", "a"], store.Environment, work);
        Assert.True(quiet.ExitCode == 0, quiet.Stderr);
        Assert.Equal("", quiet.Stdout);
        Assert.Equal("m\n", File.ReadAllText(Path.Combine(work, "result", "m")));
        var printed = Programs.Run(Programs.Arca, ["build", "-f", "default.nix", "a", "--no-link", "--print-out-paths"], store.Environment, work);
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        Assert.Equal(new FileInfo(Path.Combine(work, "result")).LinkTarget + "\n", printed.Stdout);
        var expr = Programs.Run(Programs.Arca, ["build", "--expr", Drv("from-expr", "echo e > $out"), "--print-out-paths", "-o", "e-link"], store.Environment, work);
        Assert.True(expr.ExitCode == 0, expr.Stderr);
        Assert.Equal("e\n", File.ReadAllText(Path.Combine(work, "e-link")));
    }

    [Fact]
    public void StorePathsInSandboxPathsBringTheirClosure()
    {
        if (!Ready()) return;
        using var store = new OracleStore("sandbox-closure");
        var tool = $"let dep = {Drv("tool-dep", "echo from-dep > $out")}; in {Drv("tool", "mkdir $out; echo ${dep} > $out/dep-path")}";
        var built = store.Arca("nix-build", "--no-out-link", "-E", tool);
        Assert.True(built.ExitCode == 0, built.Stderr);
        var toolPath = built.Stdout.Trim();
        var user = Drv("tool-user", "cat $(cat /tool/dep-path) > $out");
        var r = store.Arca("nix-build", "--no-out-link", "--option", "sandbox-paths", $"/bin/sh=/bin/busybox /bin/busybox /tool={toolPath}", "-E", user);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("from-dep\n", File.ReadAllText(r.Stdout.Trim()));
    }

    [Fact]
    public async Task InterruptKillsRunningBuildersAndLeavesNothingBehind()
    {
        if (!Ready()) return;
        using var store = new OracleStore("interrupt");
        const string marker = "31.4159";
        var expr = "derivation { name = \"long\"; system = \"x86_64-linux\"; builder = \"/bin/busybox\"; " +
                   $"args = [ \"sh\" \"-c\" \"echo started; mkdir $out; sleep {marker}\" ]; }}";
        Assert.Equal(0, store.Arca("nix-instantiate", "-E", expr).ExitCode);
        var psi = new ProcessStartInfo(Programs.Arca) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "nix-build", "--no-out-link", "--no-sandbox", "-E", expr }) psi.ArgumentList.Add(arg);
        foreach (var (k, v) in store.Environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Builders(marker).Any() && DateTime.UtcNow < deadline) Thread.Sleep(100);
        Assert.NotEmpty(Builders(marker));
        // The launcher execs the CLI, so the process we started is the one to interrupt.
        Process.Start("/bin/kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        Assert.True(p.WaitForExit(15_000), "arca did not stop after SIGINT");
        Assert.Equal(1, p.ExitCode);
        Assert.Contains("interrupted by the user", await stderr);
        Thread.Sleep(200);
        Assert.Empty(Builders(marker));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(store.StoreDir), e => e.EndsWith("-long", StringComparison.Ordinal));
    }

    /// <summary>Processes whose command line contains <paramref name="marker"/>.</summary>
    private static List<int> Builders(string marker)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // The builder's own sleep, not a command line that merely mentions it (arca's -E argument does).
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).StartsWith("sleep\0" + marker, StringComparison.Ordinal)) found.Add(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }
}
