namespace Arca.Core.Hashing;

/// <summary>Nix's names for hash algorithms and their digest sizes.</summary>
public static class HashAlgorithmNames
{
    public static string Name(this HashAlgorithm algorithm) => algorithm switch
    {
        HashAlgorithm.Md5 => "md5",
        HashAlgorithm.Sha1 => "sha1",
        HashAlgorithm.Sha256 => "sha256",
        HashAlgorithm.Sha512 => "sha512",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>Digest size in bytes.</summary>
    public static int Size(this HashAlgorithm algorithm) => algorithm switch
    {
        HashAlgorithm.Md5 => 16,
        HashAlgorithm.Sha1 => 20,
        HashAlgorithm.Sha256 => 32,
        HashAlgorithm.Sha512 => 64,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    public static bool TryParse(ReadOnlySpan<char> name, out HashAlgorithm algorithm)
    {
        switch (name)
        {
            case "md5": algorithm = HashAlgorithm.Md5; return true;
            case "sha1": algorithm = HashAlgorithm.Sha1; return true;
            case "sha256": algorithm = HashAlgorithm.Sha256; return true;
            case "sha512": algorithm = HashAlgorithm.Sha512; return true;
            default: algorithm = default; return false;
        }
    }

    /// <summary>Parses <c>md5</c>, <c>sha1</c>, <c>sha256</c> or <c>sha512</c>, failing with Nix's message.</summary>
    public static HashAlgorithm Parse(string name) =>
        TryParse(name, out var algorithm)
            ? algorithm
            : throw new BadHashException($"unknown hash algorithm '{name}', expect 'md5', 'sha1', 'sha256', or 'sha512'");

    internal static System.Security.Cryptography.HashAlgorithmName ToDotNet(this HashAlgorithm algorithm) => algorithm switch
    {
        HashAlgorithm.Md5 => System.Security.Cryptography.HashAlgorithmName.MD5,
        HashAlgorithm.Sha1 => System.Security.Cryptography.HashAlgorithmName.SHA1,
        HashAlgorithm.Sha256 => System.Security.Cryptography.HashAlgorithmName.SHA256,
        HashAlgorithm.Sha512 => System.Security.Cryptography.HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
