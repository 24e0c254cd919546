namespace Arca.Store.Paths;

using Arca.Core.Hashing;

/// <summary>
/// The base name of a store object, <c>HASHPART-name</c>: 32 nix-base32 characters (a SHA-256 folded to
/// 160 bits), a dash and a name of at most 211 characters from Nix's alphabet. Ordered by bytes, as Nix
/// orders <c>StorePathSet</c>.
/// </summary>
public readonly struct StorePath : IEquatable<StorePath>, IComparable<StorePath>
{
    public const int HashPartLength = 32;

    /// <summary>The bytes of the folded digest that <see cref="HashPartLength"/> nix-base32 characters spell.</summary>
    public const int HashBytes = 20;
    public const int MaxNameLength = 211;

    private readonly string? _baseName;

    private StorePath(string baseName) => _baseName = baseName;

    public string BaseName => _baseName ?? "";

    public string HashPart => BaseName[..HashPartLength];

    public string Name => BaseName[(HashPartLength + 1)..];

    public bool IsDerivation => BaseName.EndsWith(".drv", StringComparison.Ordinal);

    /// <summary>Parses a base name (no directory), failing with Nix's messages.</summary>
    public static StorePath Parse(string baseName)
    {
        if (baseName.Length < HashPartLength + 1)
            throw new BadStorePathException($"'{baseName}' is too short to be a valid store path");
        if (baseName[HashPartLength] != '-')
            throw new BadStorePathException($"'{baseName}' can't name a store path because the hash part is not followed by a '-'");
        for (int i = 0; i < HashPartLength; i++)
        {
            char c = baseName[i];
            if (!NixBase32.IsDigit(c))
                throw new BadStorePathException($"store path '{baseName}' contains illegal base-32 character '{c}'");
        }
        CheckPathName(baseName, baseName[(HashPartLength + 1)..]);
        return new StorePath(baseName);
    }

    public static bool TryParse(string baseName, out StorePath path)
    {
        try
        {
            path = Parse(baseName);
            return true;
        }
        catch (BadStorePathException)
        {
            path = default;
            return false;
        }
    }

    /// <summary>Builds the path from a 20-byte store path digest and a name.</summary>
    public static StorePath FromHash(Hash digest, string name)
    {
        var baseName = digest.ToNixBase32() + "-" + name;
        CheckPathName(baseName, name);
        return new StorePath(baseName);
    }

    /// <summary>
    /// Builds the path from a 20-byte store path digest and a name without intermediate strings (store paths are
    /// computed several times per derivation).
    /// </summary>
    public static StorePath FromDigest(ReadOnlySpan<byte> digest, string name) => FromDigest(digest, name, "");

    /// <summary>
    /// <see cref="FromDigest(ReadOnlySpan{byte}, string)"/> for the name <paramref name="name"/> followed by
    /// <paramref name="suffix"/> (<c>NAME.drv</c>), without making that name as a string of its own.
    /// </summary>
    public static StorePath FromDigest(ReadOnlySpan<byte> digest, string name, string suffix)
    {
        if (digest.Length != HashBytes) throw new ArgumentException($"a store path digest has {HashBytes} bytes, not {digest.Length}", nameof(digest));
        int length = HashPartLength + 1 + name.Length + suffix.Length;
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        NixBase32.EncodeInto(digest, chars);
        chars[HashPartLength] = '-';
        name.CopyTo(chars[(HashPartLength + 1)..]);
        suffix.CopyTo(chars[(HashPartLength + 1 + name.Length)..]);
        var baseName = new string(chars);
        CheckPathName(baseName, suffix.Length == 0 ? name : baseName[(HashPartLength + 1)..]);
        return new StorePath(baseName);
    }

    /// <summary>Nix's <c>checkName</c>: the rules for the name part of a store path.</summary>
    public static void CheckName(string name)
    {
        if (name.Length == 0) throw new BadStorePathException("name must not be empty");
        if (name.Length > MaxNameLength)
            throw new BadStorePathException($"name '{name}' must be no longer than {MaxNameLength} characters");
        if (name[0] == '.')
        {
            if (name.Length == 1) throw new BadStorePathException($"name '{name}' is not valid");
            if (name[1] == '-')
                throw new BadStorePathException($"name '{name}' is not valid: first dash-separated component must not be '.'");
            if (name[1] == '.')
            {
                if (name.Length == 2) throw new BadStorePathException($"name '{name}' is not valid");
                if (name[2] == '-')
                    throw new BadStorePathException($"name '{name}' is not valid: first dash-separated component must not be '..'");
            }
        }
        foreach (char c in name)
            if (!IsNameCharacter(c))
                throw new BadStorePathException($"name '{name}' contains illegal character '{c}'");
    }

    public static bool IsNameCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' or '_' or '?' or '=';

    private static void CheckPathName(string baseName, string name)
    {
        try
        {
            CheckName(name);
        }
        catch (BadStorePathException e)
        {
            throw new BadStorePathException($"path '{baseName}' is not a valid store path: {e.Message}");
        }
    }

    public bool Equals(StorePath other) => string.Equals(BaseName, other.BaseName, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is StorePath other && Equals(other);

    public override int GetHashCode() => BaseName.GetHashCode(StringComparison.Ordinal);

    public int CompareTo(StorePath other) => string.CompareOrdinal(BaseName, other.BaseName);

    public override string ToString() => BaseName;

    public static bool operator ==(StorePath left, StorePath right) => left.Equals(right);

    public static bool operator !=(StorePath left, StorePath right) => !left.Equals(right);
}
