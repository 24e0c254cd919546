namespace Arca.Build.Goals;

/// <summary>Nix's <c>BuildMode</c>: build what is missing, rebuild to compare (<c>--check</c>), or rebuild to fix (<c>--repair</c>).</summary>
public enum BuildMode
{
    Normal,
    Check,
    Repair,
}
