namespace Arca.Language.Flakes;

using System.Text.RegularExpressions;

/// <summary>Nix's <c>hg</c> input scheme: <c>hg+https://…?ref=…&amp;rev=…</c> (and hg+http, hg+ssh, hg+file).</summary>
public sealed class MercurialInputScheme : InputScheme
{
    private static readonly HashSet<string> Allowed = Names("url", "ref", "rev", "revCount", "narHash", "name");

    /// <summary>Nix's refRegex, which Mercurial branch and tag names must match.</summary>
    private static readonly Regex RefRegex = new("^[a-zA-Z0-9@][a-zA-Z0-9_./@+-]*\\z", RegexOptions.CultureInvariant);

    public override string Name => "hg";

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    public override InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        if (url.Scheme is not ("hg+http" or "hg+https" or "hg+ssh" or "hg+file")) return null;
        var remaining = url.Clone();
        remaining.Scheme = url.Scheme[3..];
        remaining.Query.Clear();
        var attrs = new InputAttrs();
        attrs.Set("type", "hg");
        foreach (var (name, value) in url.Query)
        {
            if (name is "rev" or "ref") attrs.TryAdd(name, InputAttr.Of(value));
            else remaining.Query.TryAdd(name, value);
        }
        attrs.TryAdd("url", InputAttr.Of(remaining.ToString()));
        return ValidateAttrs(attrs, environment);
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        ParsedUrl.Parse(attrs.GetString("url"), lenient: false, environment.Warn);
        if (attrs.MaybeGetString("ref") is { } reference && !RefRegex.IsMatch(reference))
            throw new BadUrlException($"invalid Mercurial branch/tag name '{reference}'");
        return attrs;
    }

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var url = ParsedUrl.Parse(input.Attrs.GetString("url"), lenient: false, environment.Warn);
        url.Scheme = "hg+" + url.Scheme;
        if (input.Rev is { } rev) url.Query["rev"] = rev.ToBase16();
        if (input.Ref is { } reference) url.Query["ref"] = reference;
        return url;
    }
}
