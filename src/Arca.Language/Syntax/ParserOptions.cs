namespace Arca.Language.Syntax;

/// <summary>How a lint setting treats what it checks (Nix's <c>Diagnose</c>: <c>ignore</c>, <c>warn</c>, <c>fatal</c>).</summary>
public enum LintLevel
{
    Ignore,
    Warn,
    Fatal,
}

/// <summary>Settings that change how source text is parsed. Passed in, never read from global state.</summary>
/// <param name="Home">The home directory <c>~/…</c> path literals resolve against (byte-string convention); null when unknown.</param>
/// <param name="PipeOperators">Whether the experimental <c>|&gt;</c> and <c>&lt;|</c> operators are enabled.</param>
/// <param name="PureEval">In pure evaluation mode <c>~/…</c> paths are an error, as in Nix.</param>
public sealed record ParserOptions(string? Home, bool PipeOperators = false, bool PureEval = false)
{
    /// <summary><c>lint-short-path-literals</c>: relative paths not starting with <c>.</c> (<c>foo/bar</c>).</summary>
    public LintLevel LintShortPathLiterals { get; init; }

    /// <summary><c>lint-absolute-path-literals</c>: <c>/abs</c> and <c>~/home</c> path literals.</summary>
    public LintLevel LintAbsolutePathLiterals { get; init; }

    /// <summary><c>lint-url-literals</c>: unquoted URLs.</summary>
    public LintLevel LintUrlLiterals { get; init; }

    /// <summary>
    /// Receives warnings raised while parsing (lints at level warn, the "cursed or" deprecation): the message and
    /// the position to show, <see cref="Pos.None"/> when the message carries its own. Null drops them.
    /// </summary>
    public Action<string, Pos>? OnWarning { get; init; }

    /// <summary>
    /// Options from the current process environment: <c>$HOME</c> read now (the user's home directory from the
    /// password database when it is unset, as Nix's getHome), everything else off.
    /// </summary>
    public static ParserOptions FromEnvironment()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new(string.IsNullOrEmpty(home) ? null : Values.ByteString.FromText(home));
    }
}
