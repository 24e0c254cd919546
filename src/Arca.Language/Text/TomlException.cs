namespace Arca.Language.Text;

/// <summary>
/// A document fromTOML rejects. The message imitates toml11 (which Nix uses): a title line, then the location
/// in "fromTOML" with the offending line and a caret; Nix prefixes it with "while parsing TOML: ".
/// </summary>
public sealed class TomlException(string message) : Exception(message);
