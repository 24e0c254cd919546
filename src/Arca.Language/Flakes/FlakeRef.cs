namespace Arca.Language.Flakes;

using System.Text.RegularExpressions;

/// <summary>
/// A flake reference as Nix's libflake has it: a fetcher input plus the subdirectory holding <c>flake.nix</c>
/// (<c>?dir=</c>). Parsed the way Nix parses one without a base directory (as <c>builtins.parseFlakeRef</c> does):
/// first as a registry id (<c>nixpkgs/branch</c>), then as a URL, then as an absolute path; printed as its
/// canonical URL. Nothing here touches the file system or the network.
/// </summary>
public sealed class FlakeRef(FetcherInput input, string subdir)
{
    private const string FlakeId = "[a-zA-Z][a-zA-Z0-9_-]*";
    private const string Rev = "[0-9a-fA-F]{40}";
    private const string Ref = "[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*";
    private const string PathChar = "(?:[a-zA-Z0-9._~-]|%[0-9a-fA-F][0-9a-fA-F]|[!$&'\"()*+,;=]|[:@])";

    /// <summary>Nix's flake-id syntax: <c>id[/ref-or-rev | /ref/rev][#fragment]</c>; group 1 is the reference.</summary>
    private static readonly Regex FlakeIdRefRegex = new(
        $"^(({FlakeId})(?:/(?:({Rev})|(?:({Ref})(?:/({Rev}))?)))?)(?:#((?:{PathChar}|[/? \"^])*))?\\z",
        RegexOptions.CultureInvariant);

    /// <summary>Nix's split of a path reference into path, query and fragment (its <c>.</c> stops at line ends).</summary>
    private static readonly Regex PathRefRegex = new("^([^?#]*)(\\?([^#]*))?(#([^\\n\\r]*))?\\z", RegexOptions.CultureInvariant);

    public FetcherInput Input { get; } = input;

    /// <summary>The subdirectory of the input holding the flake; empty for its root.</summary>
    public string Subdir { get; } = subdir;

    /// <summary>Nix's parseFlakeRef without a base directory: a fragment is an error.</summary>
    public static FlakeRef Parse(string url, FlakeRefEnvironment environment)
    {
        var (flakeRef, fragment) = ParseWithFragment(url, environment);
        if (fragment.Length > 0)
            throw new FlakeRefException($"unexpected fragment '{fragment}' in flake reference '{url}'");
        return flakeRef;
    }

    /// <summary>Nix's parseFlakeRefWithFragment without a base directory.</summary>
    public static (FlakeRef FlakeRef, string Fragment) ParseWithFragment(string url, FlakeRefEnvironment environment)
    {
        var idMatch = FlakeIdRefRegex.Match(url);
        if (idMatch.Success)
        {
            var parsed = new ParsedUrl { Scheme = "flake", Path = [.. idMatch.Groups[1].Value.Split('/')] };
            var input = FetcherInput.FromUrl(parsed, requireTree: true, environment);
            return (new FlakeRef(input, ""), UrlEncoding.PercentDecode(idMatch.Groups[6].Value));
        }

        // A URL; a string that is not one (BadURL, also from the input schemes) may still be a path.
        try
        {
            return FromParsedUrl(ParsedUrl.Parse(url, lenient: true, environment.Warn), environment);
        }
        catch (BadUrlException)
        {
        }

        var pathMatch = PathRefRegex.Match(url);
        if (!pathMatch.Success) throw new FlakeRefException($"invalid flakeref '{url}'");
        var path = pathMatch.Groups[1].Value;
        var query = UrlEncoding.DecodeQuery(pathMatch.Groups[3].Value, lenient: true, environment.Warn);
        var fragment = UrlEncoding.PercentDecode(pathMatch.Groups[5].Value);
        // Without a base directory (pure evaluation has none) a relative path cannot be resolved.
        if (!path.StartsWith('/')) throw new BadUrlException($"flake reference '{url}' is not an absolute path");
        return FromParsedUrl(
            new ParsedUrl { Scheme = "path", Authority = new UrlAuthority(), Path = UrlPaths.ToUrlPath(path), Query = query, Fragment = fragment },
            environment);
    }

    /// <summary>Takes <c>dir</c> out of the query and the fragment off the URL, and the rest to the input schemes.</summary>
    private static (FlakeRef, string) FromParsedUrl(ParsedUrl url, FlakeRefEnvironment environment)
    {
        var dir = url.Query.TryGetValue("dir", out var d) ? d : "";
        url.Query.Remove("dir");
        var fragment = url.Fragment;
        url.Fragment = "";
        return (new FlakeRef(FetcherInput.FromUrl(url, requireTree: true, environment), dir), fragment);
    }

    /// <summary>Nix's FlakeRef::fromAttrs: <c>dir</c> is the subdirectory, the rest the input.</summary>
    public static FlakeRef FromAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        var inputAttrs = new InputAttrs(attrs);
        inputAttrs.Remove("dir");
        var input = FetcherInput.FromAttrs(inputAttrs, environment);
        return new FlakeRef(input, attrs.MaybeGetString("dir") ?? "");
    }

    /// <summary>The input's attributes plus <c>dir</c> when there is a subdirectory.</summary>
    public InputAttrs ToAttrs()
    {
        var attrs = new InputAttrs(Input.Attrs);
        if (Subdir.Length > 0) attrs.TryAdd("dir", InputAttr.Of(Subdir));
        return attrs;
    }

    /// <summary>The canonical URL, with <c>?dir=</c> for a subdirectory.</summary>
    public string ToUrlString(FlakeRefEnvironment environment)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Subdir.Length > 0) extra["dir"] = Subdir;
        return Input.ToUrlString(extra, environment);
    }
}
