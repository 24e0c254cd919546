namespace Arca.Language.Flakes;

/// <summary>
/// An error from parsing or printing a flake reference or fetcher input (Nix's plain <c>Error</c> in libflake and
/// libfetchers). The message is Nix's wording, in the byte-string convention.
/// </summary>
public class FlakeRefException(string message) : Exception(message);

/// <summary>
/// Nix's <c>BadURL</c>: a string that is not a URL of the expected shape. Kept apart because Nix's flake-reference
/// parser catches exactly this kind while it tries one syntax after another.
/// </summary>
public sealed class BadUrlException(string message) : FlakeRefException(message);
