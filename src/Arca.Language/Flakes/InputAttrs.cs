namespace Arca.Language.Flakes;

using System.Globalization;
using System.Text;
using Arca.Language.Text;

/// <summary>
/// A fetcher input's attributes, ordered by name as Nix's <c>std::map</c>, with Nix's typed accessors and their
/// error wording (which shows the whole set as compact JSON).
/// </summary>
public sealed class InputAttrs : SortedDictionary<string, InputAttr>
{
    public InputAttrs() : base(StringComparer.Ordinal) { }

    public InputAttrs(InputAttrs other) : base(other, StringComparer.Ordinal) { }

    public void Set(string name, string value) => this[name] = InputAttr.Of(value);

    public void Set(string name, ulong value) => this[name] = InputAttr.Of(value);

    public void Set(string name, bool value) => this[name] = InputAttr.Of(value);

    public string? MaybeGetString(string name)
    {
        if (!TryGetValue(name, out var attr)) return null;
        return attr.Kind == InputAttrKind.String
            ? attr.Text
            : throw new FlakeRefException($"input attribute '{name}' is not a string {ToJson()}");
    }

    public string GetString(string name) =>
        MaybeGetString(name) ?? throw new FlakeRefException($"input attribute '{name}' is missing");

    public ulong? MaybeGetInteger(string name)
    {
        if (!TryGetValue(name, out var attr)) return null;
        return attr.Kind == InputAttrKind.Integer
            ? attr.Integer
            : throw new FlakeRefException($"input attribute '{name}' is not an integer");
    }

    public bool? MaybeGetBoolean(string name)
    {
        if (!TryGetValue(name, out var attr)) return null;
        return attr.Kind == InputAttrKind.Boolean
            ? attr.Boolean
            : throw new FlakeRefException($"input attribute '{name}' is not a Boolean");
    }

    /// <summary>Nix's attrsToJSON(…).dump(): compact, keys in order.</summary>
    public string ToJson()
    {
        var builder = new StringBuilder("{");
        bool first = true;
        foreach (var (name, attr) in this)
        {
            if (!first) builder.Append(',');
            first = false;
            JsonWriter.AppendString(builder, name);
            builder.Append(':');
            switch (attr.Kind)
            {
                case InputAttrKind.String: JsonWriter.AppendString(builder, attr.Text); break;
                case InputAttrKind.Integer: builder.Append(attr.Integer.ToString(CultureInfo.InvariantCulture)); break;
                default: builder.Append(attr.Boolean ? "true" : "false"); break;
            }
        }
        // nlohmann prints an empty object as {} and a null (never filled) json as null; Nix builds the object by
        // assignment, so no attributes at all print as null.
        return first ? "null" : builder.Append('}').ToString();
    }

    /// <summary>Nix's attrsToQuery: every attribute as a query parameter (integers in decimal, Booleans as 1/0).</summary>
    public SortedDictionary<string, string> ToQuery()
    {
        var query = UrlEncoding.NewQuery();
        foreach (var (name, attr) in this)
            query[name] = attr.Kind switch
            {
                InputAttrKind.String => attr.Text,
                InputAttrKind.Integer => attr.Integer.ToString(CultureInfo.InvariantCulture),
                _ => attr.Boolean ? "1" : "0",
            };
        return query;
    }
}
