namespace Arca.Store.Derivations;

using System.Text;
using System.Text.Json;
using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Derivations as JSON, in the two layouts users meet: latest Nix's <c>nix derivation show</c> (format version 4:
/// sorted keys, store paths as base names, inputs as <c>{srcs, drvs}</c>, content addresses as SRI hashes, structured
/// attributes as JSON) and Nix 2.8's <c>nix show-derivation</c> (full paths, <c>inputSrcs</c>/<c>inputDrvs</c>,
/// <c>hashAlgo</c>/<c>hash</c>, always indented). Strings are byte strings in and out.
/// </summary>
public static class DerivationJson
{
    public const int LatestVersion = 4;

    /// <summary><c>{"derivations": {BASENAME: {…}}, "version": 4}</c>.</summary>
    public static string Latest(IEnumerable<(StorePath Path, Derivation Derivation)> derivations, bool pretty)
    {
        var json = new JsonText(pretty);
        json.BeginObject();
        json.Key("derivations");
        json.BeginObject();
        foreach (var (path, drv) in Sorted(derivations))
        {
            json.Key(path.BaseName);
            WriteLatest(json, drv);
        }
        json.EndObject();
        json.Key("version");
        json.Raw(LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.EndObject();
        return json.ToString();
    }

    private static void WriteLatest(JsonText json, Derivation drv)
    {
        json.BeginObject();
        json.Key("args");
        json.BeginArray();
        foreach (var arg in drv.Arguments) json.String(arg);
        json.EndArray();
        json.Key("builder");
        json.String(drv.Builder);
        json.Key("env");
        json.BeginObject();
        drv.Environment.TryGetValue("__json", out var structured);
        foreach (var (key, value) in drv.Environment)
        {
            if (key == "__json") continue;
            json.Key(key);
            json.String(value);
        }
        json.EndObject();
        json.Key("inputs");
        json.BeginObject();
        json.Key("drvs");
        json.BeginObject();
        foreach (var (path, node) in drv.InputDerivations)
        {
            json.Key(path.BaseName);
            WriteInputNode(json, node);
        }
        json.EndObject();
        json.Key("srcs");
        json.BeginArray();
        foreach (var src in drv.InputSources) json.String(src.BaseName);
        json.EndArray();
        json.EndObject();
        json.Key("name");
        json.String(drv.Name);
        json.Key("outputs");
        json.BeginObject();
        foreach (var (name, output) in drv.Outputs)
        {
            json.Key(name);
            json.BeginObject();
            switch (output)
            {
                case DerivationOutput.InputAddressed ia:
                    json.Key("path");
                    json.String(ia.Path.BaseName);
                    break;
                case DerivationOutput.ContentAddressedFixed fixedOutput:
                    json.Key("hash");
                    json.String(fixedOutput.Address.Hash.ToSri());
                    json.Key("method");
                    json.String(MethodName(fixedOutput.Address.Method));
                    break;
                case DerivationOutput.ContentAddressedFloating floating:
                    json.Key("hashAlgo");
                    json.String(floating.Algorithm.Name());
                    json.Key("method");
                    json.String(MethodName(floating.Method));
                    break;
                case DerivationOutput.Impure impure:
                    json.Key("hashAlgo");
                    json.String(impure.Algorithm.Name());
                    json.Key("impure");
                    json.Bool(true);
                    json.Key("method");
                    json.String(MethodName(impure.Method));
                    break;
            }
            json.EndObject();
        }
        json.EndObject();
        if (structured is not null)
        {
            json.Key("structuredAttrs");
            WriteParsed(json, structured);
        }
        json.Key("system");
        json.String(drv.Platform);
        json.Key("version");
        json.Raw(LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.EndObject();
    }

    private static void WriteInputNode(JsonText json, DerivationInputNode node)
    {
        json.BeginObject();
        json.Key("dynamicOutputs");
        json.BeginObject();
        foreach (var (name, child) in node.DynamicOutputs)
        {
            json.Key(name);
            WriteInputNode(json, child);
        }
        json.EndObject();
        json.Key("outputs");
        json.BeginArray();
        foreach (var output in node.Outputs) json.String(output);
        json.EndArray();
        json.EndObject();
    }

    /// <summary>Nix's <c>ContentAddressMethod::render</c>.</summary>
    public static string MethodName(ContentAddressMethod method) => method switch
    {
        ContentAddressMethod.NixArchive => "nar",
        ContentAddressMethod.Flat => "flat",
        ContentAddressMethod.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The structured attributes, re-laid out: objects sorted by key bytes as nlohmann keeps them, numbers as written.</summary>
    private static void WriteParsed(JsonText json, string bytes)
    {
        using var document = JsonDocument.Parse(Encoding.Latin1.GetBytes(bytes));
        WriteElement(json, document.RootElement);
    }

    private static void WriteElement(JsonText json, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<(byte[] Utf8, string Key, JsonElement Value)>();
                foreach (var property in element.EnumerateObject())
                {
                    var utf8 = Encoding.UTF8.GetBytes(property.Name);
                    members.Add((utf8, Encoding.Latin1.GetString(utf8), property.Value));
                }
                members.Sort((a, b) => a.Utf8.AsSpan().SequenceCompareTo(b.Utf8));
                json.BeginObject();
                foreach (var (_, key, value) in members)
                {
                    json.Key(key);
                    WriteElement(json, value);
                }
                json.EndObject();
                break;
            case JsonValueKind.Array:
                json.BeginArray();
                foreach (var item in element.EnumerateArray()) WriteElement(json, item);
                json.EndArray();
                break;
            case JsonValueKind.String:
                json.String(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(element.GetString()!)));
                break;
            default:
                json.Raw(element.GetRawText());
                break;
        }
    }

    /// <summary>Nix 2.8's <c>nix show-derivation</c>: <c>{PATH: {outputs, inputSrcs, inputDrvs, system, builder, args, env}}</c>, indented.</summary>
    public static string Nix28(IEnumerable<(StorePath Path, Derivation Derivation)> derivations, StoreDirectory store)
    {
        var json = new JsonText(pretty: true);
        json.BeginObject();
        foreach (var (path, drv) in Sorted(derivations))
        {
            json.Key(store.Print(path));
            json.BeginObject();
            json.Key("outputs");
            json.BeginObject();
            foreach (var (name, output) in drv.Outputs)
            {
                json.Key(name);
                json.BeginObject();
                if (output.GetPath(store, drv.Name, name) is { } outPath)
                {
                    json.Key("path");
                    json.String(store.Print(outPath));
                }
                switch (output)
                {
                    case DerivationOutput.ContentAddressedFixed fixedOutput:
                        json.Key("hashAlgo");
                        json.String(DerivationOutput.PrintMethodAlgorithm(fixedOutput.Address.Method, fixedOutput.Address.Hash.Algorithm));
                        json.Key("hash");
                        json.String(fixedOutput.Address.Hash.ToBase16());
                        break;
                    case DerivationOutput.ContentAddressedFloating floating:
                        json.Key("hashAlgo");
                        json.String(DerivationOutput.PrintMethodAlgorithm(floating.Method, floating.Algorithm));
                        break;
                    case DerivationOutput.Impure impure:
                        json.Key("hashAlgo");
                        json.String(DerivationOutput.PrintMethodAlgorithm(impure.Method, impure.Algorithm));
                        json.Key("impure");
                        json.Bool(true);
                        break;
                }
                json.EndObject();
            }
            json.EndObject();
            json.Key("inputSrcs");
            json.BeginArray();
            foreach (var src in drv.InputSources) json.String(store.Print(src));
            json.EndArray();
            json.Key("inputDrvs");
            json.BeginObject();
            foreach (var (input, node) in drv.InputDerivations)
            {
                json.Key(store.Print(input));
                json.BeginArray();
                foreach (var output in node.Outputs) json.String(output);
                json.EndArray();
            }
            json.EndObject();
            json.Key("system");
            json.String(drv.Platform);
            json.Key("builder");
            json.String(drv.Builder);
            json.Key("args");
            json.BeginArray();
            foreach (var arg in drv.Arguments) json.String(arg);
            json.EndArray();
            json.Key("env");
            json.BeginObject();
            foreach (var (key, value) in drv.Environment)
            {
                json.Key(key);
                json.String(value);
            }
            json.EndObject();
            json.EndObject();
        }
        json.EndObject();
        return json.ToString();
    }

    private static List<(StorePath Path, Derivation Derivation)> Sorted(IEnumerable<(StorePath Path, Derivation Derivation)> derivations)
    {
        var list = new List<(StorePath Path, Derivation Derivation)>(derivations);
        list.Sort((a, b) => a.Path.CompareTo(b.Path));
        return list;
    }
}
