namespace Arca.Store.Tests.Paths;

using Arca.Store.Paths;

public sealed class StorePathTests
{
    private static readonly StoreDirectory Store = new("/nix/store/");

    [Fact]
    public void ParsesHashPartAndName()
    {
        var path = StorePath.Parse("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo-1.0.drv");
        Assert.Equal("rx5hgwqb0x5ik20yc05j86bw32jnr61n", path.HashPart);
        Assert.Equal("foo-1.0.drv", path.Name);
        Assert.True(path.IsDerivation);
        Assert.Equal("/nix/store/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo-1.0.drv", Store.Print(path));
    }

    [Theory]
    [InlineData("abc", "'abc' is too short to be a valid store path")]
    [InlineData("rx5hgwqb0x5ik20yc05j86bw32jnr61n_foo", "'rx5hgwqb0x5ik20yc05j86bw32jnr61n_foo' can't name a store path because the hash part is not followed by a '-'")]
    [InlineData("ex5hgwqb0x5ik20yc05j86bw32jnr61n-foo", "store path 'ex5hgwqb0x5ik20yc05j86bw32jnr61n-foo' contains illegal base-32 character 'e'")]
    [InlineData("rx5hgwqb0x5ik20yc05j86bw32jnr61n-", "path 'rx5hgwqb0x5ik20yc05j86bw32jnr61n-' is not a valid store path: name must not be empty")]
    [InlineData("rx5hgwqb0x5ik20yc05j86bw32jnr61n-a b", "path 'rx5hgwqb0x5ik20yc05j86bw32jnr61n-a b' is not a valid store path: name 'a b' contains illegal character ' '")]
    [InlineData("rx5hgwqb0x5ik20yc05j86bw32jnr61n-..", "path 'rx5hgwqb0x5ik20yc05j86bw32jnr61n-..' is not a valid store path: name '..' is not valid")]
    [InlineData("rx5hgwqb0x5ik20yc05j86bw32jnr61n-.-x", "path 'rx5hgwqb0x5ik20yc05j86bw32jnr61n-.-x' is not a valid store path: name '.-x' is not valid: first dash-separated component must not be '.'")]
    public void RejectsBadBaseNamesWithNixMessages(string baseName, string message)
    {
        var e = Assert.Throws<BadStorePathException>(() => StorePath.Parse(baseName));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NamesAreLimitedTo211Characters()
    {
        StorePath.CheckName(new string('a', 211));
        var e = Assert.Throws<BadStorePathException>(() => StorePath.CheckName(new string('a', 212)));
        Assert.Contains("must be no longer than 211 characters", e.Message);
        StorePath.CheckName("..a");
        StorePath.CheckName("a+b-c.d_e?f=G");
    }

    [Fact]
    public void ParsesAbsolutePathsAndSubpaths()
    {
        Assert.Equal("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo", Store.ParsePath("/nix//store/./rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo/").BaseName);
        var (path, subpath) = Store.ToStorePath("/nix/store/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo/bin/x");
        Assert.Equal("rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo", path.BaseName);
        Assert.Equal("/bin/x", subpath);
        var e = Assert.Throws<BadStorePathException>(() => Store.ParsePath("/tmp/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo"));
        Assert.Equal("path '/tmp/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo' is not in the Nix store", e.Message);
        Assert.Throws<BadStorePathException>(() => Store.ParsePath("/nix/store/rx5hgwqb0x5ik20yc05j86bw32jnr61n-foo/bin"));
    }

    [Fact]
    public void OrdersByBytes()
    {
        var a = StorePath.Parse("00000000000000000000000000000000-Z");
        var b = StorePath.Parse("00000000000000000000000000000000-a");
        Assert.True(a.CompareTo(b) < 0);
    }

    [Fact]
    public void ASortedStorePathSetIsSortedDistinctAndSearchable()
    {
        var a = StorePath.Parse("0vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-a");
        var b = StorePath.Parse("1vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-b");
        var c = StorePath.Parse("2vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-c");
        var set = SortedStorePathSet.Of([c, a, c, b]);
        Assert.Equal([a, b, c], set);
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(b));
        Assert.False(set.Contains(StorePath.Parse("3vmpqpnp3q3chrd7p0w4hh28hjbrwd4w-d")));
        Assert.True(set.SetEquals([b, c, a]));
        Assert.True(set.IsProperSupersetOf([a]));
        Assert.Empty(SortedStorePathSet.Of([]));
        var sorted = new[] { a, c };
        var wrapped = SortedStorePathSet.Of(sorted);
        sorted[0] = b; // the set keeps its own copy
        Assert.Equal([a, c], wrapped);
    }
}
