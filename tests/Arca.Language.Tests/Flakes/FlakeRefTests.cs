namespace Arca.Language.Tests.Flakes;

using System.Globalization;
using Arca.Language.Flakes;

/// <summary>
/// Flake references parsed and printed as latest Nix's libflake does (expected values worked out from its source:
/// flakeref.cc, the input schemes in libfetchers, url.cc). Each case gives the attributes and the canonical URL.
/// </summary>
public sealed class FlakeRefTests
{
    private readonly List<string> warnings = [];

    private FlakeRefEnvironment Env(params string[] features) =>
        new(warnings.Add, f => f == "flakes" || features.Contains(f));

    private static string Show(InputAttrs attrs) => string.Join(" ", attrs.Select(kv => kv.Key + "=" + kv.Value.Kind switch
    {
        InputAttrKind.String => "\"" + kv.Value.Text + "\"",
        InputAttrKind.Integer => kv.Value.Integer.ToString(CultureInfo.InvariantCulture),
        _ => kv.Value.Boolean ? "true" : "false",
    }));

    private const string Rev = "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed";
    private const string NarHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    [Theory]
    // forges
    [InlineData("github:NixOS/nixpkgs/23.05?dir=lib", "dir=\"lib\" owner=\"NixOS\" ref=\"23.05\" repo=\"nixpkgs\" type=\"github\"", "github:NixOS/nixpkgs/23.05?dir=lib")]
    [InlineData("github:foo/bar/branch%23", "owner=\"foo\" ref=\"branch#\" repo=\"bar\" type=\"github\"", "github:foo/bar/branch%23")]
    [InlineData("github:foo/bar?ref=branch%23", "owner=\"foo\" ref=\"branch#\" repo=\"bar\" type=\"github\"", "github:foo/bar/branch%23")]
    [InlineData("github:NixOS/nixpkgs/" + Rev, "owner=\"NixOS\" repo=\"nixpkgs\" rev=\"" + Rev + "\" type=\"github\"", "github:NixOS/nixpkgs/" + Rev)]
    [InlineData("github:a/b?narHash=" + "sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU=" + "&host=git.example.org", "host=\"git.example.org\" narHash=\"" + NarHash + "\" owner=\"a\" repo=\"b\" type=\"github\"", "github:a/b?host=git.example.org&narHash=sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU%3D")]
    [InlineData("github://////owner%42/////repo%41///branch%43////", "owner=\"ownerB\" ref=\"branchC\" repo=\"repoA\" type=\"github\"", "github:ownerB/repoA/branchC")]
    [InlineData("gitlab:/owner%252Fsubgroup/////repo%41///branch%43////", "owner=\"owner%2Fsubgroup\" ref=\"branchC\" repo=\"repoA\" type=\"gitlab\"", "gitlab:owner%252Fsubgroup/repoA/branchC")]
    [InlineData("sourcehut:~sircmpwn/hello/main", "owner=\"~sircmpwn\" ref=\"main\" repo=\"hello\" type=\"sourcehut\"", "sourcehut:~sircmpwn/hello/main")]
    // A ref with slashes is one path element when printed, so its slashes are escaped.
    [InlineData("github:a/b/feature/x", "owner=\"a\" ref=\"feature/x\" repo=\"b\" type=\"github\"", "github:a/b/feature%2Fx")]
    // registry ids
    [InlineData("flake:nixpkgs", "id=\"nixpkgs\" type=\"indirect\"", "flake:nixpkgs")]
    [InlineData("nixpkgs", "id=\"nixpkgs\" type=\"indirect\"", "flake:nixpkgs")]
    [InlineData("nixpkgs/branch", "id=\"nixpkgs\" ref=\"branch\" type=\"indirect\"", "flake:nixpkgs/branch")]
    [InlineData("nixpkgs/branch////", "id=\"nixpkgs\" ref=\"branch\" type=\"indirect\"", "flake:nixpkgs/branch")]
    [InlineData("nixpkgs/branch///" + Rev + "///", "id=\"nixpkgs\" ref=\"branch\" rev=\"" + Rev + "\" type=\"indirect\"", "flake:nixpkgs/branch/" + Rev)]
    [InlineData("flake:/nixpkgs///branch////", "id=\"nixpkgs\" ref=\"branch\" type=\"indirect\"", "flake:nixpkgs/branch")]
    [InlineData("nixpkgs/2AAE6C35C94FCFB415DBE95F408B9CE91EE846ED", "id=\"nixpkgs\" rev=\"" + Rev + "\" type=\"indirect\"", "flake:nixpkgs/" + Rev)]
    // git
    [InlineData("git://somewhere/repo?ref=branch", "ref=\"branch\" type=\"git\" url=\"git://somewhere/repo\"", "git://somewhere/repo?ref=branch")]
    [InlineData("git+https://somewhere.aaaaaaa/repo?ref=branch", "ref=\"branch\" type=\"git\" url=\"https://somewhere.aaaaaaa/repo\"", "git+https://somewhere.aaaaaaa/repo?ref=branch")]
    [InlineData("git+ssh://git@github.com/NixOS/nix?submodules=1&ref=master&shallow=1", "ref=\"master\" shallow=true submodules=true type=\"git\" url=\"ssh://git@github.com/NixOS/nix\"", "git+ssh://git@github.com/NixOS/nix?ref=master&shallow=1&submodules=1")]
    [InlineData("git+file:///home/user/repo?dir=sub&rev=" + Rev, "dir=\"sub\" rev=\"" + Rev + "\" type=\"git\" url=\"file:///home/user/repo\"", "git+file:///home/user/repo?dir=sub&rev=" + Rev)]
    [InlineData("git+https://example.org/repo?foo=bar&ref=main&lfs=0", "lfs=false ref=\"main\" type=\"git\" url=\"https://example.org/repo?foo=bar\"", "git+https://example.org/repo?foo=bar&ref=main")]
    // paths
    [InlineData("/foo/bar", "path=\"/foo/bar\" type=\"path\"", "path:/foo/bar")]
    [InlineData("/foo/bar?revCount=123&rev=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "path=\"/foo/bar\" rev=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" revCount=123 type=\"path\"", "path:/foo/bar?rev=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&revCount=123")]
    [InlineData("/foo bar/baz?dir=bla space", "dir=\"bla space\" path=\"/foo bar/baz\" type=\"path\"", "path:/foo%20bar/baz?dir=bla%20space")]
    [InlineData("//foo///bar", "path=\"/foo/bar\" type=\"path\"", "path:/foo/bar")]
    [InlineData("path:/foo/./bar", "path=\"/foo/./bar\" type=\"path\"", "path:/foo/./bar")]
    // std::filesystem gives a trailing slash two empty URL segments: Nix prints the double slash.
    [InlineData("path:/foo/bar/", "path=\"/foo/bar/\" type=\"path\"", "path:/foo/bar//")]
    // With the path: scheme a relative path is accepted (resolving it is for later).
    [InlineData("path:foo", "path=\"foo\" type=\"path\"", "path:foo")]
    [InlineData("path:/foo?lastModified=+12", "lastModified=12 path=\"/foo\" type=\"path\"", "path:/foo?lastModified=12")]
    // downloads
    [InlineData("https://example.com/foo.tar.gz", "type=\"tarball\" url=\"https://example.com/foo.tar.gz\"", "https://example.com/foo.tar.gz")]
    [InlineData("https://example.com/foo", "type=\"tarball\" url=\"https://example.com/foo\"", "https://example.com/foo")]
    [InlineData("http://localhost:8181/test/+3d.tar.gz", "type=\"tarball\" url=\"http://localhost:8181/test/%2B3d.tar.gz\"", "http://localhost:8181/test/%2B3d.tar.gz")]
    [InlineData("tarball+file:///tmp/x.tar?unpack=1&foo=1&revCount=x&narHash=" + "sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU=", "narHash=\"" + NarHash + "\" type=\"tarball\" url=\"file:///tmp/x.tar?foo=1\"", "file:///tmp/x.tar?foo=1&narHash=sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU%3D")]
    [InlineData("file+https://example.com/foo", "type=\"file\" url=\"https://example.com/foo\"", "https://example.com/foo")]
    [InlineData("https://user:pw@[::1]:8080/a?x=1#", "type=\"tarball\" url=\"https://user:pw@[::1]:8080/a?x=1\"", "https://user:pw@[::1]:8080/a?x=1")]
    // Mercurial
    [InlineData("hg+https://hg.example.org/repo?ref=default&x=y", "ref=\"default\" type=\"hg\" url=\"https://hg.example.org/repo?x=y\"", "hg+https://hg.example.org/repo?ref=default&x=y")]
    public void ParsesAndPrints(string reference, string attrs, string canonical)
    {
        var flakeRef = FlakeRef.Parse(reference, Env());
        Assert.Equal(attrs, Show(flakeRef.ToAttrs()));
        Assert.Equal(canonical, flakeRef.ToUrlString(Env()));
        // The attribute form prints the same URL.
        Assert.Equal(canonical, FlakeRef.FromAttrs(flakeRef.ToAttrs(), Env()).ToUrlString(Env()));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("github:NixOS/nixpkgs/23.05?dir=lib")]
    [InlineData("nixpkgs/branch/" + Rev)]
    [InlineData("git+ssh://git@github.com/NixOS/nix?submodules=1&ref=master&shallow=1")]
    [InlineData("/foo bar/baz?dir=bla space")]
    [InlineData("path:/foo/bar/")]
    [InlineData("https://example.com/foo?narHash=sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [InlineData("hg+ssh://hg@example.org/repo?rev=" + Rev)]
    [InlineData("gitlab:/owner%252Fsubgroup/////repo%41///branch%43////")]
    public void CanonicalUrlsRoundTrip(string reference)
    {
        var first = FlakeRef.Parse(reference, Env());
        var printed = first.ToUrlString(Env());
        var second = FlakeRef.Parse(printed, Env());
        Assert.Equal(Show(first.ToAttrs()), Show(second.ToAttrs()));
        Assert.Equal(printed, second.ToUrlString(Env()));
    }

    [Fact]
    public void AFileInputPrintsAsItsPlainUrlWhichReadsBackAsATarball()
    {
        // Nix drops the "file+" when printing, so the URL no longer says "file"; kept for fidelity.
        var printed = FlakeRef.Parse("file+https://example.com/foo", Env()).ToUrlString(Env());
        Assert.Equal("type=\"tarball\" url=\"https://example.com/foo\"", Show(FlakeRef.Parse(printed, Env()).ToAttrs()));
    }

    [Theory]
    [InlineData("./foo", "flake reference './foo' is not an absolute path")]
    [InlineData("../foo", "flake reference '../foo' is not an absolute path")]
    [InlineData("/foo/bar#bla", "unexpected fragment 'bla' in flake reference '/foo/bar#bla'")]
    [InlineData("github:foo/bar#\"name.with.dot\"", "unexpected fragment '\"name.with.dot\"' in flake reference 'github:foo/bar#\"name.with.dot\"'")]
    [InlineData("nixpkgs#hello", "unexpected fragment 'hello' in flake reference 'nixpkgs#hello'")]
    [InlineData("/foo/bar?xyzzy=123", "path URL 'path:///foo/bar?xyzzy=123' has unsupported parameter 'xyzzy'")]
    [InlineData("/foo?revCount=x", "path URL 'path:///foo?revCount=x' has invalid parameter 'revCount'")]
    [InlineData("path://host/foo", "path URL 'path://host/foo' should not have an authority ('host')")]
    [InlineData("foo:bar", "input 'foo:bar' is unsupported")]
    [InlineData("file+git:///foo", "input 'file+git:///foo' is unsupported; did you mean 'git+file' instead of 'file+git'?")]
    [InlineData("nixpkgs/a/b/c", "GitHub URL 'flake:nixpkgs/a/b/c' is invalid")]
    [InlineData("nixpkgs/a..b", "in flake URL 'flake:nixpkgs/a..b', 'a..b' is not a commit hash or branch/tag name")]
    [InlineData("nixpkgs/a..b/" + Rev, "in flake URL 'flake:nixpkgs/a..b/" + Rev + "', 'a..b' is not a branch/tag name")]
    [InlineData("github:a/b?rev=abc", "hash 'abc' has wrong length for hash algorithm 'sha1'")]
    [InlineData("github:a/b?narHash=sha256:abc", "hash 'sha256:abc' is not SRI")]
    // BadURL from a scheme (a malformed forge URL) lets the parser go on to the path syntax, as in Nix.
    [InlineData("github:foo", "flake reference 'github:foo' is not an absolute path")]
    [InlineData("github:a/b/c?foo=1", "flake reference 'github:a/b/c?foo=1' is not an absolute path")]
    [InlineData("github:nixos/nixpkgs/nixpkgs.git?ref=" + Rev, "flake reference 'github:nixos/nixpkgs/nixpkgs.git?ref=" + Rev + "' is not an absolute path")]
    [InlineData("/foo?a=%zz", "invalid URI query 'a=%zz': leftover")]
    [InlineData("/foo#%z", "invalid URI parameter '%z': incomplete pct-encoding")]
    [InlineData("/foo\n#a\nb", "invalid flakeref '/foo\n#a\nb'")]
    [InlineData("git+https://example.org/x?publicKey=abc", "experimental Nix feature 'verified-fetches' is disabled; add '--extra-experimental-features verified-fetches' to enable it")]
    public void ParseErrors(string reference, string message)
    {
        // Most fail while parsing; a malformed narHash only when printed, as in Nix.
        var e = Assert.ThrowsAny<Exception>(() => FlakeRef.Parse(reference, Env()).ToUrlString(Env()));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void GitKeysNeedVerifiedFetchesAndPrintAsOneKeyOrAJsonList()
    {
        var one = FlakeRef.Parse("git+https://example.org/x?publicKey=abc", Env("verified-fetches"));
        Assert.Equal("publicKey=\"abc\" type=\"git\" url=\"https://example.org/x\"", Show(one.ToAttrs()));
        Assert.Equal("git+https://example.org/x?keytype=ssh-ed25519&publicKey=abc", one.ToUrlString(Env("verified-fetches")));

        var attrs = new InputAttrs();
        attrs.Set("type", "git");
        attrs.Set("url", "https://example.org/x");
        attrs.Set("publicKeys", "[{\"key\":\"k1\"},{\"type\":\"ssh-rsa\",\"key\":\"k2\"}]");
        attrs.Set("publicKey", "k3");
        attrs.Set("keytype", "ssh-dss");
        Assert.Equal(
            "git+https://example.org/x?publicKeys=%5B%7B%22key%22:%22k1%22%2C%22type%22:%22ssh-ed25519%22%7D%2C%7B%22key%22:%22k2%22%2C%22type%22:%22ssh-rsa%22%7D%2C%7B%22key%22:%22k3%22%2C%22type%22:%22ssh-dss%22%7D%5D",
            FlakeRef.FromAttrs(attrs, Env("verified-fetches")).ToUrlString(Env("verified-fetches")));
    }

    [Fact]
    public void QueryParametersWithoutAValueAreIgnoredWithNixsWarning()
    {
        var flakeRef = FlakeRef.Parse("github:a/b?flag&ref=main", Env());
        Assert.Equal("owner=\"a\" ref=\"main\" repo=\"b\" type=\"github\"", Show(flakeRef.ToAttrs()));
        Assert.Equal(["dubious URI query 'flag' is missing equal sign '=', ignoring"], warnings);
    }

    [Fact]
    public void ScpStyleGitUrlsBecomeSshWithNixsWarningForARelativePath()
    {
        var attrs = new InputAttrs();
        attrs.Set("type", "git");
        attrs.Set("url", "git@github.com:NixOS/nix.git");
        Assert.Equal("git+ssh://git@github.com/NixOS/nix.git", FlakeRef.FromAttrs(attrs, Env()).ToUrlString(Env()));
        var warning = Assert.Single(warnings);
        Assert.StartsWith("SCP-style URL 'git@github.com:NixOS/nix.git' has a relative path which cannot be faithfully converted", warning, StringComparison.Ordinal);
        Assert.Contains("\n\n    github.com:/NixOS/nix.git\n\n", warning, StringComparison.Ordinal);
        Assert.EndsWith("\n\n    ssh://git@github.com/~/NixOS/nix.git", warning, StringComparison.Ordinal);

        warnings.Clear();
        attrs.Set("url", "git@github.com:~/nix.git");
        Assert.Equal("git+ssh://git@github.com/~/nix.git", FlakeRef.FromAttrs(attrs, Env()).ToUrlString(Env()));
        Assert.Empty(warnings);
        attrs.Set("url", "/srv/repo");
        Assert.Equal("git+file:///srv/repo", FlakeRef.FromAttrs(attrs, Env()).ToUrlString(Env()));
    }

    [Theory]
    [InlineData("indirect", "id=nixpkgs ref=nixos-unstable", "flake:nixpkgs/nixos-unstable")]
    [InlineData("indirect", "id=nixpkgs narHash=" + NarHash, "flake:nixpkgs")]
    [InlineData("github", "owner=NixOS repo=nix lastModified#5 treeHash=x", "github:NixOS/nix")]
    [InlineData("path", "path=/foo revCount#5 lastModified#3 narHash=", "path:/foo?lastModified=3&narHash=&revCount=5")]
    [InlineData("git", "url=https://example.org/repo ref=main shallow?1 submodules?0 revCount#3 name=x", "git+https://example.org/repo?ref=main&shallow=1")]
    [InlineData("git", "url=/home/user/repo", "git+file:///home/user/repo")]
    [InlineData("tarball", "url=https://example.com/x.tar.gz narHash=" + NarHash, "https://example.com/x.tar.gz?narHash=sha256-47DEQpj8HBSa%2B/TImW%2B5JCeuQeRkm5NMpJWZG3hSuFU%3D")]
    [InlineData("file", "url=https://example.com/x unpack?0", "https://example.com/x")]
    [InlineData("hg", "url=https://hg.example.org/r rev=" + Rev, "hg+https://hg.example.org/r?rev=" + Rev)]
    public void AttributesPrint(string type, string spec, string expected)
    {
        Assert.Equal(expected, FlakeRef.FromAttrs(Attrs(type, spec), Env()).ToUrlString(Env()));
    }

    /// <summary>"name=text", "name#integer", "name?bool(1/0)", space-separated.</summary>
    private static InputAttrs Attrs(string? type, string spec)
    {
        var attrs = new InputAttrs();
        if (type is not null) attrs.Set("type", type);
        foreach (var item in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int i = item.IndexOfAny(['=', '#', '?']);
            var name = item[..i];
            var value = item[(i + 1)..];
            switch (item[i])
            {
                case '=': attrs.Set(name, value); break;
                case '#': attrs.Set(name, ulong.Parse(value, CultureInfo.InvariantCulture)); break;
                default: attrs.Set(name, value == "1"); break;
            }
        }
        return attrs;
    }

    [Theory]
    [InlineData(null, "owner=a", "'type' attribute to specify input scheme is required but not provided")]
    [InlineData("foo", "x#1 y?1", "cannot show unsupported input '{\"type\":\"foo\",\"x\":1,\"y\":true}'")]
    [InlineData("foo", "ref#1", "input attribute 'ref' is not a string {\"ref\":1,\"type\":\"foo\"}")]
    [InlineData("github", "owner=a repo=b foo=x", "input attribute 'foo' not supported by scheme 'github'")]
    [InlineData("github", "owner=a", "input attribute 'repo' is missing")]
    [InlineData("github", "owner=a repo=b ref=x rev=" + Rev, "input {\"owner\":\"a\",\"ref\":\"x\",\"repo\":\"b\",\"rev\":\"" + Rev + "\",\"type\":\"github\"} contains both a commit hash ('" + Rev + "') and a branch/tag name ('x')")]
    [InlineData("github", "owner=a repo=b ref=a..b", "input {\"owner\":\"a\",\"ref\":\"a..b\",\"repo\":\"b\",\"type\":\"github\"} contains an invalid branch/tag name")]
    [InlineData("github", "owner=a repo=b host=a/b", "input {\"host\":\"a/b\",\"owner\":\"a\",\"repo\":\"b\",\"type\":\"github\"} contains an invalid instance host")]
    [InlineData("github", "owner=a repo=b narHash=sha1-qUqP5cyxm6YcTAhz05Hph5gvu9M=", "narHash must use SHA-256")]
    [InlineData("github", "owner=a repo=b lastModified=x", "input attribute 'lastModified' is not an integer")]
    [InlineData("indirect", "id=1abc", "'1abc' is not a valid flake ID")]
    [InlineData("path", "ref=x path=/a", "input attribute 'ref' not supported by scheme 'path'")]
    [InlineData("path", "rev=x", "input attribute 'path' is missing")]
    [InlineData("git", "url=https://x/y ref=-bad", "invalid Git branch/tag name '-bad'")]
    [InlineData("git", "url=https://x/y shallow=yes", "input attribute 'shallow' is not a Boolean")]
    [InlineData("git", "url=foo", "'foo' doesn't have a scheme")]
    [InlineData("git", "url=http://x:0/", "port '0' is invalid")]
    [InlineData("git", "url=file://host/x", "file:// URL 'file://host/x' has unexpected authority 'host'")]
    [InlineData("tarball", "narHash=" + NarHash, "input attribute 'url' is missing")]
    [InlineData("tarball", "url=a%20b:x", "'a%20b:x' is not a valid URL: mismatch")]
    [InlineData("tarball", "url=https://x/a|b", "'https://x/a|b' is not a valid URL: leftover")]
    [InlineData("hg", "url=https://x/y ref=~x", "invalid Mercurial branch/tag name '~x'")]
    public void AttributeErrors(string? type, string spec, string message)
    {
        var e = Assert.ThrowsAny<Exception>(() => FlakeRef.FromAttrs(Attrs(type, spec), Env()).ToUrlString(Env()));
        Assert.Equal(message, e.Message);
    }
}
