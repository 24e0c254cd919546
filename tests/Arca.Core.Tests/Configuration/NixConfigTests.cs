namespace Arca.Core.Tests.Configuration;

using Arca.Core;
using Arca.Core.Configuration;

public sealed class NixConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arca-conf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ParsesValuesCommentsAndLaterLinesWin()
    {
        var config = NixConfig.Parse("""
            # a comment
            store = /tmp/one   # trailing comment
              substituters   =   a    b
            store = /tmp/two
            extra-substituters = c
            empty =
            """, "/x/nix.conf");
        Assert.Equal("/tmp/two", config.Get("store"));
        Assert.Equal("a b c", config.Get("substituters"));
        Assert.Equal("", config.Get("empty"));
        Assert.Null(config.Get("absent"));
    }

    [Fact]
    public void FollowsIncludesRelativeToTheIncludingFile()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.WriteAllText(Path.Combine(_dir, "sub", "more.conf"), "cores = 3\n");
        File.WriteAllText(Path.Combine(_dir, "nix.conf"), "cores = 1\ninclude sub/more.conf\n!include missing.conf\n");
        var config = NixConfig.Load(name => name == "NIX_CONF_DIR" ? _dir : null);
        Assert.Equal("3", config.Get("cores"));
    }

    [Fact]
    public void AMissingPlainIncludeAndABadLineAreErrors()
    {
        var missing = Assert.Throws<ArcaException>(() => NixConfig.Parse("include nope.conf", Path.Combine(_dir, "nix.conf")));
        Assert.Contains("not found", missing.Message);
        var bad = Assert.Throws<ArcaException>(() => NixConfig.Parse("store /x", "/etc/nix/nix.conf"));
        Assert.Equal("syntax error in configuration line 'store /x' in '/etc/nix/nix.conf'", bad.Message);
    }

    [Fact]
    public void NixConfigVariableIsLayeredOverTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "nix.conf"), "cores = 1\n");
        var config = NixConfig.Load(name => name switch { "NIX_CONF_DIR" => _dir, "NIX_CONFIG" => "cores = 5", _ => null });
        Assert.Equal("5", config.Get("cores"));
    }
}
