namespace Arca.Language.Flakes;

/// <summary>
/// What flake-reference parsing needs from its caller: where Nix's warnings go, and which experimental features are
/// on (some input schemes and attributes require one, as in Nix).
/// </summary>
public sealed record FlakeRefEnvironment(Action<string> Warn, Func<string, bool> IsFeatureEnabled)
{
    /// <summary>Nix's experimentalFeatureSettings.require.</summary>
    public void Require(string? feature)
    {
        if (feature is null || IsFeatureEnabled(feature)) return;
        throw new FlakeRefException(
            $"experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it");
    }
}
