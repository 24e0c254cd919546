namespace Arca.Cli.Tests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// <c>fetchurl</c> and <c>fetchTarball</c> over HTTP, from a server in this test process on the loopback interface:
/// the store paths Arca computes are Nix 2.8's for the same content, and failures read as latest Nix's.
/// </summary>
public sealed class FetchUrlHttpDifferentialTests : IDisposable
{
    private readonly StoreSandbox _sandbox = new();
    private readonly HttpListener _listener = new();
    private readonly string _www;
    private readonly string _base;
    private int _requests;

    public FetchUrlHttpDifferentialTests()
    {
        _www = Directory.CreateDirectory(Path.Combine(_sandbox.Root, "www")).FullName;
        File.WriteAllText(Path.Combine(_www, "hello.txt"), "hello over http\n");
        var tree = Directory.CreateDirectory(Path.Combine(_www, "pkg-1.0")).FullName;
        File.WriteAllText(Path.Combine(tree, "README"), "a package\n");
        Tar(_www, "pkg.tar.gz", "pkg-1.0");

        int port = FreePort();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public void Dispose()
    {
        _listener.Close();
        _sandbox.Dispose();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref _requests);
            var name = context.Request.Url!.AbsolutePath.TrimStart('/');
            var file = Path.Combine(_www, name);
            if (name == "moved") { context.Response.Redirect(_base + "hello.txt"); context.Response.Close(); continue; }
            if (name.Length == 0 || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                var body = "no such thing here"u8.ToArray();
                context.Response.OutputStream.Write(body);
                context.Response.Close();
                continue;
            }
            var bytes = File.ReadAllBytes(file);
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        int port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
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
        int before = _requests;
        var arca = _sandbox.Arca("nix-instantiate", "--eval", "--strict", "-E", expression);
        Assert.True(arca.ExitCode == 0, arca.Stderr);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.True(_requests > before, "Arca answered without asking the server");
        var fetched = arca.Stdout.Split('"')[1];
        Assert.Equal("hello over http\n", File.ReadAllText(fetched));
    }

    [Fact]
    public void A_pinned_hash_already_in_the_store_needs_no_server()
    {
        var first = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl \"{_base}hello.txt\"");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var hash = _sandbox.Arca("nix-hash", "--type", "sha256", "--flat", "--base32", first.Stdout.Trim().Trim('"')).Stdout.Trim();
        _listener.Stop();
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
        Assert.Contains("no such thing here", missing.Stderr);

        var refused = _sandbox.Arca("nix-instantiate", "--eval", "-E", $"builtins.fetchurl \"http://127.0.0.1:{FreePort()}/x\"");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: unable to download 'http://127.0.0.1:", refused.Stderr);
        Assert.Contains("refused", refused.Stderr);

        var scheme = _sandbox.Arca("nix-instantiate", "--eval", "-E", "builtins.fetchurl \"gopher://example.org/x\"");
        Assert.Equal(1, scheme.ExitCode);
        Assert.Contains("unable to download 'gopher://example.org/x': Unsupported protocol", scheme.Stderr);
        Assert.DoesNotContain("at Arca.", missing.Stderr + refused.Stderr + scheme.Stderr);   // no .NET stack trace
    }
}
