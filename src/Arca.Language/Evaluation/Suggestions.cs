namespace Arca.Language.Evaluation;

using System.Text;

/// <summary>
/// "Did you mean …?" hints as Nix computes them: candidates ordered by Levenshtein distance then name, at most 5,
/// none further than distance 2; rendered "x", "one of x or y", "one of x, y or z".
/// </summary>
public static class Suggestions
{
    public static string? Format(IEnumerable<string> candidates, string query)
    {
        var scored = new List<(int Distance, string Name)>();
        var unique = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (unique.Add(c)) scored.Add((Levenshtein(query, c), c));
        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
        var kept = new List<string>();
        foreach (var (d, name) in scored)
        {
            if (kept.Count >= 5 || d > 2) break;
            kept.Add(name);
        }
        if (kept.Count == 0) return null;
        if (kept.Count == 1) return kept[0];
        var sb = new StringBuilder("one of ").Append(kept[0]);
        for (int i = 1; i < kept.Count; i++) sb.Append(i == kept.Count - 1 ? " or " : ", ").Append(kept[i]);
        return sb.ToString();
    }

    public static int Levenshtein(string a, string b)
    {
        var v0 = new int[b.Length + 1];
        var v1 = new int[b.Length + 1];
        for (int i = 0; i <= b.Length; i++) v0[i] = i;
        for (int i = 0; i < a.Length; i++)
        {
            v1[0] = i + 1;
            for (int j = 0; j < b.Length; j++)
            {
                int deletion = v0[j + 1] + 1, insertion = v1[j] + 1, substitution = a[i] == b[j] ? v0[j] : v0[j] + 1;
                v1[j + 1] = Math.Min(deletion, Math.Min(insertion, substitution));
            }
            (v0, v1) = (v1, v0);
        }
        return v0[b.Length];
    }
}
