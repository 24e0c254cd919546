namespace Arca.Language.Flakes;

using System.Text;

/// <summary>
/// File paths to URL path segments and back, as Nix's pathToUrlPath / urlPathToPath do with std::filesystem on a
/// POSIX system: repeated slashes collapse, a trailing slash survives, <c>.</c> and <c>..</c> are kept.
/// </summary>
public static class UrlPaths
{
    /// <summary>
    /// <c>/a/b</c> → <c>["", "a", "b"]</c>. A path ending in <c>/</c> gains two empty segments, not one: the path's own
    /// empty last element and the marker for "no file name", exactly as Nix's code produces (<c>path:/a/b//</c>).
    /// </summary>
    public static List<string> ToUrlPath(string path)
    {
        var result = new List<string>();
        bool absolute = path.StartsWith('/');
        if (absolute) result.Add("");
        var components = path.Split('/');
        bool any = false;
        foreach (var component in components)
        {
            if (component.Length == 0) continue;
            result.Add(component);
            any = true;
        }
        bool endsWithSeparator = path.EndsWith('/');
        // The relative part's iteration yields a final empty element when it ends with a separator.
        if (any && endsWithSeparator) result.Add("");
        // And an empty file name (trailing slash, root, or empty path) adds one more.
        if (path.Length == 0 || endsWithSeparator) result.Add("");
        return result;
    }

    /// <summary>Segments back to a file path; a segment holding <c>/</c> or NUL is Nix's BadURL.</summary>
    public static string FromUrlPath(IReadOnlyList<string> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Contains('/'))
                throw new BadUrlException($"URL path component '{segment}' contains '/', which is not allowed in file names");
            if (segment.Contains('\0'))
                throw new BadUrlException($"URL path component '{segment.Replace("\0", "\u00E2\u0090\u0080", StringComparison.Ordinal)}' contains NUL byte which is not allowed");
        }
        var result = new StringBuilder();
        int i = 0;
        if (segments.Count == 0) return "";
        if (segments[0].Length == 0)
        {
            result.Append('/');
            i = 1;
        }
        for (; i < segments.Count; i++)
        {
            // std::filesystem's operator/=: a separator goes in only after a file name.
            bool hasFileName = result.Length > 0 && result[^1] != '/';
            if (hasFileName) result.Append('/');
            result.Append(segments[i]);
        }
        return result.ToString();
    }
}
