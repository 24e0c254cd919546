namespace Arca.Build.Derivations;

using System.Text.Json;
using System.Text.Json.Nodes;
using Arca.Core;
using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// The build-time options a derivation carries in its environment (or, with <c>__structuredAttrs</c>, in its
/// JSON): output checks, <c>passAsFile</c>, <c>__noChroot</c>, <c>impureEnvVars</c>,
/// <c>unsafeDiscardReferences</c>, <c>requiredSystemFeatures</c>. Read as Nix's <c>DerivationOptions</c> reads them.
/// </summary>
public sealed record DerivationOptions
{
    /// <summary>Checks for every output (plain attributes), or null when <see cref="PerOutputChecks"/> applies.</summary>
    public OutputChecks? AllOutputChecks { get; init; }

    /// <summary><c>outputChecks.&lt;output&gt;</c> (structured attributes).</summary>
    public IReadOnlyDictionary<string, OutputChecks> PerOutputChecks { get; init; } = new Dictionary<string, OutputChecks>();

    public IReadOnlySet<string> PassAsFile { get; init; } = new HashSet<string>();

    public bool NoChroot { get; init; }

    public IReadOnlyList<string> ImpureEnvVars { get; init; } = [];

    public IReadOnlyDictionary<string, bool> UnsafeDiscardReferences { get; init; } = new Dictionary<string, bool>();

    public IReadOnlySet<string> RequiredSystemFeatures { get; init; } = new HashSet<string>();

    public OutputChecks? ChecksFor(string outputName) =>
        AllOutputChecks ?? PerOutputChecks.GetValueOrDefault(outputName);

    public static DerivationOptions From(Derivation drv, StructuredAttrs? structured, StoreDirectory store)
    {
        ReferenceSpec ParseRef(string s) =>
            store.TryParsePath(s, out var path) ? new ReferenceSpec(path, null) : new ReferenceSpec(null, s);

        if (structured is null)
        {
            var env = drv.Environment;
            IReadOnlyList<ReferenceSpec>? Set(string name) =>
                env.TryGetValue(name, out var v) ? Tokenize(v).Select(ParseRef).ToList() : null;
            return new DerivationOptions
            {
                AllOutputChecks = new OutputChecks
                {
                    IgnoreSelfReferences = true,
                    AllowedReferences = Set("allowedReferences"),
                    AllowedRequisites = Set("allowedRequisites"),
                    DisallowedReferences = Set("disallowedReferences") ?? [],
                    DisallowedRequisites = Set("disallowedRequisites") ?? [],
                },
                PassAsFile = env.TryGetValue("passAsFile", out var paf) ? Tokenize(paf).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
                NoChroot = env.TryGetValue("__noChroot", out var nc) && nc == "1",
                ImpureEnvVars = env.TryGetValue("impureEnvVars", out var iev) ? Tokenize(iev).Distinct().Order(StringComparer.Ordinal).ToList() : [],
                RequiredSystemFeatures = env.TryGetValue("requiredSystemFeatures", out var rsf) ? Tokenize(rsf).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            };
        }

        var perOutput = new Dictionary<string, OutputChecks>(StringComparer.Ordinal);
        if (structured.Get("outputChecks") is JsonObject checks)
        {
            foreach (var (outputName, value) in checks)
            {
                if (value is not JsonObject o) throw new ArcaException($"'outputChecks.\"{outputName}\"' is not an object");
                IReadOnlyList<ReferenceSpec>? List(string name)
                {
                    if (!o.TryGetPropertyValue(name, out var node)) return null;
                    return StringList(node, $"outputChecks.\"{outputName}\".{name}").Select(ParseRef).ToList();
                }
                perOutput[outputName] = new OutputChecks
                {
                    MaxSize = o.TryGetPropertyValue("maxSize", out var ms) && ms is not null ? ms.GetValue<long>() : null,
                    MaxClosureSize = o.TryGetPropertyValue("maxClosureSize", out var mcs) && mcs is not null ? mcs.GetValue<long>() : null,
                    AllowedReferences = List("allowedReferences"),
                    AllowedRequisites = List("allowedRequisites"),
                    DisallowedReferences = List("disallowedReferences") ?? [],
                    DisallowedRequisites = List("disallowedRequisites") ?? [],
                };
            }
        }
        var discard = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (structured.Get("unsafeDiscardReferences") is JsonObject udr)
            foreach (var (name, value) in udr)
                discard[name] = value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    ? v.GetValue<bool>()
                    : throw new ArcaException($"attribute 'unsafeDiscardReferences.\"{name}\"' must be a Boolean");
        return new DerivationOptions
        {
            PerOutputChecks = perOutput,
            NoChroot = structured.Get("__noChroot") is JsonValue n && n.GetValueKind() == JsonValueKind.True,
            ImpureEnvVars = structured.Get("impureEnvVars") is { } impure ? StringList(impure, "impureEnvVars").Distinct().Order(StringComparer.Ordinal).ToList() : [],
            RequiredSystemFeatures = structured.Get("requiredSystemFeatures") is { } features ? StringList(features, "requiredSystemFeatures").ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            UnsafeDiscardReferences = discard,
        };
    }

    private static IEnumerable<string> Tokenize(string s) =>
        s.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static List<string> StringList(JsonNode? node, string what)
    {
        if (node is not JsonArray array) throw new ArcaException($"attribute '{what}' must be a list of strings");
        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue v && v.GetValueKind() == JsonValueKind.String) result.Add(v.GetValue<string>());
            else throw new ArcaException($"attribute '{what}' must be a list of strings");
        }
        return result;
    }
}
