namespace Arca.Build.Tests;

using System.Text;
using Arca.Build.Derivations;
using Arca.Build.Goals;
using Arca.Build.Logs;
using Arca.Build.Sandbox;
using Arca.Build.Settings;
using Arca.Core.Configuration;
using Arca.Store.Derivations;
using Arca.Store.Paths;

public sealed class SettingsTests
{
    [Fact]
    public void SandboxPathsFollowNixsGrammar()
    {
        Assert.Equal(new SandboxPath("/bin/sh", "/bin/busybox", false), SandboxPath.Parse("/bin/sh=/bin/busybox"));
        Assert.Equal(new SandboxPath("/usr", "/usr", false), SandboxPath.Parse("/usr"));
        Assert.Equal(new SandboxPath("/opt/x", "/opt/x", true), SandboxPath.Parse("/opt/x?"));
        Assert.Equal(new SandboxPath("/a", "/b", true), SandboxPath.Parse("/a=/b?"));
    }

    [Fact]
    public void SettingsComeFromNixConf()
    {
        var config = NixConfig.Parse("sandbox = relaxed\nsandbox-paths = /bin/sh=/bin/busybox\nextra-sandbox-paths = /usr?\ncores = 3\nmax-jobs = 4\n" +
                                     "max-silent-time = 5\ntimeout = 6\nkeep-going = true\ncompress-build-log = false\n", "/test/nix.conf");
        var s = BuildSettings.FromConfig(config);
        Assert.Equal(SandboxMode.Relaxed, s.Sandbox);
        Assert.Equal([new SandboxPath("/bin/sh", "/bin/busybox", false), new SandboxPath("/usr", "/usr", true)], s.SandboxPaths);
        Assert.Equal((3, 4, 5, 6, true, false), (s.Cores, s.MaxJobs, s.MaxSilentTime, s.Timeout, s.KeepGoing, s.CompressBuildLog));
        Assert.Equal(3, s.EffectiveCores);
        Assert.Equal(Environment.ProcessorCount, BuildSettings.FromConfig(NixConfig.Parse("max-jobs = auto\n", "/x")).MaxJobs);
        Assert.Throws<Arca.Core.ArcaException>(() => BuildSettings.FromConfig(NixConfig.Parse("sandbox = maybe\n", "/x")));
    }

    [Fact]
    public void ExitStatusIsNixsBitmask()
    {
        Assert.Equal(100, BuildFailedException.ExitStatus([BuildFailureKind.Permanent]));
        Assert.Equal(101, BuildFailedException.ExitStatus([BuildFailureKind.TimedOut]));
        Assert.Equal(102, BuildFailedException.ExitStatus([BuildFailureKind.HashMismatch]));
        Assert.Equal(104, BuildFailedException.ExitStatus([BuildFailureKind.NotDeterministic]));
        Assert.Equal(103, BuildFailedException.ExitStatus([BuildFailureKind.TimedOut, BuildFailureKind.HashMismatch]));
        Assert.Equal(1, BuildFailedException.ExitStatus([BuildFailureKind.OutputRejected]));
        Assert.Equal(1, BuildFailedException.ExitStatus([]));
    }
}

public sealed class StructuredAttrsTests
{
    private static string ByteString(string utf8) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(utf8));

    [Fact]
    public void JsonIsDumpedAsNlohmannDoes()
    {
        var attrs = StructuredAttrs.Parse(ByteString("{\"z\":1,\"a\":[true,null,1.5,\"é\\u0001\"],\"m\":{\"b\":-2,\"a\":1e300}}"));
        var json = Encoding.UTF8.GetString(StructuredAttrs.Dump(attrs.Prepare(new Dictionary<string, string> { ["out"] = "/s/x-out" })));
        Assert.Equal("{\"a\":[true,null,1.5,\"é\\u0001\"],\"m\":{\"a\":1e+300,\"b\":-2},\"outputs\":{\"out\":\"/s/x-out\"},\"z\":1}", json);
    }

    [Fact]
    public void ShellFileDeclaresSimpleValuesOnly()
    {
        var attrs = StructuredAttrs.Parse("{\"s\":\"it's\",\"n\":3,\"f\":1.5,\"t\":true,\"no\":false,\"nil\":null,\"l\":[1,\"a\"],\"bad list\":[1]," +
                                          "\"mixed\":[1,[2]],\"o\":{\"k\":\"v\",\"j\":2},\"deep\":{\"x\":{}}}");
        var sh = Encoding.UTF8.GetString(StructuredAttrs.WriteShell(attrs.Attributes));
        Assert.Equal(
            "declare -a l=(1 'a' )\ndeclare n=3\ndeclare nil=''\ndeclare no=\ndeclare -A o=(['j']=2 ['k']='v' )\ndeclare s='it'\\''s'\ndeclare t=1\n",
            sh);
    }

    [Fact]
    public void MalformedJsonIsAnError()
    {
        var e = Assert.Throws<Arca.Core.ArcaException>(() => StructuredAttrs.Parse("{not json"));
        Assert.StartsWith("cannot process __json attribute", e.Message);
    }
}

public sealed class BuilderEnvironmentTests
{
    private static readonly StoreDirectory Store = new("/s/store");

    private static Derivation Drv(params (string Key, string Value)[] env)
    {
        var drv = new Derivation("env-test") { Platform = "x86_64-linux", Builder = "/bin/sh" };
        drv.Outputs["out"] = new DerivationOutput.InputAddressed(StorePath.Parse("0c6kzph7l0dcbfmjap64f0czdafn3b7x-env-test"));
        foreach (var (k, v) in env) drv.Environment[k] = v;
        return drv;
    }

    private static BuilderEnvironment Create(Derivation drv, Func<string, string?>? host = null)
    {
        var options = DerivationOptions.From(drv, null, Store);
        return BuilderEnvironment.Create(drv, options, null, new BuilderEnvironment.Context(
            "/s/store", "/build", 7, new Dictionary<string, string> { ["out"] = "/s/store/0c6kzph7l0dcbfmjap64f0czdafn3b7x-env-test" },
            host ?? (_ => null)));
    }

    [Fact]
    public void FixedVariablesAreNixs()
    {
        var env = Create(Drv(("out", "/s/store/0c6kzph7l0dcbfmjap64f0czdafn3b7x-env-test"), ("PATH", "/mine"), ("HOME", "/mine"))).Variables;
        // Nix sets PATH and HOME first; a derivation's own attributes of those names win.
        Assert.Equal(("/mine", "/mine"), (env["PATH"], env["HOME"]));
        var bare = Create(Drv()).Variables;
        Assert.Equal(("/path-not-set", "/homeless-shelter"), (bare["PATH"], bare["HOME"]));
        Assert.Equal("7", env["NIX_BUILD_CORES"]);
        Assert.Equal("/build", env["NIX_BUILD_TOP"]);
        Assert.Equal(["/build", "/build", "/build", "/build", "/build"], new[] { env["TMPDIR"], env["TEMPDIR"], env["TMP"], env["TEMP"], env["PWD"] });
        Assert.Equal(("2", "xterm-256color", "/s/store"), (env["NIX_LOG_FD"], env["TERM"], env["NIX_STORE"]));
        Assert.False(env.ContainsKey("NIX_OUTPUT_CHECKED"));
    }

    [Fact]
    public void PassAsFileMovesValuesIntoFiles()
    {
        var e = Create(Drv(("passAsFile", "big"), ("big", "contents\n"), ("small", "s")));
        var name = ".attr-" + Arca.Core.Hashing.Hash.Compute(Arca.Core.Hashing.HashAlgorithm.Sha256, "big").ToNixBase32();
        Assert.Equal("/build/" + name, e.Variables["bigPath"]);
        Assert.False(e.Variables.ContainsKey("big"));
        Assert.Equal("contents\n", Encoding.Latin1.GetString(e.Files[name]));
        Assert.Equal("s", e.Variables["small"]);
    }

    [Fact]
    public void OutputPlaceholdersBecomeOutputPaths()
    {
        var placeholder = BuilderEnvironment.HashPlaceholder("out");
        Assert.Equal("/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9", placeholder); // builtins.placeholder "out"
        var drv = Drv(("x", "prefix " + placeholder + "/bin"));
        drv.Arguments.Add(placeholder);
        var e = Create(drv);
        Assert.Equal("prefix /s/store/0c6kzph7l0dcbfmjap64f0czdafn3b7x-env-test/bin", e.Variables["x"]);
        Assert.Equal(["/s/store/0c6kzph7l0dcbfmjap64f0czdafn3b7x-env-test"], e.Arguments);
    }

    [Fact]
    public void OptionsReadReferenceChecks()
    {
        var drv = Drv(("allowedReferences", "out /s/store/9d6mzph7l0dcbfmjap64f0czdafn3b7x-input"), ("disallowedRequisites", ""), ("__noChroot", "1"));
        var options = DerivationOptions.From(drv, null, Store);
        var checks = options.ChecksFor("out")!;
        Assert.True(checks.IgnoreSelfReferences);
        Assert.Equal([new ReferenceSpec(null, "out"), new ReferenceSpec(StorePath.Parse("9d6mzph7l0dcbfmjap64f0czdafn3b7x-input"), null)], checks.AllowedReferences);
        Assert.Null(checks.AllowedRequisites);
        Assert.Empty(checks.DisallowedRequisites);
        Assert.True(options.NoChroot);

        var structured = StructuredAttrs.Parse("{\"outputChecks\":{\"out\":{\"maxSize\":10,\"allowedRequisites\":[\"out\"]}}}");
        var s = DerivationOptions.From(drv, structured, Store);
        Assert.Null(s.ChecksFor("dev"));
        Assert.Equal(10, s.ChecksFor("out")!.MaxSize);
        Assert.False(s.ChecksFor("out")!.IgnoreSelfReferences);
        Assert.False(s.NoChroot);
    }
}

public sealed class LogTests : IDisposable
{
    private readonly TempStore _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LogsRoundTripInNixsLayout(bool compress)
    {
        var logs = new BuildLogStore(_dir.LogDir, compress);
        var data = new byte[3_000_000];
        new Random(5).NextBytes(data.AsSpan(0, 1_000_000));
        using (var s = logs.Create("0c6kzph7l0dcbfmjap64f0czdafn3b7x-x.drv"))
        {
            s.Write(data, 0, 100);
            s.Write(data, 100, data.Length - 100);
        }
        var expected = Path.Combine(_dir.LogDir, "drvs", "0c", "6kzph7l0dcbfmjap64f0czdafn3b7x-x.drv" + (compress ? ".bz2" : ""));
        Assert.True(File.Exists(expected));
        if (compress) Assert.Equal("BZh9"u8.ToArray(), File.ReadAllBytes(expected)[..4]);
        Assert.Equal(data, new BuildLogStore(_dir.LogDir, !compress).Read("0c6kzph7l0dcbfmjap64f0czdafn3b7x-x.drv"));
        Assert.Null(logs.Read("1c6kzph7l0dcbfmjap64f0czdafn3b7x-y.drv"));
    }

    [Fact]
    public void SinkKeepsTheLastLines()
    {
        using var sink = new BuildLogSink(null, null, tailLines: 3);
        sink.Write("a\nb\nc"u8);
        sink.Write("d\ne\nf"u8);
        Assert.Equal(["cd", "e", "f"], sink.Tail);

        using var big = new BuildLogSink(null, null, tailLines: 3);
        big.Write("partial"u8);
        big.Write(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 1000).Select(i => $"line {i}\n")) + "last"));
        Assert.Equal(["line 998", "line 999", "last"], big.Tail);
    }

    [Fact]
    public void SeccompProgramIsWellFormed()
    {
        var program = SeccompFilter.Program();
        Assert.Equal(0, program.Length % 8);
        int count = program.Length / 8;
        for (int i = 0; i < count; i++)
        {
            ushort code = BitConverter.ToUInt16(program, i * 8);
            if ((code & 0x07) != 0x05) continue; // jumps must land inside the program
            Assert.InRange(i + 1 + program[i * 8 + 2], 0, count - 1);
            Assert.InRange(i + 1 + program[i * 8 + 3], 0, count - 1);
        }
        Assert.Equal(0x06, BitConverter.ToUInt16(program, (count - 1) * 8)); // ends with a return
    }
}
