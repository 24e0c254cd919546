namespace Arca.Glue.Tests;

using System.Diagnostics;
using Arca.Core.Hashing;
using Arca.Language.Errors;
using Arca.Store.Paths;

public sealed class FetchBuiltinsTests
{
    [Fact]
    public void FetchurlAddsTheFileFlatUnderItsBaseName()
    {
        using var t = new GlueTestStore("fetchurl", readOnly: true);
        var file = Path.Combine(t.WorkDirectory, "data.txt");
        File.WriteAllText(file, "hello world");
        var result = t.EvalString($"builtins.fetchurl \"file://{file}\"");
        var expected = t.Bridge.Directory.MakeFixedOutputPath("data.txt", ContentAddressMethod.Flat, Hash.Compute(HashAlgorithm.Sha256, "hello world"u8));
        Assert.Equal(t.Bridge.Directory.Print(expected), result);
        Assert.Equal("hello world", File.ReadAllText(result)); // fetched even in read-only mode
        var pinned = t.EvalString($"builtins.fetchurl {{ url = \"file://{file}\"; name = \"renamed\"; sha256 = \"{Hash.Compute(HashAlgorithm.Sha256, "hello world"u8).ToNixBase32()}\"; }}");
        Assert.EndsWith("-renamed", pinned);
    }

    [Fact]
    public void FetchurlChecksThePinnedHash()
    {
        using var t = new GlueTestStore("fetchurl-mismatch");
        var file = Path.Combine(t.WorkDirectory, "data.txt");
        File.WriteAllText(file, "hello world");
        var e = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchurl {{ url = \"file://{file}\"; sha256 = \"{new string('0', 52)}\"; }}"));
        Assert.StartsWith($"hash mismatch in file downloaded from 'file://{file}':\n  specified: sha256:{new string('0', 52)}\n  got:       sha256:", e.Message);
    }

    [Fact]
    public void FetchTarballUnpacksAndStripsTheTopDirectory()
    {
        using var t = new GlueTestStore("fetchtarball");
        var tree = Directory.CreateDirectory(Path.Combine(t.WorkDirectory, "pkg-1.0")).FullName;
        File.WriteAllText(Path.Combine(tree, "README"), "read me");
        var tarball = Path.Combine(t.WorkDirectory, "pkg.tar.gz");
        using (var tar = Process.Start("tar", ["czf", tarball, "-C", t.WorkDirectory, "pkg-1.0"])) tar.WaitForExit();
        var result = t.EvalString($"fetchTarball \"file://{tarball}\"");
        Assert.EndsWith("-source", result);
        Assert.Equal("read me", File.ReadAllText(Path.Combine(result, "README")));
        var narHash = t.Bridge.Store.RequirePathInfo(t.Bridge.Directory.ParsePath(result)).NarHash;
        Assert.Equal(result, t.Bridge.Directory.Print(t.Bridge.Directory.MakeFixedOutputPath("source", ContentAddressMethod.NixArchive, narHash)));
    }

    [Fact]
    public void UnreachableAndUnsupportedUrlsAreEvaluationErrors()
    {
        // HTTP itself is tested against Nix with a local server (Arca.Cli.Tests); here, what cannot be fetched.
        using var t = new GlueTestStore("fetch-remote", readOnly: true);
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var refused = Assert.ThrowsAny<EvalError>(() => t.Eval($"builtins.fetchurl \"http://127.0.0.1:{closedPort}/x\""));
        Assert.StartsWith($"unable to download 'http://127.0.0.1:{closedPort}/x': ", refused.Message);
        var unsupported = Assert.ThrowsAny<EvalError>(() => t.Eval("builtins.fetchurl \"gopher://example.org/x\""));
        Assert.Equal("unable to download 'gopher://example.org/x': Unsupported protocol (1)", unsupported.Message);
    }
}
