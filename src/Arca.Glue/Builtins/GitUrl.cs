namespace Arca.Glue.Builtins;

using System.Text.RegularExpressions;
using Arca.Language.Errors;
using Arca.Language.Syntax;

/// <summary>
/// Where a <c>fetchGit</c> <c>url</c> leads: either a working tree on this machine (<see cref="WorkTree"/>: a
/// non-bare repository named by an absolute path or a <c>file:</c> URL), read in place, or a repository git fetches
/// from (<see cref="Url"/>: every other scheme, and a bare repository on disk, which Nix treats as remote).
/// </summary>
internal sealed record GitLocation(string Url, string? WorkTree);

/// <summary>
/// Latest Nix's reading of a Git URL (<c>fixGitURL</c>, then <c>getRepoInfo</c>): an absolute path is a
/// <c>file://</c> URL; an scp-like address (<c>git@host:owner/repo</c>) is <c>ssh://git@host/owner/repo</c>; a
/// <c>git+</c> prefix on the scheme (<c>git+https://</c>, <c>git+ssh://</c>, <c>git+file://</c>) is dropped, since
/// git itself knows only the transport; anything else must have a scheme, which git's transports then interpret. (Nix
/// 2.8 took a relative path as a <c>file://</c> URL and passed <c>git+</c> schemes to git unchanged, which fails.)
/// </summary>
internal static partial class GitUrl
{
    /// <summary>The schemes git knows, which an scp-like address never starts with (so <c>file:/x</c> stays a URL).</summary>
    private static readonly HashSet<string> GitSchemes = new(StringComparer.Ordinal)
    {
        "ssh", "http", "https", "file", "ftp", "ftps", "git",
        "git+ssh", "git+http", "git+https", "git+file", "git+ftp", "git+ftps", "git+git",
    };

    [GeneratedRegex("^[a-z][a-z0-9+.-]*$")]
    private static partial Regex SchemeName();

    public static GitLocation Resolve(string url, Pos pos)
    {
        if (url.StartsWith('/')) return Local(url, pos);
        if (ScpStyle(url, pos) is { } ssh) return new GitLocation(ssh, null);

        int colon = url.IndexOf(':');
        if (colon <= 0 || !SchemeName().IsMatch(url[..colon]))
            throw new EvalError($"'{url}' doesn't have a scheme", pos);
        var scheme = url[..colon];
        var rest = url[(colon + 1)..];
        if (scheme.StartsWith("git+", StringComparison.Ordinal)) scheme = scheme["git+".Length..];
        if (scheme != "file") return new GitLocation(scheme + ":" + rest, null);

        // file:///path or file:/path. Query and fragment mean nothing to a file, and git would read them as part of
        // the name, so they go.
        int end = rest.IndexOfAny(['?', '#']);
        if (end >= 0) rest = rest[..end];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            var authority = slash < 0 ? rest[2..] : rest[2..slash];
            if (authority.Length > 0 && authority != "localhost")
                throw new EvalError($"file:// URL '{url}' has unexpected authority '{authority}'", pos);
            rest = slash < 0 ? "" : rest[slash..];
        }
        var path = Uri.UnescapeDataString(rest);
        if (!path.StartsWith('/')) throw new EvalError($"'{url}' does not name an absolute path", pos);
        return Local(path, pos);
    }

    /// <summary>
    /// A path on this machine: a bare repository (a directory without <c>.git</c>) is fetched like a remote one,
    /// through the cache; a working tree is read in place.
    /// </summary>
    private static GitLocation Local(string path, Pos pos)
    {
        if (!Directory.Exists(path))
            throw new EvalError($"opening Git repository '{path}': could not find repository at '{path}'", pos);
        var dotGit = Path.Combine(path, ".git");
        bool bare = !Directory.Exists(dotGit) && !File.Exists(dotGit);
        return bare ? new GitLocation("file://" + path, null) : new GitLocation("file://" + path, path);
    }

    /// <summary>
    /// Git's scp-like syntax (<c>[user@]host:path</c>): no <c>://</c>, and no <c>/</c> before the first colon, which
    /// does not end a scheme git knows. The path keeps a leading slash if it has one.
    /// </summary>
    private static string? ScpStyle(string url, Pos pos)
    {
        if (url.Contains("://", StringComparison.Ordinal)) return null;
        int colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var host = url[..colon];
        if (host.Contains('/') || GitSchemes.Contains(host)) return null;
        var path = url[(colon + 1)..];
        if (path.Length == 0) throw new EvalError($"SCP-style Git URL '{url}' has an empty path", pos);
        return "ssh://" + host + (path.StartsWith('/') ? path : "/" + path);
    }
}
