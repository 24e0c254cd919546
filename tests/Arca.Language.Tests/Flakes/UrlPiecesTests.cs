namespace Arca.Language.Tests.Flakes;

using Arca.Language.Flakes;

/// <summary>
/// The URL, path and Git ref-name pieces under flake references, against Nix's (and libgit2's) rules. The URL cases,
/// error names included, were checked against Boost.URL (which Nix's parseURL wraps) with a throwaway C++ harness.
/// </summary>
public sealed class UrlPiecesTests
{
    private static ParsedUrl Parse(string url) => ParsedUrl.Parse(url, lenient: false, _ => { });

    [Fact]
    public void ParsesEveryComponentAndPrintsNixsEncoding()
    {
        var url = Parse("https://us%65r:p%40ss@Example.com:08080/a%2Fb/c:d@e?y=a%20b&x=1&x=2#fr%61g");
        Assert.Equal("https", url.Scheme);
        Assert.Equal("user", url.Authority!.User);
        Assert.Equal("p@ss", url.Authority.Password);
        Assert.Equal("Example.com", url.Authority.Host);
        Assert.Equal(8080, url.Authority.Port);
        Assert.Equal(["", "a/b", "c:d@e"], url.Path);
        Assert.Equal(["x=1", "y=a b"], url.Query.Select(kv => kv.Key + "=" + kv.Value));
        Assert.Equal("frag", url.Fragment);
        Assert.Equal("https://user:p%40ss@Example.com:8080/a%2Fb/c:d@e?x=1&y=a%20b#frag", url.ToString());
    }

    [Theory]
    [InlineData("https://foo.com", "[]", "https://foo.com")]
    [InlineData("https://foo.com/", "[,]", "https://foo.com/")]
    [InlineData("https://foo.com//bar///", "[,,bar,,,]", "https://foo.com//bar///")]
    [InlineData("tel:01234", "[01234]", "tel:01234")]
    [InlineData("file:", "[,]", "file:/")]
    [InlineData("git+file://", "[,]", "git+file:///")]
    [InlineData("http://1.2.3.4:80", "[]", "http://1.2.3.4:80")]
    [InlineData("http://[fe80::1%25eth0]/", "[,]", "http://[fe80::1%25eth0]/")]
    // An IPv4-looking prefix of a longer name is a name (newer Boost.URL, as Nix uses).
    [InlineData("http://1.2.3.4.5/", "[,]", "http://1.2.3.4.5/")]
    [InlineData("http://host:/", "[,]", "http://host/")]
    public void PathSegmentsAndPrinting(string text, string segments, string printed)
    {
        var url = Parse(text);
        Assert.Equal(segments, "[" + string.Join(",", url.Path) + "]");
        Assert.Equal(printed, url.ToString());
    }

    [Theory]
    [InlineData("foo", "'foo' doesn't have a scheme")]
    [InlineData("/foo/bar", "'/foo/bar' doesn't have a scheme")]
    [InlineData("a b:c", "'a b:c' is not a valid URL: leftover")]
    [InlineData("http://x/%zz", "'http://x/%zz' is not a valid URL: mismatch")]
    [InlineData("1abc:foo", "'1abc:foo' is not a valid URL: mismatch")]
    [InlineData("http://x/a b", "'http://x/a b' is not a valid URL: leftover")]
    [InlineData("http://x/a#b#c", "'http://x/a#b#c' is not a valid URL: leftover")]
    [InlineData("http://[::g]/", "'http://[::g]/' is not a valid URL: mismatch")]
    [InlineData("http://[::1", "'http://[::1' is not a valid URL: mismatch")]
    [InlineData("http://x:65536/", "port '65536' is invalid")]
    [InlineData("file://host/x", "file:// URL 'file://host/x' has unexpected authority 'host'")]
    [InlineData("http://x/?a=\"", "'http://x/?a=\"' is not a valid URL: leftover")]
    public void Rejects(string text, string message) =>
        Assert.Equal(message, Assert.Throws<BadUrlException>(() => Parse(text)).Message);

    [Fact]
    public void LenientParsingAcceptsOldStyleSpacesAndQuotes()
    {
        var url = ParsedUrl.Parse("http://x/a?q=a b\"c#f ^\"", lenient: true, _ => { });
        Assert.Equal("a b\"c", url.Query["q"]);
        Assert.Equal("f ^\"", url.Fragment);
        Assert.Equal("http://x/a?q=a%20b%22c#f%20%5E%22", url.ToString());
    }

    [Theory]
    [InlineData("/foo/bar", "[,foo,bar]", "/foo/bar")]
    [InlineData("/foo/bar/", "[,foo,bar,,]", "/foo/bar/")]
    [InlineData("/", "[,]", "/")]
    [InlineData("//foo///bar", "[,foo,bar]", "/foo/bar")]
    [InlineData("foo/./..", "[foo,.,..]", "foo/./..")]
    public void FilePathsToUrlPathsAndBack(string path, string segments, string back)
    {
        var urlPath = UrlPaths.ToUrlPath(path);
        Assert.Equal(segments, "[" + string.Join(",", urlPath) + "]");
        Assert.Equal(back, UrlPaths.FromUrlPath(urlPath));
    }

    [Fact]
    public void UrlPathSegmentsMayNotHoldSlashesOrNul()
    {
        Assert.Equal("URL path component 'a/b' contains '/', which is not allowed in file names",
            Assert.Throws<BadUrlException>(() => UrlPaths.FromUrlPath(["", "a/b"])).Message);
        Assert.Throws<BadUrlException>(() => UrlPaths.FromUrlPath(["", "a\0b"]));
    }

    [Theory]
    [InlineData("main")]
    [InlineData("23.05")]
    [InlineData("feature/x")]
    [InlineData("HEAD")]
    [InlineData("FETCH_HEAD")]
    [InlineData("refs/heads/main")]
    [InlineData("v1.0")]
    [InlineData("a@b")]
    [InlineData("branch#")]
    [InlineData("caf\u00C3\u00A9")]
    public void LegalRefNames(string name) => Assert.True(GitRefNames.IsLegal(name));

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("-x")]
    [InlineData("a..b")]
    [InlineData("a.lock")]
    [InlineData("a/b.lock/c")]
    [InlineData("a.")]
    [InlineData(".a")]
    [InlineData("a/.b")]
    [InlineData("a/")]
    [InlineData("/a")]
    [InlineData("a//b")]
    [InlineData("a b")]
    [InlineData("a~b")]
    [InlineData("a^b")]
    [InlineData("a:b")]
    [InlineData("a?b")]
    [InlineData("a[b")]
    [InlineData("a*b")]
    [InlineData("a\\b")]
    [InlineData("a@{b")]
    [InlineData("a\u007fb")]
    [InlineData("a\tb")]
    public void IllegalRefNames(string name) => Assert.False(GitRefNames.IsLegal(name));
}
