namespace Arca.Language.Flakes;

/// <summary>
/// Nix's isLegalRefName: what libgit2 accepts as a full reference name (<c>HEAD</c>, <c>refs/heads/x</c>) or as a
/// branch or tag name (<c>x</c> under <c>refs/heads/</c>), less <c>@</c> and DEL, which libgit2 lets through.
/// </summary>
public static class GitRefNames
{
    public static bool IsLegal(string name)
    {
        // libgit2 sees a C string: it ends at the first NUL.
        int nul = name.IndexOf('\0');
        if (nul >= 0) name = name[..nul];
        if (name == "@" || name.Contains('\x7f')) return false;
        if (IsValidReferenceName(name)) return true;
        // git_branch_name_is_valid and git_tag_name_is_valid agree: no leading '-', not HEAD, valid under refs/….
        return !(name.StartsWith('-') || name == "HEAD") && IsValidReferenceName("refs/heads/" + name);
    }

    /// <summary>libgit2's reference-name validation with one-level names allowed (git_reference_name_is_valid).</summary>
    private static bool IsValidReferenceName(string name)
    {
        if (name.Length == 0 || name[0] == '/') return false;
        int segments = 0, current = 0, segmentLength, firstSegmentLength = -1;
        bool allowCaret = true;
        while (true)
        {
            segmentLength = SegmentLength(name, current, allowCaret);
            if (segmentLength <= 0) return false; // invalid, or an empty segment
            if (firstSegmentLength < 0) firstSegmentLength = segmentLength;
            segments++;
            if (current + segmentLength == name.Length) break;
            current += segmentLength + 1;
            allowCaret = false;
        }
        if (name[^1] == '.') return false;
        if (segments == 1) return IsAllCapsName(name, segmentLength);
        return !IsAllCapsName(name, firstSegmentLength);
    }

    /// <summary>The length of the segment at <paramref name="start"/>, or -1 when it breaks a rule.</summary>
    private static int SegmentLength(string name, int start, bool allowCaret)
    {
        if (start < name.Length && name[start] == '.') return -1;
        int i = start;
        if (allowCaret && i < name.Length && name[i] == '^') i++;
        char previous = '\0';
        for (; i < name.Length && name[i] != '/'; i++)
        {
            char c = name[i];
            if (c <= ' ' || c == '\x7f' || c is '~' or '^' or ':' or '\\' or '?' or '[' or '*') return -1;
            if (previous == '.' && c == '.') return -1;
            if (previous == '@' && c == '{') return -1;
            previous = c;
        }
        int length = i - start;
        if (length >= 5 && string.CompareOrdinal(name, i - 5, ".lock", 0, 5) == 0) return -1;
        return length;
    }

    /// <summary>libgit2's is_valid_normalized_name: <c>HEAD</c>-like names (capitals and underscores), or <c>@</c>.</summary>
    private static bool IsAllCapsName(string name, int length)
    {
        for (int i = 0; i < length; i++)
        {
            char c = name[i];
            if (i == 0 && c == '^') continue;
            if (length == 1 && c == '@') return true;
            if ((c < 'A' || c > 'Z') && c != '_') return false;
        }
        return name[0] != '_' && name[length - 1] != '_';
    }
}
