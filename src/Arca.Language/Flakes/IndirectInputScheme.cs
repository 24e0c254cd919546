namespace Arca.Language.Flakes;

using System.Text.RegularExpressions;
using Arca.Core.Hashing;

/// <summary>Nix's <c>indirect</c> input scheme: a flake registry name, <c>flake:id[/ref][/rev]</c>.</summary>
public sealed class IndirectInputScheme : InputScheme
{
    private static readonly HashSet<string> Allowed = Names("id", "ref", "rev", "narHash");

    /// <summary>A flake id (Nix's flakeRegex).</summary>
    public static readonly Regex FlakeIdRegex = new("^[a-zA-Z][a-zA-Z0-9_-]*\\z", RegexOptions.CultureInvariant);

    public override string Name => "indirect";

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    public override string? ExperimentalFeature => "flakes";

    public override InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        if (url.Scheme != "flake") return null;
        // Empty segments are ignored, as older Nix's tokenizer did.
        var path = url.NonEmptySegments();
        Hash? rev = null;
        string? reference = null;
        if (path.Count == 1)
        {
        }
        else if (path.Count == 2)
        {
            if (RevRegex.IsMatch(path[1])) rev = Hash.Parse(path[1], HashAlgorithm.Sha1);
            else if (GitRefNames.IsLegal(path[1])) reference = path[1];
            else throw new BadUrlException($"in flake URL '{url}', '{path[1]}' is not a commit hash or branch/tag name");
        }
        else if (path.Count == 3)
        {
            if (!GitRefNames.IsLegal(path[1])) throw new BadUrlException($"in flake URL '{url}', '{path[1]}' is not a branch/tag name");
            reference = path[1];
            if (!RevRegex.IsMatch(path[2])) throw new BadUrlException($"in flake URL '{url}', '{path[2]}' is not a commit hash");
            rev = Hash.Parse(path[2], HashAlgorithm.Sha1);
        }
        else
        {
            throw new BadUrlException($"GitHub URL '{url}' is invalid");
        }

        var id = path[0];
        if (!FlakeIdRegex.IsMatch(id)) throw new BadUrlException($"'{id}' is not a valid flake ID");

        var attrs = new InputAttrs();
        attrs.Set("type", "indirect");
        attrs.Set("id", id);
        if (rev is { } r) attrs.Set("rev", r.ToBase16());
        if (reference is not null) attrs.Set("ref", reference);
        return attrs;
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        var id = attrs.GetString("id");
        if (!FlakeIdRegex.IsMatch(id)) throw new BadUrlException($"'{id}' is not a valid flake ID");
        return attrs;
    }

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var url = new ParsedUrl { Scheme = "flake", Path = [input.Attrs.GetString("id")] };
        if (input.Ref is { } reference) url.Path.Add(reference);
        if (input.Rev is { } rev) url.Path.Add(rev.ToBase16());
        return url;
    }
}
