namespace Arca.Language.Text;

/// <summary>A JSON object or TOML table: keys in document order, each present once.</summary>
public sealed class DataObject : DataNode
{
    /// <summary>Small objects are searched linearly; the index exists once there are more members than this.</summary>
    private const int IndexThreshold = 8;

    private readonly List<KeyValuePair<string, DataNode>> _entries = [];
    private Dictionary<string, int>? _index;

    /// <summary>The members in the order they were first defined.</summary>
    public IReadOnlyList<KeyValuePair<string, DataNode>> Entries => _entries;

    public int Count => _entries.Count;

    public bool TryGetValue(string key, out DataNode value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }
        value = null!;
        return false;
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
            return _index.TryGetValue(key, out int i) ? i : -1;
        for (int i = 0; i < _entries.Count; i++)
            if (string.Equals(_entries[i].Key, key))
                return i;
        return -1;
    }

    public DataNode this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Adds a member or replaces the value of an existing one (keeping its position).</summary>
    internal void Set(string key, DataNode value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            _entries[i] = new(key, value);
            return;
        }
        _index?.Add(key, _entries.Count);
        _entries.Add(new(key, value));
        if (_index is null && _entries.Count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_entries.Count * 2, StringComparer.Ordinal);
            for (int k = 0; k < _entries.Count; k++)
                _index.Add(_entries[k].Key, k);
        }
    }
}
