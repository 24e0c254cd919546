namespace Arca.Language.Builtins;

/// <summary>
/// The little the language layer must know about store path syntax (it never references the store): recognising
/// <c>/nix/store/&lt;hash&gt;-&lt;name&gt;</c> for contexts, and finding the store path a file lies in.
/// </summary>
internal static class StorePaths
{
    public const int HashLength = 32;
    private const int MaxNameLength = 211;
    private const string Base32Chars = "0123456789abcdfghijklmnpqrsvwxyz";

    /// <summary>True when <paramref name="path"/> is exactly a store path (not a file below one), as Nix's isStorePath.</summary>
    public static bool IsStorePath(string storeDir, string path)
    {
        if (path.Length <= storeDir.Length + 1 || !path.StartsWith(storeDir, StringComparison.Ordinal) || path[storeDir.Length] != '/')
            return false;
        return IsBaseName(path.AsSpan(storeDir.Length + 1));
    }

    private static bool IsBaseName(ReadOnlySpan<char> baseName)
    {
        if (baseName.Length < HashLength + 2 || baseName[HashLength] != '-') return false;
        foreach (char c in baseName[..HashLength])
            if (Base32Chars.IndexOf(c) < 0) return false;
        var name = baseName[(HashLength + 1)..];
        if (name.Length > MaxNameLength) return false;
        if (name[0] == '.' && (name is "." or ".." || name.StartsWith(".-") || name.StartsWith("..-"))) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' or '_' or '?' or '=')) return false;
        return true;
    }

    /// <summary>The store path <paramref name="path"/> is or lies inside, or null when it is outside the store.</summary>
    public static string? ContainingStorePath(string storeDir, string path)
    {
        if (path.Length <= storeDir.Length + 1 || !path.StartsWith(storeDir, StringComparison.Ordinal) || path[storeDir.Length] != '/')
            return null;
        int end = path.IndexOf('/', storeDir.Length + 1);
        var storePath = end < 0 ? path : path[..end];
        return IsStorePath(storeDir, storePath) ? storePath : null;
    }

    /// <summary>The 32-character hash of a store path, or null when it is not one.</summary>
    public static string? HashPart(string storeDir, string storePath) =>
        IsStorePath(storeDir, storePath) ? storePath.Substring(storeDir.Length + 1, HashLength) : null;

    /// <summary>A store derivation's path ends in <c>.drv</c>.</summary>
    public static bool IsDerivation(string path) => path.EndsWith(".drv", StringComparison.Ordinal);
}
