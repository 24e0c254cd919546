namespace Arca.Core.Hashing;

/// <summary>The textual encodings of a hash that Nix prints and parses.</summary>
public enum HashFormat
{
    Base16,
    NixBase32,
    Base64,
    /// <summary>Subresource-integrity form, <c>sha256-BASE64</c>.</summary>
    Sri,
}
