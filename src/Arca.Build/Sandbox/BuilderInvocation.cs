namespace Arca.Build.Sandbox;

/// <summary>
/// Everything needed to run one builder process, independent of where it came from (a derivation, a test):
/// the program, its arguments and exact environment, which store paths it may see, which it produces, and
/// whether it may reach the network (only fixed-output derivations may).
/// </summary>
public sealed record BuilderInvocation
{
    public required string Builder { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The builder's whole environment; nothing of Arca's own environment leaks in.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>The store directory as the builder sees it (the same path as on the host, as in Nix).</summary>
    public required string StoreDir { get; init; }

    /// <summary>Absolute store paths of the input closure: bound read-only into the sandbox.</summary>
    public IReadOnlyCollection<string> InputPaths { get; init; } = [];

    /// <summary>Absolute store paths the builder is expected to create.</summary>
    public IReadOnlyCollection<string> OutputPaths { get; init; } = [];

    /// <summary>
    /// Where on the host each output path's product is put when the builder ends, when not at the path itself
    /// (<c>--check</c> and <c>--repair</c> build beside a valid path). Only the sandbox can redirect outputs.
    /// </summary>
    public IReadOnlyDictionary<string, string>? OutputDestinations { get; init; }

    /// <summary>Host directory that is the build directory (<c>NIX_BUILD_TOP</c>); the caller creates and fills it.</summary>
    public required string BuildDirectory { get; init; }

    /// <summary>
    /// Where the sandbox's scratch root goes (it must be on the store's file system, so outputs move into place with
    /// a rename). Derivation builds use Nix's <c>&lt;drv&gt;.chroot</c>, which Nix's garbage collector knows to leave
    /// alone while the derivation is being built; null picks a name beside the store from the build directory's.
    /// </summary>
    public string? ChrootDirectory { get; init; }

    /// <summary>Fixed-output derivations keep the host network (and see its resolv.conf, services and hosts).</summary>
    public bool AllowNetwork { get; init; }

    /// <summary>Seconds the whole build may take; 0 for no limit.</summary>
    public int Timeout { get; init; }

    /// <summary>Seconds the builder may stay silent; 0 for no limit.</summary>
    public int MaxSilentTime { get; init; }
}
