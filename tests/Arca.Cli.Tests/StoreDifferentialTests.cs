namespace Arca.Cli.Tests;

/// <summary>
/// Arca against the oracle on the same inputs and the same store: NAR bytes, hashes, store paths, database
/// contents and query output must be identical, and each program must accept the other's store.
/// </summary>
public sealed class StoreDifferentialTests : IDisposable
{
    private readonly StoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static void Succeeded(ArcaProcess.Result result, string what) =>
        Assert.True(result.ExitCode == 0, $"{what} failed with {result.ExitCode}: {result.Stderr}");

    [Fact]
    public void NarDumpIsByteIdentical()
    {
        if (!NixOracle.Available(nameof(NarDumpIsByteIdentical))) return;
        var tree = _sandbox.MakeTree();
        foreach (var target in new[] { tree, Path.Combine(tree, "hello.txt"), Path.Combine(tree, "link-dangling"), Path.Combine(tree, "emptydir"), Path.Combine(tree, "bin/run.sh") })
        {
            var arca = _sandbox.Arca("nix-store", "--dump", target);
            var nix = _sandbox.Nix("nix-store", "--dump", target);
            Succeeded(arca, "arca --dump");
            Succeeded(nix, "nix --dump");
            Assert.True(nix.StdoutBytes.AsSpan().SequenceEqual(arca.StdoutBytes), $"NAR of {target} differs ({arca.StdoutBytes.Length} vs {nix.StdoutBytes.Length} bytes)");
        }
    }

    [Theory]
    [InlineData("--type", "sha256")]
    [InlineData("--type", "sha256", "--base32")]
    [InlineData("--type", "md5")]
    [InlineData("--type", "sha1", "--base32")]
    [InlineData("--type", "sha512")]
    [InlineData("--type", "sha256", "--truncate", "--base32")]
    [InlineData("--type", "sha256", "--flat", "FILE")]
    [InlineData("--type", "sha512", "--flat", "--base32", "FILE")]
    public void NixHashIsIdentical(params string[] flags)
    {
        if (!NixOracle.Available(nameof(NixHashIsIdentical))) return;
        var tree = _sandbox.MakeTree();
        var target = flags.Contains("FILE") ? Path.Combine(tree, "big/blob") : tree;
        var args = flags.Where(f => f != "FILE").Append(target).ToArray();
        var arca = _sandbox.Arca(["nix-hash", .. args]);
        var nix = _sandbox.Nix("nix-hash", args);
        Succeeded(nix, "nix-hash");
        Assert.Equal(nix.Stdout, arca.Stdout);
    }

    [Theory]
    [InlineData("--to-base32", "--type", "sha256", "sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")]
    [InlineData("--to-base16", "--type", "sha256", "sha256:1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr")]
    [InlineData("--to-base16", "--type", "sha1", "sha1-Kq5sNclPz7QV2+lfQIuc6R7oRu0=")]
    [InlineData("--to-base32", "--type", "sha1", "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed")]
    public void NixHashConversionsAreIdentical(params string[] args)
    {
        if (!NixOracle.Available(nameof(NixHashConversionsAreIdentical))) return;
        var arca = _sandbox.Arca(["nix-hash", .. args]);
        var nix = _sandbox.Nix("nix-hash", args);
        Succeeded(nix, "nix-hash");
        Assert.Equal(nix.Stdout, arca.Stdout);
    }

    /// <summary>
    /// Latest Nix infers the algorithm of a prefixed hash in <c>nix-hash --to-*</c>; Nix 2.8 defaulted to MD5 and
    /// rejected it. Arca follows latest (recorded as a compatibility difference).
    /// </summary>
    [Fact]
    public void NixHashConversionInfersTheAlgorithmLikeLatestNix()
    {
        var arca = _sandbox.Arca("nix-hash", "--to-base32", "sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
        Assert.Equal("1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr\n", arca.Stdout);
        var sri = _sandbox.Arca("hash", "convert", "--to", "base16", "sha1-Kq5sNclPz7QV2+lfQIuc6R7oRu0=");
        Assert.Equal("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed\n", sri.Stdout);
        var path = _sandbox.Arca("hash", "path", "--type", "sha256", _sandbox.WriteFile("hw", "hello world"));
        Assert.Equal("sha256-rkUEKu9bFIg12wLQRf6JtMCf+eR22rABoUvAMi0/IJM=\n", path.Stdout);
    }

    /// <summary>Arca adds first; the oracle then computes the same paths on its own and finds them valid.</summary>
    [Fact]
    public void ArcaAndNixComputeTheSameStorePaths()
    {
        if (!NixOracle.Available(nameof(ArcaAndNixComputeTheSameStorePaths))) return;
        var tree = _sandbox.MakeTree();
        var file = Path.Combine(tree, "hello.txt");
        string[][] adds =
        [
            ["--add", tree],
            ["--add", file],
            ["--add", Path.Combine(tree, "link-dangling")],
            ["--add-fixed", "sha256", file],
            ["--add-fixed", "md5", file],
            ["--add-fixed", "--recursive", "sha1", tree],
            ["--add-fixed", "--recursive", "sha512", file],
        ];
        foreach (var add in adds)
        {
            var arca = _sandbox.Arca(["nix-store", .. add]);
            Succeeded(arca, "arca " + string.Join(' ', add));
            var nix = _sandbox.Nix("nix-store", add);
            Succeeded(nix, "nix " + string.Join(' ', add));
            Assert.Equal(nix.Stdout, arca.Stdout);
        }
    }

    /// <summary>
    /// <c>nix-store -q --binding NAME</c> on a derivation written by Nix: the environment value as bytes (newlines and
    /// non-ASCII included), the same for an output path through its deriver, Nix's errors for a missing binding, an
    /// unknown deriver and a missing name, and usage errors with Nix's hint.
    /// </summary>
    [Fact]
    public void BindingQueriesAndUsageErrorsMatchNix()
    {
        if (!NixOracle.Available(nameof(BindingQueriesAndUsageErrorsMatchNix))) return;
        var expr = _sandbox.WriteFile("d.nix",
            "derivation { name = \"b\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; FOO = \"hello\\nworld \u00e9\"; LIST = [ 1 2 ]; }");
        var instantiated = _sandbox.Nix("nix-instantiate", expr);
        Succeeded(instantiated, "nix-instantiate");
        var drv = instantiated.Stdout.Trim();
        var source = _sandbox.Nix("nix-store", "--add", _sandbox.MakeTree()).Stdout.Trim();
        string[][] cases =
        [
            ["-q", "--binding", "FOO", drv],
            ["-q", "-b", "LIST", drv, drv],
            ["-q", "--binding", "NOPE", drv],
            ["-q", "--binding", "FOO", source],
            ["-q", "--binding"],
            ["-q", "--frobnicate", drv],
            ["-q", "--hash", "--size", drv],
            ["--dump", "a", "b"],
        ];
        foreach (var args in cases)
        {
            var nix = _sandbox.Nix("nix-store", args);
            var arca = _sandbox.Arca(["nix-store", .. args]);
            var what = string.Join(' ', args);
            Assert.True(nix.ExitCode == arca.ExitCode, $"{what}: exit {arca.ExitCode}, Nix {nix.ExitCode}");
            Assert.True(nix.StdoutBytes.AsSpan().SequenceEqual(arca.StdoutBytes), $"{what}: stdout {arca.Stdout}, Nix {nix.Stdout}");
            // Nix names the program in its hint as argv[0] spelled it (the oracle is run by its full path); Arca's
            // hint says `nix-store`.
            var nixStderr = nix.Stderr.Replace("Try '" + NixOracle.Find("nix-store") + " --help'", "Try 'nix-store --help'");
            Assert.Equal(nixStderr.Replace(_sandbox.Root, "ROOT"), arca.Stderr.Replace(_sandbox.Root, "ROOT"));
        }
        // A flag short of its arguments is worded as latest Nix words it (2.8 lacked the count given).
        var shortOfArguments = _sandbox.Arca("nix-store", "--option", "x");
        Assert.Equal(1, shortOfArguments.ExitCode);
        Assert.Equal("error: flag '--option' requires 2 argument(s), but only 1 were given\nTry 'nix-store --help' for more information.\n", shortOfArguments.Stderr);
    }

    [Fact]
    public void AStoreWrittenByArcaPassesNixVerificationAndQueries()
    {
        if (!NixOracle.Available(nameof(AStoreWrittenByArcaPassesNixVerificationAndQueries))) return;
        var tree = _sandbox.MakeTree();
        var treePath = _sandbox.Arca("nix-store", "--add", tree).Stdout.Trim();
        var filePath = _sandbox.Arca("nix-store", "--add-fixed", "sha1", Path.Combine(tree, "hello.txt")).Stdout.Trim();
        Assert.StartsWith(_sandbox.StoreDir, treePath);

        var verify = _sandbox.Nix("nix-store", "--verify", "--check-contents");
        Succeeded(verify, "nix-store --verify --check-contents");
        Assert.DoesNotContain("error", verify.Stderr);

        foreach (var query in new[] { "--hash", "--size", "--references", "--referrers", "-R", "--tree", "--graph", "--deriver" })
        {
            var nix = _sandbox.Nix("nix-store", "-q", query, treePath, filePath);
            var arca = _sandbox.Arca("nix-store", "-q", query, treePath, filePath);
            Succeeded(nix, "nix -q " + query);
            Assert.Equal(nix.Stdout, arca.Stdout);
        }
        var nixDump = _sandbox.Nix("nix-store", "--dump", treePath);
        var sourceDump = _sandbox.Nix("nix-store", "--dump", tree);
        Assert.True(sourceDump.StdoutBytes.AsSpan().SequenceEqual(nixDump.StdoutBytes), "the stored tree's NAR differs from the source's");
        Assert.Equal(_sandbox.Nix("nix-store", "--dump-db").Stdout, _sandbox.Arca("nix-store", "--dump-db").Stdout);
        Succeeded(_sandbox.Nix("nix-store", "--verify-path", treePath), "nix-store --verify-path");
    }

    [Fact]
    public void AStoreWrittenByNixIsReadAndVerifiedByArca()
    {
        if (!NixOracle.Available(nameof(AStoreWrittenByNixIsReadAndVerifiedByArca))) return;
        var tree = _sandbox.MakeTree();
        var treePath = _sandbox.Nix("nix-store", "--add", tree).Stdout.Trim();
        var toFile = _sandbox.Nix("nix-instantiate", "--eval", "--read-write-mode", "-E",
            "builtins.toFile \"baz\" \"x ${builtins.toFile \"foo\" \"bar\"} y\"");
        Succeeded(toFile, "nix-instantiate toFile");
        var baz = toFile.Stdout.Trim().Trim('"');

        var verify = _sandbox.Arca("nix-store", "--verify", "--check-contents");
        Succeeded(verify, "arca nix-store --verify --check-contents");
        Assert.DoesNotContain("error", verify.Stderr);
        foreach (var query in new[] { "--hash", "--size", "--references", "--referrers", "-R", "--tree", "--graph", "--deriver", "--referrers-closure" })
        {
            var nix = _sandbox.Nix("nix-store", "-q", query, treePath, baz);
            var arca = _sandbox.Arca("nix-store", "-q", query, treePath, baz);
            Succeeded(nix, "nix -q " + query);
            Assert.Equal(nix.Stdout, arca.Stdout);
        }
        var fooPath = _sandbox.Arca("nix-store", "-q", "--references", baz).Stdout.Trim();
        Assert.Equal(_sandbox.Nix("nix-store", "-q", "--referrers", fooPath).Stdout, _sandbox.Arca("nix-store", "-q", "--referrers", fooPath).Stdout);
        Assert.Equal(_sandbox.Nix("nix-store", "--dump-db").Stdout, _sandbox.Arca("nix-store", "--dump-db").Stdout);
        Assert.True(_sandbox.Nix("nix-store", "--dump", treePath).StdoutBytes.AsSpan().SequenceEqual(_sandbox.Arca("nix-store", "--dump", treePath).StdoutBytes));
        var info = _sandbox.Arca("path-info", "-rsS", baz);
        Succeeded(info, "arca path-info");
        Assert.Equal(2, info.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Arca refuses to delete what a valid path still references; Nix agrees.
        var arcaDelete = _sandbox.Arca("nix-store", "--delete", fooPath);
        Assert.Equal(1, arcaDelete.ExitCode);
        Assert.Contains("since it is still alive", arcaDelete.Stderr);
        Assert.NotEqual(0, _sandbox.Nix("nix-store", "--delete", fooPath).ExitCode);
        Succeeded(_sandbox.Arca("nix-store", "--delete", baz, fooPath), "arca --delete");
        Succeeded(_sandbox.Nix("nix-store", "--verify", "--check-contents"), "nix verify after arca delete");
        Assert.Equal(1, _sandbox.Nix("nix-store", "--check-validity", fooPath).ExitCode);
    }

    [Fact]
    public void ExportsMoveBetweenNixAndArca()
    {
        if (!NixOracle.Available(nameof(ExportsMoveBetweenNixAndArca))) return;
        var tree = _sandbox.MakeTree();
        var treePath = _sandbox.Nix("nix-store", "--add", tree).Stdout.Trim();
        var baz = _sandbox.Nix("nix-instantiate", "--eval", "--read-write-mode", "-E",
            "builtins.toFile \"baz\" \"x ${builtins.toFile \"foo\" \"bar\"} y\"").Stdout.Trim().Trim('"');
        var closure = _sandbox.Nix("nix-store", "-q", "-R", baz, treePath).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var nixExport = _sandbox.Nix("nix-store", ["--export", .. closure]);
        Succeeded(nixExport, "nix --export");
        var arcaExport = _sandbox.Arca(["nix-store", "--export", .. closure]);
        Assert.True(nixExport.StdoutBytes.AsSpan().SequenceEqual(arcaExport.StdoutBytes), "export streams differ");

        // A fresh store at the same location: Arca imports what Nix exported, Nix verifies it.
        _sandbox.Dispose();
        Directory.CreateDirectory(Path.Combine(_sandbox.Root, "conf"));
        var import = _sandbox.ArcaWithInput(nixExport.StdoutBytes, "nix-store", "--import");
        Succeeded(import, "arca --import");
        Assert.Equal(closure.Length, import.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var verify = _sandbox.Nix("nix-store", "--verify", "--check-contents");
        Succeeded(verify, "nix verify after arca import");
        Assert.Equal(_sandbox.Nix("nix-store", "-q", "--tree", baz).Stdout, _sandbox.Arca("nix-store", "-q", "--tree", baz).Stdout);
        Assert.Equal(_sandbox.Nix("nix-store", "-q", "--hash", treePath).Stdout, _sandbox.Arca("nix-store", "-q", "--hash", treePath).Stdout);
    }

    [Fact]
    public void LoadDbRebuildsTheDatabaseNixDumped()
    {
        if (!NixOracle.Available(nameof(LoadDbRebuildsTheDatabaseNixDumped))) return;
        var tree = _sandbox.MakeTree();
        var treePath = _sandbox.Nix("nix-store", "--add", tree).Stdout.Trim();
        var baz = _sandbox.Nix("nix-instantiate", "--eval", "--read-write-mode", "-E",
            "builtins.toFile \"baz\" \"x ${builtins.toFile \"foo\" \"bar\"} y\"").Stdout.Trim().Trim('"');
        var dump = _sandbox.Nix("nix-store", "--dump-db");
        Succeeded(dump, "nix --dump-db");

        // Lose the database, keep the files; Arca loads the dump into a fresh database.
        Directory.Delete(_sandbox.StateDir, recursive: true);
        var load = _sandbox.ArcaWithInput(System.Text.Encoding.UTF8.GetBytes(dump.Stdout), "nix-store", "--load-db");
        Succeeded(load, "arca --load-db");
        Assert.Equal(dump.Stdout, _sandbox.Nix("nix-store", "--dump-db").Stdout);
        Succeeded(_sandbox.Nix("nix-store", "--verify", "--check-contents"), "nix verify after arca --load-db");
        Assert.Equal(_sandbox.Nix("nix-store", "-q", "-R", baz, treePath).Stdout, _sandbox.Arca("nix-store", "-q", "-R", baz, treePath).Stdout);
    }

    [Fact]
    public void RestoreRoundTripsAndMatchesNix()
    {
        if (!NixOracle.Available(nameof(RestoreRoundTripsAndMatchesNix))) return;
        var tree = _sandbox.MakeTree();
        var nar = _sandbox.Nix("nix-store", "--dump", tree).StdoutBytes;
        var target = Path.Combine(_sandbox.Root, "restored-by-arca");
        Succeeded(_sandbox.ArcaWithInput(nar, "nix-store", "--restore", target), "arca --restore");
        Assert.True(nar.AsSpan().SequenceEqual(_sandbox.Nix("nix-store", "--dump", target).StdoutBytes));
    }

    [Fact]
    public void BadInputIsANixStyleErrorWithExit1()
    {
        if (!NixOracle.Available(nameof(BadInputIsANixStyleErrorWithExit1))) return;
        var file = _sandbox.WriteFile("f", "x");
        var cases = new (string[] Args, byte[]? Stdin)[]
        {
            (["nix-store", "--dump", "/nonexistent/x"], null),
            (["nix-store", "--add", "/nonexistent/x"], null),
            (["nix-store", "-q", "--hash", "/etc/passwd"], null),
            (["nix-store", "-q", "--hash", _sandbox.StoreDir + "/00000000000000000000000000000000-x"], null),
            (["nix-store", "--add-fixed", "sha257", file], null),
            (["nix-hash", "--to-base16", "sha256:abc"], null),
            (["nix-store", "--restore", Path.Combine(_sandbox.Root, "r1")], "nix-archive-1"u8.ToArray()),
            (["nix-store", "--restore", Path.Combine(_sandbox.Root, "r2")], "garbage"u8.ToArray()),
            (["nix-store", "--import"], new byte[] { 7, 0, 0, 0, 0, 0, 0, 0 }),
        };
        foreach (var (args, stdin) in cases)
        {
            var arca = stdin is null ? _sandbox.Arca(args) : _sandbox.ArcaWithInput(stdin, args);
            var nix = stdin is null ? _sandbox.Nix(args[0], args[1..]) : _sandbox.NixWithInput(args[0], stdin, args[1..]);
            var what = string.Join(' ', args);
            Assert.True(arca.ExitCode == 1, $"{what}: exit {arca.ExitCode}, stderr {arca.Stderr}");
            Assert.StartsWith("error: ", arca.Stderr);
            Assert.DoesNotContain("   at ", arca.Stderr);
            Assert.NotEqual(0, nix.ExitCode);
            Assert.True(nix.Stderr.Split('\n')[0] == arca.Stderr.Split('\n')[0] || KnownWordingDifference(what),
                $"{what}: nix said '{nix.Stderr.Trim()}', arca said '{arca.Stderr.Trim()}'");
        }
    }

    /// <summary>Where Nix 2.8's wording differs from latest Nix, which Arca follows.</summary>
    private static bool KnownWordingDifference(string what) =>
        what.StartsWith("nix-store --add-fixed sha257", StringComparison.Ordinal)
        || what.StartsWith("nix-hash --to-base16", StringComparison.Ordinal)
        || what.StartsWith("nix-store --restore", StringComparison.Ordinal)
        || what.StartsWith("nix-store --import", StringComparison.Ordinal);
}
