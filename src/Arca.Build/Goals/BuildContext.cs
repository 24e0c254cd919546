namespace Arca.Build.Goals;

using Arca.Build.Logs;
using Arca.Build.Settings;
using Arca.Store.Local;

/// <summary>What every build of one run shares: the store, the settings, the log store and the reporter.</summary>
public sealed class BuildContext(LocalStore store, BuildSettings settings, IBuildReporter reporter)
{
    public SharedStore Store { get; } = new(store);

    public BuildSettings Settings { get; } = settings;

    public IBuildReporter Reporter { get; } = reporter;

    public BuildLogStore Logs { get; } = new(store.Locations.LogDir, settings.CompressBuildLog);

    /// <summary>The platform this machine builds for (Nix's <c>system</c> setting).</summary>
    public string System { get; init; } = "x86_64-linux";

    /// <summary>The environment impure fixed-output builds may read (<c>impureEnvVars</c>).</summary>
    public Func<string, string?> HostEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>How the user reads a full log; named in the message of a failed build.</summary>
    public string LogCommand { get; init; } = "nix-store -l";
}
