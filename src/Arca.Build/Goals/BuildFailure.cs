namespace Arca.Build.Goals;

using Arca.Core;

/// <summary>Why a build failed, in the classes that decide Nix's exit status.</summary>
public enum BuildFailureKind
{
    /// <summary>The builder failed (exit 100).</summary>
    Permanent,
    /// <summary>The builder succeeded but an output was missing or broke a rule (exit 1, as in Nix).</summary>
    OutputRejected,
    TimedOut,
    HashMismatch,
    NotDeterministic,
    /// <summary>An input could not be built.</summary>
    DependencyFailed,
    /// <summary>Anything else (exit 1).</summary>
    Miscellaneous,
}

/// <summary>A failed build with Nix's message (printed after <c>error: </c>).</summary>
public sealed class BuildFailedException(BuildFailureKind kind, string message) : ArcaException(message)
{
    public BuildFailureKind Kind { get; } = kind;

    /// <summary>
    /// Nix's <c>Worker::failingExitStatus</c>: 100 plus 1 for a time-out, 2 for a hash mismatch, 4 for a check
    /// mismatch (a bitmask, so several kinds add up); 1 when no build failed as such.
    /// </summary>
    public static int ExitStatus(IEnumerable<BuildFailureKind> kinds)
    {
        bool permanent = false, timedOut = false, hashMismatch = false, checkMismatch = false;
        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case BuildFailureKind.Permanent: permanent = true; break;
                case BuildFailureKind.TimedOut: timedOut = true; break;
                case BuildFailureKind.HashMismatch: hashMismatch = true; break;
                case BuildFailureKind.NotDeterministic: checkMismatch = true; break;
            }
        }
        int mask = 0;
        if (permanent || timedOut || hashMismatch) mask |= 0x04;
        if (timedOut) mask |= 0x01;
        if (hashMismatch) mask |= 0x02;
        if (checkMismatch) mask |= 0x08;
        return mask != 0 ? mask | 0x60 : 1;
    }
}
