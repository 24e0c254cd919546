namespace Arca.Language.Evaluation;

/// <summary>Settings of one evaluation, from the command line, <c>nix.conf</c> and the environment.</summary>
public sealed class EvalOptions
{
    /// <summary>Search path entries (<c>-I</c>, then <c>NIX_PATH</c>): a prefix (empty for a bare entry) and a path or URL.</summary>
    public List<SearchPathEntry> SearchPath { get; } = [];

    public bool PureEval { get; set; }
    public bool RestrictEval { get; set; }
    public bool ShowTrace { get; set; }
    public bool TraceVerbose { get; set; }

    /// <summary>Nix's <c>abort-on-warn</c>: <c>builtins.warn</c> fails after printing, to reveal where it was called.</summary>
    public bool AbortOnWarn { get; set; }

    /// <summary>Nix's <c>max-call-depth</c>: deeper nesting of calls is an error, not a crash.</summary>
    public int MaxCallDepth { get; set; } = 10_000;

    public string CurrentSystem { get; set; } = "x86_64-linux";

    /// <summary>The store directory <c>builtins.storeDir</c> reports (byte-string convention).</summary>
    public string StoreDir { get; set; } = "/nix/store";

    public string NixVersion { get; set; } = "2.8.0";

    /// <summary>Nix's <c>lint-short-path-literals</c>, <c>lint-absolute-path-literals</c> and <c>lint-url-literals</c>, applied by the parser.</summary>
    public Syntax.LintLevel LintShortPathLiterals { get; set; }
    public Syntax.LintLevel LintAbsolutePathLiterals { get; set; }
    public Syntax.LintLevel LintUrlLiterals { get; set; }

    /// <summary>The home directory <c>~/…</c> path literals resolve against (byte-string convention); null when unknown.</summary>
    public string? Home { get; set; }

    /// <summary>Directory relative search path entries (<c>-I dir</c>, <c>NIX_PATH=dir</c>) resolve against (byte-string convention).</summary>
    public string WorkingDirectory { get; set; } = "/";

    /// <summary>Nix's <c>allow-unsafe-native-code-during-evaluation</c>: only then do <c>exec</c> and <c>importNative</c> exist.</summary>
    public bool AllowUnsafeNativeCode { get; set; }

    /// <summary>Experimental features enabled (for builtins gated on them).</summary>
    public HashSet<string> ExperimentalFeatures { get; } = new(StringComparer.Ordinal);
}

/// <summary>One <c>-I</c>/<c>NIX_PATH</c> entry: <c>prefix=path</c>, or just <c>path</c> with an empty prefix.</summary>
public sealed record SearchPathEntry(string Prefix, string Path)
{
    public static SearchPathEntry Parse(string entry)
    {
        int eq = entry.IndexOf('=');
        return eq < 0 ? new SearchPathEntry("", entry) : new SearchPathEntry(entry[..eq], entry[(eq + 1)..]);
    }
}
