namespace Arca.Language.Syntax;

/// <summary>Settings that change how source text is parsed. Passed in, never read from global state.</summary>
/// <param name="Home">The home directory <c>~/…</c> path literals resolve against (byte-string convention); null when unknown.</param>
/// <param name="PipeOperators">Whether the experimental <c>|&gt;</c> and <c>&lt;|</c> operators are enabled.</param>
/// <param name="PureEval">In pure evaluation mode <c>~/…</c> paths are an error, as in Nix.</param>
public sealed record ParserOptions(string? Home, bool PipeOperators = false, bool PureEval = false)
{
    /// <summary>Options from the current process environment: <c>$HOME</c> read now, everything else off.</summary>
    public static ParserOptions FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("HOME") is { } home ? Values.ByteString.FromText(home) : null);
}
