namespace Arca.Store.Tests;

using Arca.Core.Configuration;
using Arca.Store;

public sealed class StoreLocationsTests
{
    [Fact]
    public void RootUsesNixDefaults()
    {
        var l = StoreLocations.Resolve(_ => null, NixConfig.Empty, isRoot: true);
        Assert.Equal(new StoreLocations("/nix/store", "/nix/var/nix", "/nix/var/log/nix"), l);
        Assert.Equal("/nix/var/nix/db", l.DatabaseDir);
    }

    [Fact]
    public void OthersGetARootlessStoreUnderXdgDataHome()
    {
        var l = StoreLocations.Resolve(n => n switch { "HOME" => "/home/u", _ => null }, NixConfig.Empty, isRoot: false);
        Assert.Equal("/home/u/.local/share/arca/store", l.StoreDir);
        Assert.Equal("/home/u/.local/share/arca/var/nix", l.StateDir);
        var x = StoreLocations.Resolve(n => n switch { "XDG_DATA_HOME" => "/d", _ => null }, NixConfig.Empty, isRoot: false);
        Assert.Equal("/d/arca/var/log/nix", x.LogDir);
    }

    [Fact]
    public void EnvironmentBeatsConfigurationBeatsDefaults()
    {
        var config = NixConfig.Parse("store = local?store=/s&state=/st", "/etc/nix/nix.conf");
        var l = StoreLocations.Resolve(n => n == "NIX_STATE_DIR" ? "/env-state" : null, config, isRoot: true);
        Assert.Equal("/s", l.StoreDir);
        Assert.Equal("/env-state", l.StateDir);
        Assert.Equal("/nix/var/log/nix", l.LogDir);
    }
}
