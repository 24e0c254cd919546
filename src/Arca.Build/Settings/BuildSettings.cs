namespace Arca.Build.Settings;

using Arca.Core;
using Arca.Core.Configuration;

/// <summary>
/// The <c>nix.conf</c> settings that steer building, with Nix's names and defaults. Command-line flags
/// (<c>-j</c>, <c>--cores</c>, <c>--keep-going</c>, …) override them through <see cref="With"/>-style copies.
/// </summary>
public sealed record BuildSettings
{
    public SandboxMode Sandbox { get; init; } = SandboxMode.Enabled;

    /// <summary><c>sandbox-paths</c> (and <c>extra-sandbox-paths</c>): host paths made visible in every sandbox.</summary>
    public IReadOnlyList<SandboxPath> SandboxPaths { get; init; } = [];

    /// <summary><c>sandbox-build-dir</c>: where the build directory appears inside the sandbox.</summary>
    public string SandboxBuildDir { get; init; } = "/build";

    /// <summary><c>build-dir</c>: the host directory under which build directories are created; null means Nix's default.</summary>
    public string? BuildDir { get; init; }

    /// <summary><c>cores</c>; 0 means all the machine's cores. Reaches builders as <c>NIX_BUILD_CORES</c>.</summary>
    public int Cores { get; init; }

    /// <summary><c>max-jobs</c>: builds run at once.</summary>
    public int MaxJobs { get; init; } = 1;

    /// <summary><c>max-silent-time</c> in seconds; 0 disables.</summary>
    public int MaxSilentTime { get; init; }

    /// <summary><c>timeout</c> in seconds; 0 disables.</summary>
    public int Timeout { get; init; }

    public bool KeepFailed { get; init; }

    public bool KeepGoing { get; init; }

    /// <summary><c>compress-build-log</c>: logs stored as <c>.bz2</c> (Nix reads both forms).</summary>
    public bool CompressBuildLog { get; init; } = true;

    /// <summary>The path of bubblewrap; Debian's package puts it here.</summary>
    public string BwrapPath { get; init; } = "/usr/bin/bwrap";

    public int EffectiveCores => Cores > 0 ? Cores : Environment.ProcessorCount;

    public static BuildSettings FromConfig(NixConfig config)
    {
        var settings = new BuildSettings();
        if (config.Get("sandbox") is { } sandbox)
        {
            settings = settings with
            {
                Sandbox = sandbox switch
                {
                    "true" => SandboxMode.Enabled,
                    "false" => SandboxMode.Disabled,
                    "relaxed" => SandboxMode.Relaxed,
                    _ => throw new ArcaException($"configuration setting 'sandbox' should be 'true', 'false' or 'relaxed', not '{sandbox}'"),
                },
            };
        }
        // Nix's old name for sandbox-paths is build-chroot-dirs / build-sandbox-paths; the current name wins.
        var paths = config.Get("sandbox-paths") ?? config.Get("build-sandbox-paths") ?? config.Get("build-chroot-dirs");
        settings = settings with { SandboxPaths = SandboxPath.ParseList(paths) };
        if (config.Get("sandbox-build-dir") is { Length: > 0 } sandboxBuildDir) settings = settings with { SandboxBuildDir = sandboxBuildDir };
        if (config.Get("build-dir") is { Length: > 0 } buildDir) settings = settings with { BuildDir = buildDir };
        if (config.Get("cores") is { } cores) settings = settings with { Cores = ParseInt("cores", cores) };
        if (config.Get("max-jobs") is { } jobs) settings = settings with { MaxJobs = ParseMaxJobs(jobs) };
        if (config.Get("max-silent-time") is { } silent) settings = settings with { MaxSilentTime = ParseInt("max-silent-time", silent) };
        if (config.Get("timeout") is { } timeout) settings = settings with { Timeout = ParseInt("timeout", timeout) };
        if (config.Get("keep-failed") is { } keepFailed) settings = settings with { KeepFailed = ParseBool("keep-failed", keepFailed) };
        if (config.Get("keep-going") is { } keepGoing) settings = settings with { KeepGoing = ParseBool("keep-going", keepGoing) };
        if (config.Get("compress-build-log") is { } compress) settings = settings with { CompressBuildLog = ParseBool("compress-build-log", compress) };
        return settings;
    }

    public static int ParseMaxJobs(string value) =>
        value == "auto" ? Environment.ProcessorCount : ParseInt("max-jobs", value);

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArcaException($"configuration setting '{name}' should be an integer, not '{value}'");

    private static bool ParseBool(string name, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new ArcaException($"configuration setting '{name}' should be 'true' or 'false', not '{value}'"),
    };
}
