namespace Arca.Cli;

/// <summary>A command line Arca cannot act on; reported as Nix reports it, with Nix's exit code.</summary>
public sealed class UsageException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
