namespace Arca.Store.Local;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>What the database records about a valid store path (one row of <c>ValidPaths</c> plus its <c>Refs</c>).</summary>
public sealed record ValidPathInfo
{
    public required StorePath Path { get; init; }

    /// <summary>SHA-256 of the path's NAR serialisation; stored as <c>sha256:BASE16</c>.</summary>
    public required Hash NarHash { get; init; }

    public required long NarSize { get; init; }

    public IReadOnlySet<StorePath> References { get; init; } = SortedStorePathSet.Empty;

    public StorePath? Deriver { get; init; }

    /// <summary>Seconds since the epoch when the path became valid.</summary>
    public long RegistrationTime { get; init; }

    /// <summary>Whether this store built the path itself (trusted without signatures).</summary>
    public bool Ultimate { get; init; }

    public IReadOnlyList<string> Signatures { get; init; } = [];

    public ContentAddress? ContentAddress { get; init; }
}
