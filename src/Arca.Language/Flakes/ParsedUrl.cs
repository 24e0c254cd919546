namespace Arca.Language.Flakes;

using System.Text;

/// <summary>
/// A URL as Nix's ParsedURL holds it: scheme, optional authority, the path as percent-decoded segments (split on
/// <c>/</c>, so <c>/a/b</c> is <c>["", "a", "b"]</c>), the query as a name-ordered map and the fragment; parsed with
/// RFC 3986's grammar (as Boost.URL, which Nix uses) and printed back in Nix's canonical encoding.
/// </summary>
public sealed class ParsedUrl
{
    public string Scheme { get; set; } = "";

    /// <summary>Present exactly when the URL has <c>//</c> after the scheme (an empty host still counts).</summary>
    public UrlAuthority? Authority { get; set; }

    public List<string> Path { get; set; } = [];

    public SortedDictionary<string, string> Query { get; set; } = UrlEncoding.NewQuery();

    public string Fragment { get; set; } = "";

    public ParsedUrl Clone() => new()
    {
        Scheme = Scheme,
        Authority = Authority,
        Path = [.. Path],
        Query = new SortedDictionary<string, string>(Query, StringComparer.Ordinal),
        Fragment = Fragment,
    };

    /// <summary>The application part of a scheme like <c>git+https</c> (null without <c>+</c>) and its transport.</summary>
    public static (string? Application, string Transport) SplitScheme(string scheme)
    {
        int plus = scheme.IndexOf('+');
        return plus < 0 ? (null, scheme) : (scheme[..plus], scheme[(plus + 1)..]);
    }

    /// <summary>The path segments that are not empty (how Nix's forge and registry schemes read a path).</summary>
    public List<string> NonEmptySegments()
    {
        var result = new List<string>(Path.Count);
        foreach (var segment in Path)
            if (segment.Length > 0) result.Add(segment);
        return result;
    }

    /// <summary>
    /// Nix's parseURL. Lenient mode first escapes what old Nix URLs carried unescaped: spaces and <c>"</c> in the
    /// query, spaces, <c>"</c> and <c>^</c> in the fragment.
    /// </summary>
    /// <exception cref="BadUrlException">Not a URL, no scheme, a bad port, or a <c>file</c> URL with a host.</exception>
    public static ParsedUrl Parse(string url, bool lenient, Action<string> warn)
    {
        var text = lenient ? RepairLenient(url) : url;
        var parts = Split(text, out var error) ?? throw new BadUrlException($"'{url}' is not a valid URL: {error}");
        if (parts.Scheme is null) throw new BadUrlException($"'{text}' doesn't have a scheme");

        var authority = parts.Authority;
        bool transportIsFile = SplitScheme(parts.Scheme).Transport == "file";
        if (authority is not null && authority.Host.Length > 0 && transportIsFile)
            throw new BadUrlException($"file:// URL '{text}' has unexpected authority '{authority}'");

        var encodedPath = parts.Path;
        if (transportIsFile && encodedPath.Length == 0) encodedPath = "/";
        var segments = new List<string>();
        foreach (var segment in encodedPath.Split('/')) segments.Add(UrlEncoding.PercentDecode(segment));

        return new ParsedUrl
        {
            Scheme = parts.Scheme,
            Authority = authority,
            Path = segments,
            Query = UrlEncoding.DecodeQuery(parts.Query ?? "", lenient, warn),
            Fragment = UrlEncoding.PercentDecode(parts.Fragment ?? ""),
        };
    }

    private static string RepairLenient(string url)
    {
        var builder = new StringBuilder(url.Length + 8);
        var view = url;
        int question = view.IndexOf('?');
        if (question >= 0)
        {
            builder.Append(view, 0, question).Append('?');
            view = view[(question + 1)..];
            int hash = view.IndexOf('#');
            var query = hash < 0 ? view : view[..hash];
            builder.Append(UrlEncoding.PercentEncodeOnly(query, " \""));
            view = hash < 0 ? "" : view[hash..];
        }
        int fragmentStart = view.IndexOf('#');
        if (fragmentStart >= 0)
        {
            builder.Append(view, 0, fragmentStart).Append('#');
            builder.Append(UrlEncoding.PercentEncodeOnly(view[(fragmentStart + 1)..], " \"^"));
            return builder.ToString();
        }
        return builder.Append(view).ToString();
    }

    private sealed record Parts(string? Scheme, UrlAuthority? Authority, string Path, string? Query, string? Fragment);

    /// <summary>
    /// Splits an RFC 3986 URI-reference into its components, checking each one's characters in order; null if
    /// invalid, with Boost.URL's name for the first failure ("leftover" for a stray byte that ends a component early,
    /// "mismatch" for a malformed escape or IP literal, or a relative reference whose first segment holds ':').
    /// </summary>
    private static Parts? Split(string s, out string error)
    {
        error = "";
        int i = 0;
        string? scheme = null;
        if (s.Length > 0 && char.IsAsciiLetter(s[0]))
        {
            int j = 1;
            while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '+' or '-' or '.')) j++;
            if (j < s.Length && s[j] == ':')
            {
                scheme = s[..j];
                i = j + 1;
            }
        }

        UrlAuthority? authority = null;
        bool hasAuthority = false;
        if (string.CompareOrdinal(s, i, "//", 0, 2) == 0)
        {
            int end = s.IndexOfAny(['/', '?', '#'], i + 2);
            if (end < 0) end = s.Length;
            authority = UrlAuthority.TryParse(s[(i + 2)..end], out error);
            if (authority is null) return null;
            hasAuthority = true;
            i = end;
        }

        int pathEnd = s.IndexOfAny(['?', '#'], i);
        if (pathEnd < 0) pathEnd = s.Length;
        int bad = UrlEncoding.FirstInvalid(s, i, pathEnd, c => UrlEncoding.IsPathChar(c) || c == '/');
        if (scheme is null && !hasAuthority)
        {
            // A relative reference's first segment cannot hold ':' (it would read as a scheme).
            int firstEnd = s.IndexOf('/', i, pathEnd - i);
            int colon = s.IndexOf(':', i, (firstEnd < 0 ? pathEnd : firstEnd) - i);
            if (colon >= 0 && (bad < 0 || colon < bad))
            {
                error = "mismatch";
                return null;
            }
        }
        if (bad >= 0)
        {
            error = UrlEncoding.GrammarError(s, bad);
            return null;
        }
        var path = s[i..pathEnd];
        i = pathEnd;

        string? query = null;
        if (i < s.Length && s[i] == '?')
        {
            int end = s.IndexOf('#', i);
            if (end < 0) end = s.Length;
            bad = UrlEncoding.FirstInvalid(s, i + 1, end, UrlEncoding.IsQueryChar);
            if (bad >= 0)
            {
                error = UrlEncoding.GrammarError(s, bad);
                return null;
            }
            query = s[(i + 1)..end];
            i = end;
        }

        string? fragment = null;
        if (i < s.Length && s[i] == '#')
        {
            bad = UrlEncoding.FirstInvalid(s, i + 1, s.Length, UrlEncoding.IsQueryChar);
            if (bad >= 0)
            {
                error = UrlEncoding.GrammarError(s, bad);
                return null;
            }
            fragment = s[(i + 1)..];
        }
        return new Parts(scheme, authority, path, query, fragment);
    }

    /// <summary>Nix's ParsedURL::to_string.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Scheme).Append(':');
        if (Authority is not null)
        {
            builder.Append("//").Append(Authority.ToString());
        }
        else if (Path.Count >= 3 && Path[0].Length == 0 && Path[1].Length == 0 && Path[2].Length == 0)
        {
            // Nix asserts this cannot happen (it would read back as an authority); report instead of aborting.
            throw new FlakeRefException($"URL path '{string.Join('/', Path)}' of scheme '{Scheme}' cannot be printed without an authority");
        }
        builder.Append(UrlEncoding.EncodeUrlPath(Path));
        if (Query.Count > 0) builder.Append('?').Append(UrlEncoding.EncodeQuery(Query));
        if (Fragment.Length > 0) builder.Append('#').Append(UrlEncoding.PercentEncode(Fragment));
        return builder.ToString();
    }
}
