namespace Arca.Store;

using Arca.Core.Configuration;

/// <summary>
/// Where a local store lives: the store directory, the state directory (database, profiles, GC roots) and the
/// log directory, resolved as Nix resolves them — <c>NIX_STORE_DIR</c>, <c>NIX_STATE_DIR</c>, <c>NIX_LOG_DIR</c>,
/// then the <c>store</c> setting's <c>local?store=…&amp;state=…&amp;log=…</c> parameters — with Nix's
/// <c>/nix/…</c> defaults for root and a rootless store under <c>$XDG_DATA_HOME/arca</c> for everyone else.
/// </summary>
public sealed record StoreLocations(string StoreDir, string StateDir, string LogDir)
{
    public string DatabaseDir => Path.Combine(StateDir, "db");

    public static StoreLocations FromEnvironment() =>
        Resolve(Environment.GetEnvironmentVariable, NixConfig.LoadFromEnvironment(), Environment.IsPrivilegedProcess);

    public static StoreLocations Resolve(Func<string, string?> environment, NixConfig config, bool isRoot)
    {
        var query = ParseStoreUriQuery(config.Get("store"));
        string root;
        if (isRoot)
        {
            root = "/nix";
        }
        else
        {
            var dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(environment("HOME") ?? "/", ".local", "share");
            root = Path.Combine(dataHome, "arca");
        }

        string Pick(string variable, string parameter, string fallback) =>
            environment(variable) is { Length: > 0 } fromEnv ? fromEnv
            : query.TryGetValue(parameter, out var fromConfig) && fromConfig.Length > 0 ? fromConfig
            : fallback;

        return new StoreLocations(
            Pick("NIX_STORE_DIR", "store", Path.Combine(root, "store")),
            Pick("NIX_STATE_DIR", "state", Path.Combine(root, "var", "nix")),
            Pick("NIX_LOG_DIR", "log", Path.Combine(root, "var", "log", "nix")));
    }

    private static Dictionary<string, string> ParseStoreUriQuery(string? uri)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (uri is null) return result;
        int question = uri.IndexOf('?');
        if (question < 0) return result;
        var scheme = uri[..question];
        if (scheme is not ("local" or "auto")) return result;
        foreach (var pair in uri[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0) result[pair[..eq]] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return result;
    }
}
