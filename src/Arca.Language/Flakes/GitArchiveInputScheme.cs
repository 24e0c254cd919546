namespace Arca.Language.Flakes;

using System.Text.RegularExpressions;
using Arca.Core.Hashing;

/// <summary>
/// Nix's forge input schemes, <c>github</c>, <c>gitlab</c> and <c>sourcehut</c>:
/// <c>github:owner/repo[/ref-or-rev]?host=…&amp;narHash=…</c>. They differ only in how they fetch.
/// </summary>
public sealed class GitArchiveInputScheme(string name) : InputScheme
{
    private static readonly HashSet<string> Allowed = Names("owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash");

    private static readonly Regex HostRegex = new("^[a-zA-Z0-9.-]*\\z", RegexOptions.CultureInvariant);

    public override string Name { get; } = name;

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    public override string? ExperimentalFeature => "flakes";

    public override InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        if (url.Scheme != Name) return null;
        var path = url.NonEmptySegments();
        var attrs = new InputAttrs();
        if (path.Count == 3)
        {
            attrs.Set(RevRegex.IsMatch(path[2]) ? "rev" : "ref", path[2]);
        }
        else if (path.Count > 3)
        {
            // A ref may hold slashes: everything after owner/repo.
            attrs.Set("ref", string.Join('/', path.GetRange(2, path.Count - 2)));
        }
        else if (path.Count < 2)
        {
            throw new BadUrlException($"URL '{url}' is invalid");
        }

        foreach (var (key, value) in url.Query)
        {
            switch (key)
            {
                case "rev":
                    if (attrs.ContainsKey(key)) throw new BadUrlException($"URL '{url}' contains multiple commit hashes");
                    attrs.Set("rev", value);
                    break;
                case "ref":
                    if (attrs.ContainsKey(key)) throw new BadUrlException($"URL '{url}' contains multiple branch/tag names");
                    attrs.Set("ref", value);
                    break;
                case "host":
                case "narHash":
                    attrs.Set(key, value);
                    break;
                default:
                    throw new BadUrlException($"URL '{url}' contains unknown parameter '{key}'");
            }
        }

        attrs.Set("type", Name);
        attrs.Set("owner", path[0]);
        attrs.Set("repo", path[1]);
        return ValidateAttrs(attrs, environment);
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        attrs.GetString("owner");
        attrs.GetString("repo");
        var reference = attrs.MaybeGetString("ref");
        var rev = attrs.MaybeGetString("rev");
        if (reference is not null && rev is not null)
            throw new BadUrlException($"input {attrs.ToJson()} contains both a commit hash ('{rev}') and a branch/tag name ('{reference}')");
        if (rev is not null) Hash.Parse(rev, HashAlgorithm.Sha1);
        if (reference is not null && !GitRefNames.IsLegal(reference))
            throw new BadUrlException($"input {attrs.ToJson()} contains an invalid branch/tag name");
        if (attrs.MaybeGetString("host") is { } host && !HostRegex.IsMatch(host))
            throw new BadUrlException($"input {attrs.ToJson()} contains an invalid instance host");
        return attrs;
    }

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var url = new ParsedUrl { Scheme = Name, Path = [input.Attrs.GetString("owner"), input.Attrs.GetString("repo")] };
        if (input.Ref is { } reference) url.Path.Add(reference);
        if (input.Rev is { } rev) url.Path.Add(rev.ToBase16());
        if (input.NarHash is { } narHash) url.Query["narHash"] = narHash.ToSri();
        if (input.Attrs.MaybeGetString("host") is { } host) url.Query["host"] = host;
        return url;
    }
}
