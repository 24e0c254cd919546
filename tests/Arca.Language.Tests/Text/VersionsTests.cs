using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

/// <summary>Expected values recorded from the oracle (builtins.compareVersions / splitVersion / parseDrvName).</summary>
public sealed class VersionsTests
{
    [Theory]
        [InlineData("1.0", "2.3", -1)]
        [InlineData("2.1", "2.3", -1)]
        [InlineData("2.3", "2.3", 0)]
        [InlineData("2.5", "2.3", 1)]
        [InlineData("3.1", "2.3", 1)]
        [InlineData("2.3.1", "2.3", 1)]
        [InlineData("2.3.1", "2.3a", 1)]
        [InlineData("2.3pre1", "2.3", -1)]
        [InlineData("2.3pre3", "2.3pre12", -1)]
        [InlineData("2.3a", "2.3c", -1)]
        [InlineData("2.3pre1", "2.3c", -1)]
        [InlineData("2.3pre1", "2.3q", -1)]
        [InlineData("1.0", "1.0.0", -1)]
        [InlineData("1.0-rc1", "1.0", 1)]
        [InlineData("", "1", -1)]
        [InlineData("", "", 0)]
        [InlineData("a", "b", -1)]
        [InlineData("1.a", "1.1", -1)]
        [InlineData("2147483647", "2147483648", 1)]
        [InlineData("2147483648", "2147483649", -1)]
        [InlineData("99999999999", "1", -1)]
        [InlineData("1..2", "1.2", 0)]
        [InlineData("1-2", "1.2", 0)]
        [InlineData("pre", "pre", 0)]
        [InlineData("1pre", "1", -1)]
        [InlineData("1.2.3", "1.2.3pre", 1)]
        [InlineData("alpha", "beta", -1)]
        [InlineData("1.0beta", "1.0alpha", 1)]
        [InlineData("10", "9", 1)]
        [InlineData("01", "1", 0)]
        [InlineData("1_2", "1.2", -1)]
        [InlineData("\u00C3\u00A91", "e1", 1)]
        [InlineData("1.0.0", "1.0", 1)]
        [InlineData("1.0", "1.0.", 0)]
        [InlineData("unstable-2020-01-01", "unstable-2019-12-31", 1)]
        [InlineData("0.0.0", "0", 1)]
        [InlineData("1a", "1", 1)]
        [InlineData("a", "1", -1)]
        [InlineData("1.2a", "1.2.0", -1)]
    public void ComparesLikeNix(string v1, string v2, int expected)
    {
        Assert.Equal(expected, Versions.Compare(v1, v2));
        Assert.Equal(-expected, Versions.Compare(v2, v1));
    }

    /// <summary>Components joined with '|' (each followed by one), so an empty list is "".</summary>
    [Theory]
        [InlineData("1.2.3", "1|2|3|")]
        [InlineData("1.2-3", "1|2|3|")]
        [InlineData("", "|")]
        [InlineData("...", "|")]
        [InlineData("1.2pre3a", "1|2|pre|3|a|")]
        [InlineData("2.3.1.", "2|3|1|")]
        [InlineData("abc", "abc|")]
        [InlineData("a1b2.c", "a|1|b|2|c|")]
        [InlineData("01.002", "01|002|")]
        [InlineData("-1..2-", "1|2|")]
        [InlineData("1_2 3", "1|_|2| |3|")]
        [InlineData("\u00C3\u00A92", "\u00C3\u00A9|2|")]
        [InlineData("2147483648x", "2147483648|x|")]
    public void SplitsLikeNix(string version, string expected)
    {
        string actual = string.Concat(Versions.Split(version).Select(c => c + "|"));
        Assert.Equal(expected == "|" ? "" : expected, actual);
    }

    [Theory]
        [InlineData("hello-1.0.2", "hello", "1.0.2")]
        [InlineData("hello", "hello", "")]
        [InlineData("915resolution-0.5.2", "915resolution", "0.5.2")]
        [InlineData("xf86-video-i810-1.7.4", "xf86-video-i810", "1.7.4")]
        [InlineData("name-that-ends-with-dash--1.0", "name-that-ends-with-dash", "-1.0")]
        [InlineData("a-", "a-", "")]
        [InlineData("-1", "", "1")]
        [InlineData("a-b-", "a-b-", "")]
        [InlineData("foo-\u00C3\u00A9", "foo", "\u00C3\u00A9")]
        [InlineData("nix-0.12pre12876", "nix", "0.12pre12876")]
        [InlineData("x--", "x", "-")]
        [InlineData("-", "-", "")]
        [InlineData("a-_b", "a", "_b")]
    public void ParsesDerivationNamesLikeNix(string fullName, string name, string version)
    {
        Assert.Equal((name, version), Versions.ParseDrvName(fullName));
    }
}
