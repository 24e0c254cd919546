namespace Arca.Build.Settings;

/// <summary>
/// One entry of <c>sandbox-paths</c>: <c>TARGET</c>, <c>TARGET=SOURCE</c>, either with a trailing <c>?</c> meaning
/// "skip when the source does not exist". Nix's grammar, including that the <c>?</c> ends the whole entry.
/// </summary>
public sealed record SandboxPath(string Target, string Source, bool Optional)
{
    public static SandboxPath Parse(string entry)
    {
        bool optional = entry.EndsWith('?');
        if (optional) entry = entry[..^1];
        int eq = entry.IndexOf('=');
        return eq < 0
            ? new SandboxPath(entry, entry, optional)
            : new SandboxPath(entry[..eq], entry[(eq + 1)..], optional);
    }

    public static IReadOnlyList<SandboxPath> ParseList(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return [];
        var result = new List<SandboxPath>();
        foreach (var word in setting.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            result.Add(Parse(word));
        return result;
    }
}
