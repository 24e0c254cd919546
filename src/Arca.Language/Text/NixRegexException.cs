namespace Arca.Language.Text;

/// <summary>
/// A regular expression that std::regex (POSIX extended grammar, as Nix uses it) would reject. The message is
/// Nix's own wording, so the evaluator can report it unchanged.
/// </summary>
public sealed class NixRegexException : Exception
{
    public NixRegexException(string message, string pattern, bool memoryLimitExceeded)
        : base(message)
    {
        Pattern = pattern;
        MemoryLimitExceeded = memoryLimitExceeded;
    }

    /// <summary>The offending pattern, in the byte-string convention.</summary>
    public string Pattern { get; }

    /// <summary>True for libstdc++'s error_space (the automaton grew past its state limit).</summary>
    public bool MemoryLimitExceeded { get; }

    internal static NixRegexException Invalid(string pattern) =>
        new($"invalid regular expression '{pattern}'", pattern, memoryLimitExceeded: false);

    internal static NixRegexException TooBig(string pattern) =>
        new($"memory limit exceeded by regular expression '{pattern}'", pattern, memoryLimitExceeded: true);
}
