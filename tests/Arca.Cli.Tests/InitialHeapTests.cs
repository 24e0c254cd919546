namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>The evaluator's initial memory allowance (<see cref="InitialHeap"/>): its size, as Nix computes it, and its decision.</summary>
public sealed class InitialHeapTests(ITestOutputHelper output)
{
    private const long KiB = 1024;
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData("1024", 1024)]
    [InlineData("64k", 64 * 1024)]
    [InlineData("64K", 64 * 1024)]
    [InlineData("3M", 3 * MiB)]
    [InlineData("2g", 2048 * MiB)]
    [InlineData("0", 0)]
    public void Sizes_are_read_as_libgc_reads_them(string text, long expected)
    {
        Assert.True(InitialHeap.TryParseSize(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("12x")]
    [InlineData("-5")]
    [InlineData("1.5M")]
    [InlineData(" 5")]
    [InlineData("99999999999999G")]
    public void Malformed_sizes_are_refused(string text) => Assert.False(InitialHeap.TryParseSize(text, out _));

    [Fact]
    public void The_default_is_a_quarter_of_memory_up_to_384_MiB()
    {
        Assert.Equal(256 * MiB, InitialHeap.AllowanceBytes(null, 1024 * MiB));
        Assert.Equal(384 * MiB, InitialHeap.AllowanceBytes(null, 16384 * MiB));
        Assert.Equal(384 * MiB, InitialHeap.AllowanceBytes("", 16384 * MiB));
    }

    [Fact]
    public void GC_INITIAL_HEAP_SIZE_overrides_the_default_and_zero_turns_it_off()
    {
        Assert.Equal(100 * MiB, InitialHeap.AllowanceBytes("100M", 16384 * MiB));
        Assert.Equal(1024 * MiB, InitialHeap.AllowanceBytes("1G", 4096 * MiB));
        // …but never more than half of the memory there is: the runtime cannot survive a region it cannot commit.
        Assert.Equal(512 * MiB, InitialHeap.AllowanceBytes("1G", 1024 * MiB));
        Assert.Equal(0, InitialHeap.AllowanceBytes("0", 16384 * MiB));
        // Like libgc, an unreadable value is ignored rather than fatal.
        Assert.Equal(384 * MiB, InitialHeap.AllowanceBytes("lots", 16384 * MiB));
    }

    [Fact]
    public void Only_an_evaluation_that_keeps_what_it_builds_gets_the_allowance()
    {
        // The shares bench/eval measured at the first collection, after the probe: packages.nix keeps 4.00 of 4.28 MB,
        // modules.nix 1.30 of 4.27 (which the earlier threshold of a fifth would have counted as keeping).
        Assert.True(InitialHeap.Retains(4_000 * KiB, 4_280 * KiB));
        Assert.False(InitialHeap.Retains(1_300 * KiB, 4_270 * KiB));
        Assert.False(InitialHeap.Retains(0, 0));
    }

    /// <summary>
    /// An evaluation that keeps a large structure alive collects at least once and opens the region (or, with the
    /// allowance off or refused, does not): the value is Nix's either way.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("1k")]
    [InlineData("64G")]
    [InlineData("not a size")]
    public void A_retaining_evaluation_gives_nix_s_value_whatever_the_allowance(string? configured)
    {
        var nix = Oracle.Require("nix-instantiate", output);
        if (nix is null) return;
        string[] args =
        [
            "--eval", "--strict", "-E",
            "let xs = builtins.genList (i: { n = i; s = \"item-${toString i}\"; }) 300000; "
            + "in [ (builtins.foldl' (a: x: a + x.n) 0 xs) (builtins.elemAt xs 299999).s (builtins.length xs) ]",
        ];
        var env = new Dictionary<string, string>();
        if (configured is not null) env["GC_INITIAL_HEAP_SIZE"] = configured;
        var expected = ArcaProcess.RunProgram(nix, args);
        var actual = ArcaProcess.Run(["nix-instantiate", .. args], env: env);
        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.StdoutBytes, actual.StdoutBytes);
        Assert.Equal("", actual.Stderr);
    }
}
