namespace Arca.Cli.Tests;

/// <summary>The modern verbs against <c>nix … --extra-experimental-features nix-command</c> on one shared store.</summary>
public sealed class StoreCommandDifferentialTests : IDisposable
{
    private readonly StoreSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private ArcaProcess.Result NixCommand(params string[] args) =>
        _sandbox.Nix("nix", ["--extra-experimental-features", "nix-command", .. args]);

    [Fact]
    public void LsCatAndPathInfoPrintWhatNixPrints()
    {
        if (!NixOracle.Available(nameof(LsCatAndPathInfoPrintWhatNixPrints))) return;
        var tree = _sandbox.MakeTree();
        var treePath = _sandbox.Arca("store", "add", tree).Stdout.Trim();
        var filePath = _sandbox.Arca("store", "add-file", Path.Combine(tree, "hello.txt")).Stdout.Trim();
        Assert.Equal(_sandbox.Nix("nix-store", "--add-fixed", "sha256", Path.Combine(tree, "hello.txt")).Stdout.Trim(), filePath);

        foreach (var args in new[] { new[] { "-R" }, new[] { "-lR" }, new[] { "-l" }, Array.Empty<string>() })
        {
            var nix = NixCommand(["store", "ls", .. args, treePath]);
            Assert.True(nix.ExitCode == 0, nix.Stderr);
            Assert.Equal(nix.Stdout, _sandbox.Arca(["store", "ls", .. args, treePath]).Stdout);
        }
        Assert.Equal(NixCommand("store", "ls", "-l", treePath + "/bin").Stdout, _sandbox.Arca("store", "ls", "-l", treePath + "/bin").Stdout);
        Assert.Equal(NixCommand("store", "cat", treePath + "/bin/run.sh").Stdout, _sandbox.Arca("store", "cat", treePath + "/bin/run.sh").Stdout);

        foreach (var flags in new[] { new[] { "-rsS" }, new[] { "-s" }, new[] { "--sigs" }, Array.Empty<string>() })
        {
            var nix = NixCommand(["path-info", .. flags, treePath, filePath]);
            Assert.True(nix.ExitCode == 0, nix.Stderr);
            Assert.Equal(nix.Stdout, _sandbox.Arca(["path-info", .. flags, treePath, filePath]).Stdout);
        }

        var dump = _sandbox.Arca("store", "dump", treePath);
        Assert.True(_sandbox.Nix("nix-store", "--dump", tree).StdoutBytes.AsSpan().SequenceEqual(dump.StdoutBytes));
        Assert.Equal(0, _sandbox.Arca("store", "verify", "-r", treePath).ExitCode);
    }

    [Fact]
    public void PathInfoJsonHasNixsVersion1Fields()
    {
        var file = _sandbox.WriteFile("hw.txt", "hello world");
        var path = _sandbox.Arca("nix-store", "--add", file).Stdout.Trim();
        var json = _sandbox.Arca("path-info", "--json", path);
        Assert.Equal(0, json.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var info = doc.RootElement.GetProperty(path);
        Assert.Equal("sha256-rkUEKu9bFIg12wLQRf6JtMCf+eR22rABoUvAMi0/IJM=", info.GetProperty("narHash").GetString());
        Assert.Equal(128, info.GetProperty("narSize").GetInt64());
        Assert.Equal("fixed:r:sha256:14r07wnk5h2bl40v1nknwkwrzh5li7z4bl02vcsqh52vxwm08idf", info.GetProperty("ca").GetString());
        Assert.Equal(_sandbox.StoreDir, info.GetProperty("storeDir").GetString());
        Assert.Equal(1, info.GetProperty("version").GetInt32());
    }

    [Fact]
    public void StoreCommandsRejectPathsOutsideTheStore()
    {
        foreach (var args in new[] { new[] { "store", "cat", "/etc/hostname" }, new[] { "path-info", "/etc" }, new[] { "store", "ls", "/tmp" } })
        {
            var result = _sandbox.Arca(args);
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: path '", result.Stderr);
            Assert.Contains("is not in the Nix store", result.Stderr);
        }
    }
}
