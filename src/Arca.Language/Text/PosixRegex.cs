namespace Arca.Language.Text;

/// <summary>
/// builtins.match and builtins.split: POSIX extended regular expressions with libstdc++'s semantics, over byte
/// strings. Compiled patterns are cached; one instance belongs to one evaluator.
/// </summary>
public sealed class PosixRegex
{
    /// <summary>
    /// Bound on cached patterns (Nix's cache is unbounded); when reached the cache starts afresh. Generous, because
    /// an evaluation cycling through more patterns than this would recompile every one of them.
    /// </summary>
    public const int DefaultCapacity = 65536;

    private readonly Dictionary<string, CompiledPosixRegex> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly int _capacity;

    public PosixRegex(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Number of patterns currently cached.</summary>
    public int CachedCount
    {
        get
        {
            lock (_lock)
                return _cache.Count;
        }
    }

    /// <summary>The compiled form of <paramref name="pattern"/>; throws <see cref="NixRegexException"/> when invalid.</summary>
    public CompiledPosixRegex Get(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        lock (_lock)
        {
            if (_cache.TryGetValue(pattern, out var cached))
                return cached;
        }
        // Invalid patterns throw here and are not cached, as in Nix.
        var compiled = new CompiledPosixRegex(pattern);
        lock (_lock)
        {
            if (_cache.Count >= _capacity)
                _cache.Clear();
            _cache[pattern] = compiled;
        }
        return compiled;
    }

    /// <summary>builtins.match: see <see cref="CompiledPosixRegex.Match"/>.</summary>
    public string?[]? Match(string pattern, string input) => Get(pattern).Match(input);

    /// <summary>builtins.split: see <see cref="CompiledPosixRegex.Split"/>.</summary>
    public PosixSplitResult Split(string pattern, string input) => Get(pattern).Split(input);
}
