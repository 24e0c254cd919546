namespace Arca.Language.Flakes;

using Arca.Core.Hashing;

/// <summary>
/// A fetcher input as Nix's fetchers::Input: its attributes and the scheme that understood them (none for an
/// unknown <c>type</c>, which can be held but not printed). Only the pure half is here: from a URL or attributes,
/// to a URL; fetching belongs to the glue layer.
/// </summary>
public sealed class FetcherInput
{
    public InputScheme? Scheme { get; }

    public InputAttrs Attrs { get; }

    public FetcherInput(InputAttrs attrs, InputScheme? scheme = null)
    {
        Attrs = attrs;
        Scheme = scheme;
    }

    /// <summary>Nix's Input::fromURL: the first scheme, in name order, that accepts the URL.</summary>
    public static FetcherInput FromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        foreach (var scheme in InputScheme.All)
        {
            var attrs = scheme.AttrsFromUrl(url, requireTree, environment);
            if (attrs is null) continue;
            environment.Require(scheme.ExperimentalFeature);
            var input = new FetcherInput(attrs, scheme);
            input.CheckCommonAttrs();
            return input;
        }
        var (application, transport) = ParsedUrl.SplitScheme(url.Scheme);
        if (application == "file" && transport == "git")
            throw new FlakeRefException($"input '{url}' is unsupported; did you mean 'git+file' instead of 'file+git'?");
        throw new FlakeRefException($"input '{url}' is unsupported");
    }

    /// <summary>Nix's Input::fromAttrs: the scheme named by <c>type</c> checks the attribute names, then the values.</summary>
    public static FetcherInput FromAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        var type = attrs.MaybeGetString("type")
            ?? throw new FlakeRefException("'type' attribute to specify input scheme is required but not provided");
        var scheme = InputScheme.Find(type);
        if (scheme is null)
        {
            var raw = new FetcherInput(attrs);
            raw.CheckCommonAttrs();
            return raw;
        }
        environment.Require(scheme.ExperimentalFeature);
        foreach (var name in attrs.Keys)
            if (name != "type" && name != "__final" && !scheme.AllowedAttrs.Contains(name))
                throw new FlakeRefException($"input attribute '{name}' not supported by scheme '{type}'");
        var input = new FetcherInput(scheme.ValidateAttrs(attrs, environment), scheme);
        input.CheckCommonAttrs();
        return input;
    }

    /// <summary>Nix's fixupInput: the attributes every scheme shares must have the right types.</summary>
    private void CheckCommonAttrs()
    {
        Attrs.GetString("type");
        Attrs.MaybeGetString("ref");
        Attrs.MaybeGetInteger("revCount");
        Attrs.MaybeGetInteger("lastModified");
    }

    public ParsedUrl ToUrl(FlakeRefEnvironment environment) =>
        Scheme is null
            ? throw new FlakeRefException($"cannot show unsupported input '{Attrs.ToJson()}'")
            : Scheme.ToUrl(this, environment);

    /// <summary>The URL with extra query parameters, which do not replace the input's own.</summary>
    public string ToUrlString(IEnumerable<KeyValuePair<string, string>> extraQuery, FlakeRefEnvironment environment)
    {
        var url = ToUrl(environment);
        foreach (var (name, value) in extraQuery) url.Query.TryAdd(name, value);
        return url.ToString();
    }

    public string? Ref => Attrs.MaybeGetString("ref");

    /// <summary>Nix's Input::getRev: a prefixed hash, or else a SHA-1 in any encoding.</summary>
    public Hash? Rev
    {
        get
        {
            var text = Attrs.MaybeGetString("rev");
            if (text is null) return null;
            try
            {
                return Hash.Parse(text, null);
            }
            catch (BadHashException)
            {
                return Hash.Parse(text, HashAlgorithm.Sha1);
            }
        }
    }

    /// <summary>Nix's Input::getNarHash: SRI only, SHA-256 only; an empty string stands for the all-zero hash.</summary>
    public Hash? NarHash
    {
        get
        {
            var text = Attrs.MaybeGetString("narHash");
            if (text is null) return null;
            var hash = text.Length == 0
                ? Hash.FromBytes(HashAlgorithm.Sha256, new byte[HashAlgorithm.Sha256.Size()])
                : Hash.ParseSri(text);
            return hash.Algorithm == HashAlgorithm.Sha256 ? hash : throw new FlakeRefException("narHash must use SHA-256");
        }
    }
}
