namespace Arca.Language.Text;

/// <summary>A JSON object or TOML table: keys in document order, each present once.</summary>
public sealed class DataObject : DataNode
{
    private readonly List<KeyValuePair<string, DataNode>> _entries;
    private readonly Dictionary<string, int> _index;

    public DataObject()
    {
        _entries = [];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>The members in the order they were first defined.</summary>
    public IReadOnlyList<KeyValuePair<string, DataNode>> Entries => _entries;

    public int Count => _entries.Count;

    public bool TryGetValue(string key, out DataNode value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            value = _entries[i].Value;
            return true;
        }
        value = null!;
        return false;
    }

    public DataNode this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Adds a member or replaces the value of an existing one (keeping its position).</summary>
    internal void Set(string key, DataNode value)
    {
        if (_index.TryGetValue(key, out int i))
            _entries[i] = new(key, value);
        else
        {
            _index.Add(key, _entries.Count);
            _entries.Add(new(key, value));
        }
    }
}
