namespace Arca.Language.Builtins;

using Arca.Language.Text;
using Arca.Language.Values;
using NixFloat = Arca.Language.Values.NixFloat;

/// <summary>Turns the neutral trees of the JSON and TOML readers into Nix values (fromJSON, fromTOML).</summary>
internal static class DataValues
{
    /// <summary>
    /// Converts <paramref name="node"/>; <paramref name="dateTime"/> decides what a TOML date/time becomes (a value,
    /// or an exception). An explicit stack would only matter beyond the readers' own nesting, which is bounded by
    /// the native stack they parse with, so plain recursion is safe here.
    /// </summary>
    public static Value ToValue(DataNode node, Func<DataDateTime, Value> dateTime) => node switch
    {
        DataString s => NixString.Of(s.Value),
        DataInteger i => NixInt.Of(i.Value),
        DataFloat f => new NixFloat(f.Value),
        DataBoolean b => NixBool.Of(b.Value),
        DataNull => NixNull.Instance,
        DataArray a => ToList(a, dateTime),
        DataObject o => ToAttrs(o, dateTime),
        DataDateTime d => dateTime(d),
        _ => throw new InvalidOperationException($"unexpected data node {node.GetType().Name}"),
    };

    private static NixList ToList(DataArray array, Func<DataDateTime, Value> dateTime)
    {
        var items = array.Items;
        if (items.Count == 0) return NixList.Empty;
        var values = new Value[items.Count];
        for (int i = 0; i < values.Length; i++) values[i] = ToValue(items[i], dateTime);
        return new NixList(values);
    }

    private static NixAttrs ToAttrs(DataObject obj, Func<DataDateTime, Value> dateTime)
    {
        int count = obj.Count;
        if (count == 0) return NixAttrs.Empty;
        // The keys are unique already, so sorting two parallel arrays is all a set needs (no builder, no copies):
        // large documents are mostly objects, and this is where converting them spends its time.
        var names = new string[count];
        var values = new Value[count];
        var entries = obj.Entries;
        bool sorted = true;
        for (int i = 0; i < count; i++)
        {
            var (key, value) = entries[i];
            names[i] = key;
            values[i] = ToValue(value, dateTime);
            if (i > 0 && sorted && string.CompareOrdinal(names[i - 1], key) > 0) sorted = false;
        }
        if (!sorted) Array.Sort(names, values, StringComparer.Ordinal);
        return new NixAttrs(names, values, null);
    }
}
