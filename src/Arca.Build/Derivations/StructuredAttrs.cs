namespace Arca.Build.Derivations;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Arca.Core;

/// <summary>
/// <c>__structuredAttrs</c>: the derivation's attributes as one JSON object (<c>__json</c>), handed to the
/// builder as <c>.attrs.json</c> (with an added <c>outputs</c> object) and as <c>.attrs.sh</c>, bash
/// <c>declare</c> lines for the simple values. Written as Nix's JSON library writes: keys sorted by bytes,
/// compact, only control characters escaped.
/// </summary>
public sealed class StructuredAttrs
{
    public const string EnvironmentName = "__json";

    private StructuredAttrs(JsonObject attrs) => Attributes = attrs;

    public JsonObject Attributes { get; }

    /// <summary>Parses the <c>__json</c> value, a byte string (one char per byte) of UTF-8 JSON.</summary>
    public static StructuredAttrs Parse(string byteString)
    {
        var bytes = new byte[byteString.Length];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)byteString[i];
        try
        {
            return JsonNode.Parse(bytes) is JsonObject o
                ? new StructuredAttrs(o)
                : throw new ArcaException($"cannot process {EnvironmentName} attribute: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new ArcaException($"cannot process {EnvironmentName} attribute: {e.Message}");
        }
    }

    /// <summary>The object written to <c>.attrs.json</c>: the attributes plus <c>outputs</c> (name → path).</summary>
    public JsonObject Prepare(IReadOnlyDictionary<string, string> outputPaths)
    {
        var copy = (JsonObject)Attributes.DeepClone();
        var outputs = new JsonObject();
        foreach (var (name, path) in outputPaths) outputs[name] = path;
        copy["outputs"] = outputs;
        return copy;
    }

    public JsonNode? Get(string name) => Attributes.TryGetPropertyValue(name, out var v) ? v : null;

    // ---- nlohmann::json::dump() ----

    public static byte[] Dump(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject o:
                sb.Append('{');
                bool first = true;
                foreach (var (key, value) in SortedByBytes(o))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    Write(sb, value);
                }
                sb.Append('}');
                break;
            case JsonArray a:
                sb.Append('[');
                for (int i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, a[i]);
                }
                sb.Append(']');
                break;
            case JsonValue v:
                WriteValue(sb, v);
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonValue v)
    {
        switch (v.GetValueKind())
        {
            case JsonValueKind.String: WriteString(sb, v.GetValue<string>()); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Null: sb.Append("null"); break;
            case JsonValueKind.Number:
                var number = Number(v);
                if (number.TryGetInt64(out var l)) sb.Append(l.ToString(CultureInfo.InvariantCulture));
                else if (number.TryGetUInt64(out var u)) sb.Append(u.ToString(CultureInfo.InvariantCulture));
                else sb.Append(FormatDouble(number.GetDouble()));
                break;
            default: sb.Append(v.ToJsonString()); break;
        }
    }

    /// <summary>A number as a JsonElement whatever the node was built from (parsed text or a .NET value).</summary>
    private static JsonElement Number(JsonValue v) =>
        v.TryGetValue<JsonElement>(out var e) ? e : JsonDocument.Parse(v.ToJsonString()).RootElement;

    private static string FormatDouble(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        if (s.Contains('e') && !s.Contains("e-") && !s.Contains("e+")) s = s.Replace("e", "e+");
        if (!s.Contains('.') && !s.Contains('e')) s += ".0";
        return s;
    }

    private static void WriteString(StringBuilder sb, string s) => Arca.Core.Json.JsonString.AppendQuoted(sb, s);

    private static List<KeyValuePair<string, JsonNode?>> SortedByBytes(JsonObject o)
    {
        var list = new List<KeyValuePair<string, JsonNode?>>(o);
        list.Sort((a, b) => CompareUtf8(a.Key, b.Key));
        return list;
    }

    private static int CompareUtf8(string a, string b) =>
        Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));

    // ---- .attrs.sh ----

    /// <summary>Nix's <c>writeShell</c>: bash declarations for every attribute named like a shell variable.</summary>
    public static byte[] WriteShell(JsonObject json)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in SortedByBytes(json))
        {
            if (!IsShellVariableName(key)) continue;
            if (Simple(value) is { } simple)
            {
                sb.Append("declare ").Append(key).Append('=').Append(simple).Append('\n');
            }
            else if (value is JsonArray array)
            {
                var items = new StringBuilder();
                bool good = true;
                foreach (var item in array)
                {
                    if (Simple(item) is not { } s) { good = false; break; }
                    items.Append(s).Append(' ');
                }
                if (good) sb.Append("declare -a ").Append(key).Append("=(").Append(items).Append(")\n");
            }
            else if (value is JsonObject obj)
            {
                var items = new StringBuilder();
                bool good = true;
                foreach (var (k2, v2) in SortedByBytes(obj))
                {
                    if (Simple(v2) is not { } s) { good = false; break; }
                    items.Append('[').Append(ShellQuote(k2)).Append("]=").Append(s).Append(' ');
                }
                if (good) sb.Append("declare -A ").Append(key).Append("=(").Append(items).Append(")\n");
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string? Simple(JsonNode? value)
    {
        if (value is null) return "''";
        if (value is not JsonValue v) return null;
        switch (v.GetValueKind())
        {
            case JsonValueKind.String: return ShellQuote(v.GetValue<string>());
            case JsonValueKind.Null: return "''";
            case JsonValueKind.True: return "1";
            case JsonValueKind.False: return "";
            case JsonValueKind.Number:
                // Nix reads the number as a float and prints it as an int when it is integral.
                var number = Number(v);
                float f = (float)number.GetDouble();
                if (MathF.Ceiling(f) != f) return null;
                return number.TryGetInt32(out var i) ? i.ToString(CultureInfo.InvariantCulture) : ((int)f).ToString(CultureInfo.InvariantCulture);
            default: return null;
        }
    }

    private static string ShellQuote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    private static bool IsShellVariableName(string key)
    {
        if (key.Length == 0) return false;
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            bool ok = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_' || (i > 0 && c is >= '0' and <= '9');
            if (!ok) return false;
        }
        return true;
    }
}
