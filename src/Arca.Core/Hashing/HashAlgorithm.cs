namespace Arca.Core.Hashing;

/// <summary>The hash algorithms Nix accepts (BLAKE3 is experimental in Nix and not supported here).</summary>
public enum HashAlgorithm
{
    Md5,
    Sha1,
    Sha256,
    Sha512,
}
