namespace Arca.Build.Goals;

using Arca.Core;

/// <summary>The end of a run in which builds failed: Nix's message and the exit status it would use (100–111, or 1).</summary>
public sealed class BuildRunFailedException(string message, int exitStatus) : ArcaException(message)
{
    public int ExitStatus { get; } = exitStatus;
}
