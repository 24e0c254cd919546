namespace Arca.Core.Configuration;

/// <summary>
/// The settings of <c>nix.conf</c>, read as Nix reads them: one <c>name = value</c> per line, <c>#</c> starts a
/// comment, the value is the remaining whitespace-separated words joined by single spaces, <c>include FILE</c>
/// and <c>!include FILE</c> (missing file ignored) pull in other files relative to the including one, and a later
/// line wins — except <c>extra-NAME</c>, which appends to <c>NAME</c>. Unknown names are kept; callers ask for
/// the settings they know.
/// </summary>
public sealed class NixConfig
{
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    public static NixConfig Empty { get; } = new();

    /// <summary>All settings after includes and <c>extra-</c> merging, in no particular order.</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public string? Get(string name) => _settings.GetValueOrDefault(name);

    /// <summary>The directory of the system configuration: <c>$NIX_CONF_DIR</c>, else <c>/etc/nix</c>.</summary>
    public static string ConfigDirectory(Func<string, string?> environment) =>
        environment("NIX_CONF_DIR") is { Length: > 0 } dir ? dir : "/etc/nix";

    /// <summary>
    /// Reads <c>$NIX_CONF_DIR/nix.conf</c> (if present), then the contents of <c>$NIX_CONFIG</c>, as Nix layers them.
    /// </summary>
    public static NixConfig Load(Func<string, string?> environment)
    {
        var config = new NixConfig();
        var file = Path.Combine(ConfigDirectory(environment), "nix.conf");
        if (File.Exists(file)) config.ParseInto(File.ReadAllText(file), Path.GetFullPath(file));
        if (environment("NIX_CONFIG") is { Length: > 0 } inline) config.ParseInto(inline, Path.Combine(Environment.CurrentDirectory, "NIX_CONFIG"));
        return config;
    }

    public static NixConfig LoadFromEnvironment() => Load(Environment.GetEnvironmentVariable);

    /// <summary>Parses configuration text; <paramref name="path"/> names it in errors and anchors relative includes.</summary>
    public static NixConfig Parse(string contents, string path)
    {
        var config = new NixConfig();
        config.ParseInto(contents, path);
        return config;
    }

    private void ParseInto(string contents, string path)
    {
        foreach (var rawLine in contents.Split('\n'))
        {
            var line = rawLine;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var tokens = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0) continue;
            if (tokens.Length < 2)
                throw new ArcaException($"syntax error in configuration line '{line}' in '{path}'");

            if (tokens[0] is "include" or "!include")
            {
                if (tokens.Length != 2)
                    throw new ArcaException($"syntax error in configuration line '{line}' in '{path}'");
                var included = Path.GetFullPath(tokens[1], Path.GetDirectoryName(path) ?? "/");
                if (File.Exists(included)) ParseInto(File.ReadAllText(included), included);
                else if (tokens[0] == "include")
                    throw new ArcaException($"file '{included}' included from '{path}' not found");
                continue;
            }

            if (tokens[1] != "=")
                throw new ArcaException($"syntax error in configuration line '{line}' in '{path}'");
            var value = string.Join(' ', tokens, 2, tokens.Length - 2);
            Set(tokens[0], value);
        }
    }

    private void Set(string name, string value)
    {
        if (name.StartsWith("extra-", StringComparison.Ordinal))
        {
            var baseName = name["extra-".Length..];
            _settings[baseName] = _settings.TryGetValue(baseName, out var old) && old.Length > 0
                ? (value.Length > 0 ? old + " " + value : old)
                : value;
        }
        else
        {
            _settings[name] = value;
        }
    }
}
