namespace Arca.Language.Syntax;

/// <summary>
/// A list that grows by doubling, for the parser's short-lived collections of structs (positions, the parts of an
/// indented string). A type of Arca's own on purpose: <c>List&lt;T&gt;</c> (and span helpers) over a struct of
/// Arca's are generic instantiations the precompiled framework does not have, so every start compiled them at run
/// time; this one is precompiled with the rest of the assembly.
/// </summary>
internal sealed class GrowableArray<T>(int capacity = 4)
{
    private T[] items = new T[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    public T this[int index] => index < Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            var grown = new T[items.Length * 2];
            Array.Copy(items, grown, Count);
            items = grown;
        }
        items[Count++] = item;
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        Array.Copy(items, result, Count);
        return result;
    }
}
