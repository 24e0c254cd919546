namespace Arca.Build.Derivations;

using Arca.Store.Paths;

/// <summary>
/// A reference specifier in <c>allowedReferences</c> and friends: a store path, or the name of one of the
/// derivation's own outputs.
/// </summary>
public readonly record struct ReferenceSpec(StorePath? Path, string? OutputName);

/// <summary>
/// Nix's <c>OutputChecks</c>: limits on what one output may refer to and how big it may be. A null allowed-set
/// means "no restriction" — quite different from an empty one, which allows nothing.
/// </summary>
public sealed record OutputChecks
{
    /// <summary>Without structured attributes Nix ignores an output's references to itself in the requisite checks.</summary>
    public bool IgnoreSelfReferences { get; init; }

    public long? MaxSize { get; init; }

    public long? MaxClosureSize { get; init; }

    public IReadOnlyList<ReferenceSpec>? AllowedReferences { get; init; }

    public IReadOnlyList<ReferenceSpec>? AllowedRequisites { get; init; }

    public IReadOnlyList<ReferenceSpec> DisallowedReferences { get; init; } = [];

    public IReadOnlyList<ReferenceSpec> DisallowedRequisites { get; init; } = [];
}
