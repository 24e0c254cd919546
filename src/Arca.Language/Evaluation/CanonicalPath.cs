namespace Arca.Language.Evaluation;

using System.Text;

/// <summary>Nix's path canonicalisation (no symlinks resolved): removes <c>.</c>, empty and trailing components, folds <c>..</c>.</summary>
public static class CanonicalPath
{
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        if (parts.Count == 0) return "/";
        var sb = new StringBuilder(path.Length);
        foreach (var p in parts) sb.Append('/').Append(p);
        return sb.ToString();
    }

    /// <summary>Resolves <paramref name="path"/> against <paramref name="baseDirectory"/> unless it is absolute.</summary>
    public static string Absolute(string path, string baseDirectory) =>
        Normalize(path.StartsWith('/') ? path : baseDirectory + "/" + path);
}
