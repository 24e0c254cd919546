namespace Arca.Build.Sandbox;

/// <summary>How a builder process ended.</summary>
public enum BuilderEnd
{
    Exited,
    Signalled,
    TimedOut,
    Silent,
    Cancelled,
}

/// <summary>The end of a builder run; <see cref="ExitCode"/> or <see cref="Signal"/> according to <see cref="End"/>.</summary>
public sealed record BuilderOutcome(BuilderEnd End, int ExitCode, int Signal, TimeSpan Duration)
{
    public bool Succeeded => End == BuilderEnd.Exited && ExitCode == 0;

    /// <summary>Nix's wording of a failed status (<c>statusToString</c>), used after "builder for '…' failed ".</summary>
    public string Describe() => End switch
    {
        BuilderEnd.Exited => $"with exit code {ExitCode}",
        BuilderEnd.Signalled => $"due to signal {Signal} ({SignalName(Signal)})",
        BuilderEnd.TimedOut => "because it timed out",
        BuilderEnd.Silent => "because it produced no output for too long",
        _ => "because it was interrupted",
    };

    private static string SignalName(int signal) => signal switch
    {
        1 => "Hangup",
        2 => "Interrupt",
        3 => "Quit",
        4 => "Illegal instruction",
        6 => "Aborted",
        7 => "Bus error",
        8 => "Floating point exception",
        9 => "Killed",
        11 => "Segmentation fault",
        13 => "Broken pipe",
        14 => "Alarm clock",
        15 => "Terminated",
        _ => "Unknown signal " + signal,
    };
}
