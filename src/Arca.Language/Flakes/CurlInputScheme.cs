namespace Arca.Language.Flakes;

/// <summary>
/// Nix's download schemes, <c>tarball</c> and <c>file</c>, over <c>file</c>, <c>http</c> and <c>https</c>. A plain
/// URL is a tarball when a tree is wanted (always, for a flake) or its name ends like an archive; <c>tarball+</c> and
/// <c>file+</c> prefixes choose explicitly.
/// </summary>
public sealed class CurlInputScheme(string name) : InputScheme
{
    private static readonly HashSet<string> Allowed = Names("url", "narHash", "name", "unpack", "rev", "revCount", "lastModified");

    private static readonly string[] TarballExtensions = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".tar.bz2", ".tar.zst"];

    public override string Name { get; } = name;

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    private static bool HasTarballExtension(ParsedUrl url)
    {
        if (url.Path.Count == 0) return false;
        var last = url.Path[^1];
        foreach (var extension in TarballExtensions)
            if (last.EndsWith(extension, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsValidUrl(ParsedUrl url, bool requireTree)
    {
        var (application, transport) = ParsedUrl.SplitScheme(url.Scheme);
        if (transport is not ("file" or "http" or "https")) return false;
        if (application is not null) return application == Name;
        return Name == "tarball" ? requireTree || HasTarballExtension(url) : !requireTree && !HasTarballExtension(url);
    }

    public override InputAttrs? AttrsFromUrl(ParsedUrl original, bool requireTree, FlakeRefEnvironment environment)
    {
        if (!IsValidUrl(original, requireTree)) return null;
        var url = original.Clone();
        url.Scheme = ParsedUrl.SplitScheme(url.Scheme).Transport;
        var attrs = new InputAttrs();
        if (url.Query.TryGetValue("narHash", out var narHash)) attrs.Set("narHash", narHash);
        if (url.Query.TryGetValue("rev", out var rev)) attrs.Set("rev", rev);
        if (url.Query.TryGetValue("revCount", out var revCount) && ParseUnsigned(revCount) is { } count) attrs.Set("revCount", count);
        if (url.Query.TryGetValue("lastModified", out var lastModified) && ParseUnsigned(lastModified) is { } time) attrs.Set("lastModified", time);
        // Nix's own parameters are not sent to the server.
        foreach (var parameter in Allowed) url.Query.Remove(parameter);
        attrs.Set("type", Name);
        attrs.Set("url", url.ToString());
        return attrs;
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment) => attrs;

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var url = ParsedUrl.Parse(input.Attrs.GetString("url"), lenient: false, environment.Warn);
        // A NAR hash is preferred: archives have no canonical byte form.
        if (input.NarHash is { } narHash) url.Query["narHash"] = narHash.ToSri();
        return url;
    }
}
