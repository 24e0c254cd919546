namespace Arca.Language.Values;

/// <summary>A 64-bit signed integer. Small values are shared, so arithmetic on counters allocates nothing.</summary>
public sealed class NixInt : Value
{
    private const int CacheMin = -256, CacheMax = 1024;
    private static readonly NixInt[] Cache = BuildCache();

    public long Value { get; }

    private NixInt(long value) => Value = value;

    public static NixInt Of(long value) =>
        value is >= CacheMin and <= CacheMax ? Cache[value - CacheMin] : new NixInt(value);

    public override ValueKind Kind => ValueKind.Int;

    private static NixInt[] BuildCache()
    {
        var cache = new NixInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new NixInt(i + CacheMin);
        return cache;
    }
}
