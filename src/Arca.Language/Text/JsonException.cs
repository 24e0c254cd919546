namespace Arca.Language.Text;

/// <summary>
/// fromJSON input that Nix rejects, or a toJSON string it cannot serialise. The message is Nix's wording (that
/// of nlohmann::json, which Nix uses), e.g. "[json.exception.parse_error.101] parse error at line 1, column 4: …".
/// </summary>
public sealed class JsonException(string message) : Exception(message);
