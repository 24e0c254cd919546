namespace Arca.Language.Flakes;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// Nix's fixGitURL: the URL forms Git accepts, made into a proper URL. An absolute path becomes <c>file://</c>, an
/// SCP-style <c>[user@]host:path</c> becomes <c>ssh://</c>, and a <c>git+</c> prefix is dropped.
/// </summary>
public static class GitUrl
{
    private static readonly HashSet<string> SchemesSupportedByGit = new(StringComparer.Ordinal)
    {
        "ssh", "http", "https", "file", "ftp", "ftps", "git",
        "git+ssh", "git+http", "git+https", "git+file", "git+ftp", "git+ftps", "git+git",
    };

    public static ParsedUrl Fix(string url, Action<string> warn)
    {
        if (url.StartsWith('/'))
        {
            // A local path, not a URL: no percent-decoding.
            return new ParsedUrl { Scheme = "file", Authority = new UrlAuthority(), Path = UrlPaths.ToUrlPath(url) };
        }
        if (TryParseScpStyle(url, warn) is { } scp) return scp;
        var parsed = ParsedUrl.Parse(url, lenient: false, warn);
        var (application, transport) = ParsedUrl.SplitScheme(parsed.Scheme);
        if (application == "git") parsed.Scheme = transport;
        return parsed;
    }

    /// <summary>
    /// <c>[user@]host:path</c> when there is no <c>://</c>, no <c>/</c> before the first colon and the part before it is
    /// not a scheme Git knows; brackets take an IPv6 host as Git's connect.c does. Null when not SCP-style.
    /// </summary>
    private static ParsedUrl? TryParseScpStyle(string url, Action<string> warn)
    {
        if (url.Contains("://", StringComparison.Ordinal)) return null;
        int firstColon = url.IndexOf(':');
        if (firstColon < 0) return null;
        var hostPart = url[..firstColon];
        if (hostPart.Contains('/')) return null;
        if (SchemesSupportedByGit.Contains(hostPart)) return null;

        int bracketStart = -1;
        int atBracket = url.IndexOf("@[", StringComparison.Ordinal);
        if (atBracket >= 0) bracketStart = atBracket + 1;
        else if (url.StartsWith('[')) bracketStart = 0;
        if (bracketStart >= 0)
        {
            int close = url.IndexOf(']', bracketStart + 1);
            if (close >= 0)
            {
                if (close + 1 < url.Length && url[close + 1] == ':') hostPart = url[..(close + 1)];
                else return null; // a ':' later but not right after ']', or none at all: not SCP-style
            }
        }

        var pathView = url[(hostPart.Length + 1)..];
        string? user = null;
        var host = hostPart;
        int at = host.IndexOf('@');
        if (at >= 0)
        {
            user = host[..at];
            host = host[(at + 1)..];
        }

        UrlAuthority authority;
        if (UrlAuthority.IsIPv4(host))
        {
            authority = new UrlAuthority { HostType = UrlHostType.IPv4, Host = host, User = user };
        }
        else if (host.StartsWith('[') && host.EndsWith(']'))
        {
            var inner = host[1..^1];
            if (!UrlAuthority.IsIPv6(inner) || !IPAddress.TryParse(inner, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
                throw new BadUrlException($"Git SCP bracketed URL is not valid: '{inner}' is not a valid IPv6 address");
            authority = new UrlAuthority { HostType = UrlHostType.IPv6, Host = address.ToString(), User = user };
        }
        else
        {
            authority = new UrlAuthority { Host = host, User = user };
        }

        if (pathView.Length == 0) throw new BadUrlException($"SCP-style Git URL '{url}' has an empty path");

        var result = new ParsedUrl { Scheme = "ssh", Authority = authority, Path = [.. pathView.Split('/')] };
        if (result.Path.Count > 0 && result.Path[0].Length > 0)
        {
            result.Path.Insert(0, "");
            if (!result.Path[1].StartsWith('~'))
            {
                var tilde = result.Clone();
                tilde.Path.Insert(1, "~");
                warn($"SCP-style URL '{url}' has a relative path which cannot be faithfully converted to an SSH URL: "
                    + "we will convert it to an absolute path when making an SSH URL.\n\n"
                    + $"Use an explicit absolute path:\n\n    {host}:/{pathView}\n\n"
                    + $"or with an explicit SSH URL:\n\n    {result}\n\n"
                    + "instead, to explicitly use an absolute path (and silence this warning). "
                    + "Or, to be relative to the remote user's home directory:\n\n"
                    + $"    {host}:~/{pathView}\n\n"
                    + $"or with an explicit SSH URL:\n\n    {tilde}");
            }
        }
        return result;
    }
}
