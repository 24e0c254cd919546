namespace Arca.Language.Text;

/// <summary>
/// Nix's version-string rules (libstore names.cc): builtins.compareVersions, builtins.splitVersion and
/// builtins.parseDrvName. Classification uses the C locale, so only ASCII letters and digits count.
/// </summary>
public static class Versions
{
    /// <summary>builtins.compareVersions: -1, 0 or 1.</summary>
    public static int Compare(string version1, string version2)
    {
        ArgumentNullException.ThrowIfNull(version1);
        ArgumentNullException.ThrowIfNull(version2);
        int p1 = 0, p2 = 0;
        while (p1 < version1.Length || p2 < version2.Length)
        {
            var c1 = NextComponent(version1, ref p1);
            var c2 = NextComponent(version2, ref p2);
            if (ComponentLessThan(c1, c2))
                return -1;
            if (ComponentLessThan(c2, c1))
                return 1;
        }
        return 0;
    }

    /// <summary>builtins.splitVersion: the components, separators ('.' and '-') dropped.</summary>
    public static List<string> Split(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var components = new List<string>();
        int p = 0;
        while (p < version.Length)
        {
            var component = NextComponent(version, ref p);
            if (component.IsEmpty)
                break;
            components.Add(component.ToString());
        }
        return components;
    }

    /// <summary>
    /// builtins.parseDrvName: the name is everything before the first '-' that is not followed by a letter; the
    /// version is everything after that dash (empty when there is none).
    /// </summary>
    public static (string Name, string Version) ParseDrvName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        for (int i = 0; i + 1 < fullName.Length; i++)
        {
            if (fullName[i] == '-' && !IsAsciiLetter(fullName[i + 1]))
                return (fullName[..i], fullName[(i + 1)..]);
        }
        return (fullName, "");
    }

    /// <summary>
    /// Skips separators, then takes either a run of digits or a run of other non-separator characters.
    /// </summary>
    private static ReadOnlySpan<char> NextComponent(string s, ref int p)
    {
        while (p < s.Length && s[p] is '.' or '-')
            p++;
        int start = p;
        if (p == s.Length)
            return default;
        if (char.IsAsciiDigit(s[p]))
            while (p < s.Length && char.IsAsciiDigit(s[p]))
                p++;
        else
            while (p < s.Length && !char.IsAsciiDigit(s[p]) && s[p] != '.' && s[p] != '-')
                p++;
        return s.AsSpan(start, p - start);
    }

    private static bool ComponentLessThan(ReadOnlySpan<char> c1, ReadOnlySpan<char> c2)
    {
        bool isNumber1 = TryParseInt(c1, out int n1);
        bool isNumber2 = TryParseInt(c2, out int n2);
        if (isNumber1 && isNumber2)
            return n1 < n2;
        if (c1.IsEmpty && isNumber2)
            return true;
        if (c1.SequenceEqual("pre") && !c2.SequenceEqual("pre"))
            return true;
        if (c2.SequenceEqual("pre"))
            return false;
        // "2.3a" < "2.3.1": a number beats a word.
        if (isNumber2)
            return true;
        if (isNumber1)
            return false;
        return c1.SequenceCompareTo(c2) < 0;
    }

    /// <summary>Nix's string2Int&lt;int&gt;: all digits and within int's range (larger runs compare as words).</summary>
    private static bool TryParseInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty)
            return false;
        long accumulator = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            accumulator = accumulator * 10 + (c - '0');
            if (accumulator > int.MaxValue)
                return false;
        }
        value = (int)accumulator;
        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
