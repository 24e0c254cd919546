namespace Arca.Cli.Tests;

using System.Diagnostics;

/// <summary>
/// <c>fetchurl</c> and <c>fetchTarball</c> over HTTP, from a server in this test process on the loopback interface:
/// the store paths Arca computes are Nix 2.8's for the same content, and failures read as latest Nix's.
/// </summary>
public sealed class FetchUrlHttpDifferentialTests : IDisposable
{
    private readonly StoreSandbox _sandbox = new();
    private readonly LoopbackFileServer _server;
    private readonly string _base;

    public FetchUrlHttpDifferentialTests()
    {
        var www = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "www")).FullName;
        File.WriteAllText(Path.Combine(www, "hello.txt"), "hello over http\n");
        var tree = Directory.CreateDirectory(Path.Combine(www, "pkg-1.0")).FullName;
        File.WriteAllText(Path.Combine(tree, "README"), "a package\n");
        Tar(www, "pkg.tar.gz", "pkg-1.0");

        _server = new LoopbackFileServer(www, new Dictionary<string, string> { ["moved"] = "hello.txt" });
        _base = _server.Base;
    }

    public void Dispose()
    {
        _server.Dispose();
        _sandbox.Dispose();
    }

    private static void Tar(string dir, string archive, string member)
    {
        var psi = new ProcessStartInfo("tar") { WorkingDirectory = dir, UseShellExecute = false };
        foreach (var a in new[] { "--mtime=2020-01-01", "--owner=0", "--group=0", "-czf", archive, member }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Downloads_give_nix_s_store_paths()
    {
        if (!NixOracle.Available(nameof(Downloads_give_nix_s_store_paths))) return;
        var expression = $"[ (builtins.fetchurl \"{_base}hello.txt\") (builtins.fetchTarball \"{_base}pkg.tar.gz\") "
            + $"(builtins.fetchurl {{ url = \"{_base}moved\"; name = \"moved.txt\"; }}) ]";
        var nix = _sandbox.Nix("nix-instantiate", "--eval", "--strict", "-E", expression);
        Assert.True(nix.ExitCode == 0, nix.Stderr);
        int before = _server.Requests;
        var arca = _sandbox.Arca("nix-instantiate", "--eval", "--strict", "-E", expression);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.True(_server.Requests > before, "Arca answered without asking the server");
        var fetched = arca.Stdout.Split('"')[1];
        Assert.Equal("hello over http\n", File.ReadAllText(fetched));
    }

    [Fact]
    public void A_pinned_hash_already_in_the_store_needs_no_server()
    {
        var first = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl \"{_base}hello.txt\"");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var hash = _sandbox.Arca("nix-hash", "--type", "sha256", "--flat", "--base32", first.Stdout.Trim().Trim('"')).Stdout.Trim();
        _server.Stop();
        var pinned = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl {{ url = \"{_base}hello.txt\"; sha256 = \"{hash}\"; }}");
        Assert.True(pinned.ExitCode == 0, pinned.Stderr);
        Assert.Equal(first.Stdout, pinned.Stdout);
    }

    [Fact]
    public void Failures_say_what_went_wrong()
    {
        var missing = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl \"{_base}missing.txt\"");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"error: unable to download '{_base}missing.txt': HTTP error 404", missing.Stderr);
        Assert.Contains(LoopbackFileServer.NotFoundBody, missing.Stderr);

        var refused = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl \"http://127.0.0.1:{LoopbackFileServer.FreePort()}/x\"");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: unable to download 'http://127.0.0.1:", refused.Stderr);
        Assert.Contains("refused", refused.Stderr);

        var scheme = _sandbox.Arca("nix-instantiate", "--eval", "-E", "builtins.fetchurl \"gopher://example.org/x\"");
        Assert.Equal(1, scheme.ExitCode);
        Assert.Contains("unable to download 'gopher://example.org/x': Unsupported protocol", scheme.Stderr);
        Assert.DoesNotContain("at Arca.", missing.Stderr + refused.Stderr + scheme.Stderr);   // no .NET stack trace
    }
}
