namespace Arca.Language.Flakes;

/// <summary>Nix's <c>path</c> input scheme: <c>path:/some/dir?rev=…&amp;revCount=…</c>.</summary>
public sealed class PathInputScheme : InputScheme
{
    private static readonly HashSet<string> Allowed = Names("path", "rev", "revCount", "lastModified", "narHash");

    public override string Name => "path";

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    public override string? ExperimentalFeature => "flakes";

    public override InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        if (url.Scheme != "path") return null;
        if (url.Authority is { Host.Length: > 0 })
            throw new FlakeRefException($"path URL '{url}' should not have an authority ('{url.Authority}')");
        var attrs = new InputAttrs();
        attrs.Set("type", "path");
        attrs.Set("path", UrlPaths.FromUrlPath(url.Path));
        foreach (var (name, value) in url.Query)
        {
            if (name is "rev" or "narHash")
                attrs.Set(name, value);
            else if (name is "revCount" or "lastModified")
                attrs.Set(name, ParseUnsigned(value) ?? throw new FlakeRefException($"path URL '{url}' has invalid parameter '{name}'"));
            else
                throw new FlakeRefException($"path URL '{url}' has unsupported parameter '{name}'");
        }
        return attrs;
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        attrs.GetString("path");
        return attrs;
    }

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var query = input.Attrs.ToQuery();
        query.Remove("path");
        query.Remove("type");
        query.Remove("__final");
        return new ParsedUrl { Scheme = "path", Path = UrlPaths.ToUrlPath(input.Attrs.GetString("path")), Query = query };
    }
}
