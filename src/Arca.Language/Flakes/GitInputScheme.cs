namespace Arca.Language.Flakes;

using System.Text;
using Arca.Language.Text;

/// <summary>Nix's <c>git</c> input scheme: <c>git+https://…?ref=…&amp;rev=…&amp;submodules=1</c>, <c>git://…</c>.</summary>
public sealed class GitInputScheme : InputScheme
{
    private static readonly HashSet<string> Allowed = Names(
        "url", "ref", "rev", "shallow", "submodules", "lfs", "exportIgnore", "lastModified", "revCount", "narHash",
        "allRefs", "name", "dirtyRev", "dirtyShortRev", "verifyCommit", "keytype", "publicKey", "publicKeys");

    public override string Name => "git";

    public override IReadOnlySet<string> AllowedAttrs => Allowed;

    public override InputAttrs? AttrsFromUrl(ParsedUrl url, bool requireTree, FlakeRefEnvironment environment)
    {
        if (url.Scheme != "git" && ParsedUrl.SplitScheme(url.Scheme).Application != "git") return null;
        var remaining = url.Clone();
        remaining.Query.Clear();
        var attrs = new InputAttrs();
        attrs.Set("type", "git");
        foreach (var (name, value) in url.Query)
        {
            if (name is "rev" or "ref" or "keytype" or "publicKey" or "publicKeys")
                attrs.TryAdd(name, InputAttr.Of(value));
            else if (name is "shallow" or "submodules" or "lfs" or "exportIgnore" or "allRefs" or "verifyCommit")
                attrs.TryAdd(name, InputAttr.Of(value == "1"));
            else
                remaining.Query.TryAdd(name, value);
        }
        attrs.TryAdd("url", InputAttr.Of(remaining.ToString()));
        return ValidateAttrs(attrs, environment);
    }

    public override InputAttrs ValidateAttrs(InputAttrs attrs, FlakeRefEnvironment environment)
    {
        foreach (var name in attrs.Keys)
            if (name is "verifyCommit" or "keytype" or "publicKey" or "publicKeys")
                environment.Require("verified-fetches");
        attrs.MaybeGetBoolean("verifyCommit");
        if (attrs.MaybeGetString("ref") is { } reference && !GitRefNames.IsLegal(reference))
            throw new BadUrlException($"invalid Git branch/tag name '{reference}'");
        var result = new InputAttrs(attrs);
        result.Set("url", GitUrl.Fix(attrs.GetString("url"), environment.Warn).ToString());
        result.MaybeGetBoolean("shallow");
        result.MaybeGetBoolean("submodules");
        result.MaybeGetBoolean("allRefs");
        return result;
    }

    public override ParsedUrl ToUrl(FetcherInput input, FlakeRefEnvironment environment)
    {
        var attrs = input.Attrs;
        var url = ParsedUrl.Parse(attrs.GetString("url"), lenient: false, environment.Warn);
        if (url.Scheme != "git") url.Scheme = "git+" + url.Scheme;
        if (input.Rev is { } rev) url.Query["rev"] = rev.ToBase16();
        if (input.Ref is { } reference) url.Query["ref"] = reference;
        if (attrs.MaybeGetBoolean("shallow") == true) url.Query["shallow"] = "1";
        if (attrs.MaybeGetBoolean("lfs") == true) url.Query["lfs"] = "1";
        if (attrs.MaybeGetBoolean("submodules") == true) url.Query["submodules"] = "1";
        if (attrs.MaybeGetBoolean("exportIgnore") == true) url.Query["exportIgnore"] = "1";
        if (attrs.MaybeGetBoolean("verifyCommit") == true) url.Query["verifyCommit"] = "1";
        var keys = PublicKeys(attrs);
        if (keys.Count == 1)
        {
            url.Query["keytype"] = keys[0].Type;
            url.Query["publicKey"] = keys[0].Key;
        }
        else if (keys.Count > 1)
        {
            url.Query["publicKeys"] = PublicKeysJson(keys);
        }
        return url;
    }

    /// <summary>Nix's getPublicKeys: the JSON list in <c>publicKeys</c>, then <c>publicKey</c> with its <c>keytype</c>.</summary>
    private static List<(string Type, string Key)> PublicKeys(InputAttrs attrs)
    {
        var keys = new List<(string, string)>();
        if (attrs.ContainsKey("publicKeys"))
        {
            DataNode json;
            try
            {
                json = JsonReader.Parse(attrs.GetString("publicKeys"));
            }
            catch (JsonException e)
            {
                throw new FlakeRefException(e.Message);
            }
            if (json is not DataArray array) throw new FlakeRefException($"Expected JSON value to be of type 'array' but it is of type '{JsonTypeName(json)}'");
            foreach (var item in array.Items)
            {
                if (item is not DataObject obj) throw new FlakeRefException($"Expected JSON value to be of type 'object' but it is of type '{JsonTypeName(item)}'");
                var type = "ssh-ed25519";
                if (obj.TryGetValue("type", out var t)) type = StringOf(t);
                if (!obj.TryGetValue("key", out var k)) throw new FlakeRefException("Expected JSON object to contain key 'key' but it doesn't");
                keys.Add((type, StringOf(k)));
            }
        }
        if (attrs.ContainsKey("publicKey"))
            keys.Add((attrs.MaybeGetString("keytype") ?? "ssh-ed25519", attrs.GetString("publicKey")));
        return keys;
    }

    private static string StringOf(DataNode node) =>
        node is DataString s ? s.Value : throw new FlakeRefException($"Expected JSON value to be of type 'string' but it is of type '{JsonTypeName(node)}'");

    private static string JsonTypeName(DataNode node) => node switch
    {
        DataArray => "array",
        DataObject => "object",
        DataString => "string",
        DataBoolean => "boolean",
        DataNull => "null",
        _ => "number",
    };

    /// <summary>Nix's publicKeys_to_string: a compact JSON list of <c>{"key":…,"type":…}</c>.</summary>
    private static string PublicKeysJson(List<(string Type, string Key)> keys)
    {
        var builder = new StringBuilder("[");
        for (int i = 0; i < keys.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append("{\"key\":");
            JsonWriter.AppendString(builder, keys[i].Key);
            builder.Append(",\"type\":");
            JsonWriter.AppendString(builder, keys[i].Type);
            builder.Append('}');
        }
        return builder.Append(']').ToString();
    }
}
