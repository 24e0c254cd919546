namespace Arca.Store.Derivations;

/// <summary>
/// Nix's <c>DerivationType</c>: what the outputs of a derivation are, which decides how its output paths and its
/// hash modulo are computed. All outputs of one derivation have the same kind.
/// </summary>
public enum DerivationKind
{
    /// <summary>Every output path is a hash of the derivation.</summary>
    InputAddressed,
    /// <summary>Input-addressed, but the paths cannot be computed yet (an input is a floating CA derivation).</summary>
    DeferredInputAddressed,
    /// <summary>One output <c>out</c> whose content hash is declared: a fetcher.</summary>
    FixedOutput,
    /// <summary>Content-addressed outputs whose hashes are known after building (ca-derivations).</summary>
    Floating,
    /// <summary>Impure derivation (impure-derivations): not sandboxed, rebuilt every time.</summary>
    Impure,
}

public static class DerivationKindExtensions
{
    /// <summary>Nix's <c>isCA</c>: fixed-output, floating and impure derivations.</summary>
    public static bool IsContentAddressed(this DerivationKind kind) =>
        kind is DerivationKind.FixedOutput or DerivationKind.Floating or DerivationKind.Impure;

    /// <summary>Nix's <c>isFixed</c>.</summary>
    public static bool IsFixed(this DerivationKind kind) => kind == DerivationKind.FixedOutput;

    /// <summary>Nix's <c>hasKnownOutputPaths</c>.</summary>
    public static bool HasKnownOutputPaths(this DerivationKind kind) =>
        kind is DerivationKind.InputAddressed or DerivationKind.FixedOutput;

    /// <summary>Nix's <c>isSandboxed</c>: fixed-output and impure derivations may use the network.</summary>
    public static bool IsSandboxed(this DerivationKind kind) =>
        kind is DerivationKind.InputAddressed or DerivationKind.DeferredInputAddressed or DerivationKind.Floating;

    public static bool IsImpure(this DerivationKind kind) => kind == DerivationKind.Impure;
}
