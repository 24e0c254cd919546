namespace Arca.Glue.Builtins;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store.Derivations;
using Arca.Store.Paths;

/// <summary>
/// <c>builtins.derivationStrict</c> with latest Nix's semantics: turns the attribute set into a store derivation
/// (environment from the attributes, inputs from the string contexts, outputs input-addressed, fixed or floating),
/// writes it to the store and returns <c>{ drvPath; OUTPUT = path …; }</c> with the contexts that make later
/// derivations depend on it. One instance per call at a time; <see cref="DerivationBuiltins"/> keeps finished
/// instances and reuses them (<see cref="Reset"/>), derivation, maps and context set included, so a package set
/// does not build these afresh for every package.
/// </summary>
internal sealed class DerivationStrict(StoreBridge bridge)
{
    private EvalContext ctx = null!;
    private readonly StringContext.Builder context = new();
    private string drvName = "";
    /// <summary>The derivation being made; null until the first call, then reused (<see cref="Derivation.Reset"/>).</summary>
    private Derivation drv = null!;

    private bool contentAddressed;
    private bool isImpure;
    private string? outputHash;
    private HashAlgorithm? outputHashAlgorithm;
    private ContentAddressMethod? ingestionMethod;
    private IReadOnlyList<string> outputs = DefaultOutputs;

    /// <summary>The outputs of a derivation that names none, and of one that names just <c>out</c>.</summary>
    private static readonly string[] DefaultOutputs = ["out"];

    /// <summary>The derivation's hash as an input, when working out its output paths already gave it.</summary>
    private DerivationHashModulo? hashModulo;

    /// <summary>Makes this instance ready for another call, keeping the room its collections have grown.</summary>
    public void Reset()
    {
        ctx = null!;
        context.Clear();
        drvName = "";
        contentAddressed = false;
        isImpure = false;
        outputHash = null;
        outputHashAlgorithm = null;
        ingestionMethod = null;
        outputs = DefaultOutputs;
        hashModulo = null;
        // The derivation is emptied when the next call names it.
    }

    public Value Run(EvalContext evalContext, Value argument, Pos callPos)
    {
        ctx = evalContext;
        var attrs = ForceAttrs(argument);
        int nameIndex = attrs.IndexOf("name");
        if (nameIndex < 0)
            throw new EvalError("attribute 'name' missing").AddTrace(Pos.None, "in the attrset passed as argument to builtins.derivationStrict");
        var namePos = attrs.PosAt(nameIndex);
        try
        {
            drvName = ctx.ForceStringNoContext(attrs.ValueAt(nameIndex), Pos.None);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating the `name` attribute passed to builtins.derivationStrict")
                                  && Traces.Add(e, namePos, "while evaluating the derivation attribute 'name'"))
        {
            throw;
        }

        try
        {
            return Instantiate(attrs, callPos);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None,
                                      $"while evaluating derivation '{drvName}'\n  whose name attribute is located at {namePos}"))
        {
            throw;
        }
    }

    private NixAttrs ForceAttrs(Value argument)
    {
        var forced = argument.Force(ctx);
        if (forced is NixAttrs attrs) return attrs;
        throw ctx.Expected("a set", forced, Pos.None).AddTrace(Pos.None, "while evaluating the argument passed to builtins.derivationStrict");
    }

    private Value Instantiate(NixAttrs attrs, Pos pos)
    {
        try
        {
            StorePath.CheckName(drvName);
        }
        catch (BadStorePathException e)
        {
            throw new EvalError($"invalid derivation name: {e.Message}. Please pass a different 'name'.", pos);
        }
        if (drv is null) drv = new Derivation(drvName);
        else drv.Reset(drvName);
        // Nearly every attribute becomes a variable, and then the output ("out"): room for all without regrowing.
        EnsureCapacity(drv.Environment, attrs.Count + 1);

        bool structured = attrs.TryGet("__structuredAttrs", out var structuredValue) &&
                          ForceBool(structuredValue, pos, "while evaluating the `__structuredAttrs` attribute passed to builtins.derivationStrict");
        bool ignoreNulls = attrs.TryGet("__ignoreNulls", out var ignoreNullsValue) &&
                           ForceBool(ignoreNullsValue, pos, "while evaluating the `__ignoreNulls` attribute passed to builtins.derivationStrict");
        var json = structured ? new List<(string Key, string Json)>() : null;

        for (int i = 0; i < attrs.Count; i++)
        {
            var key = attrs.NameAt(i);
            if (key == "__ignoreNulls") continue;
            var value = attrs.ValueAt(i);
            try
            {
                if (ignoreNulls && value.Force(ctx) is NixNull) continue;
                ProcessAttribute(key, value, pos, json);
            }
            catch (EvalError e) when (Traces.Add(e, attrs.PosAt(i), $"while evaluating attribute '{key}' of derivation '{drvName}'"))
            {
                throw;
            }
        }

        if (json is not null) drv.Environment["__json"] = StructuredJson(json);

        AddInputsFromContext(pos);

        if (drv.Builder.Length == 0) throw new EvalError("required attribute 'builder' missing", pos);
        if (drv.Platform.Length == 0) throw new EvalError("required attribute 'system' missing", pos);
        if (drvName.EndsWith(DerivationStorePath.Extension, StringComparison.Ordinal) &&
            !(ingestionMethod == ContentAddressMethod.Text && outputs is ["out"]))
            throw new EvalError("derivation names are allowed to end in '.drv' only if they produce a single derivation file", pos);

        DecideOutputs(pos);

        StorePath drvPath;
        try
        {
            drvPath = bridge.WriteDerivation(drv);
            bridge.Hasher.Remember(drvPath, hashModulo ?? bridge.Hasher.HashInput(drv));
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message, pos);
        }
        return Result(drvPath);
    }

    private bool ForceBool(Value value, Pos pos, string errorContext)
    {
        var forced = value.Force(ctx);
        if (forced is NixBool b) return b.Value;
        throw ctx.Expected("a Boolean", forced, pos).AddTrace(pos, errorContext);
    }

    private void ProcessAttribute(string key, Value value, Pos pos, List<(string Key, string Json)>? json)
    {
        switch (key)
        {
            case "__contentAddressed":
                if (ctx.ForceBool(value, pos))
                {
                    RequireFeature("ca-derivations");
                    contentAddressed = true;
                }
                return;
            case "__impure":
                if (ctx.ForceBool(value, pos))
                {
                    RequireFeature("impure-derivations");
                    isImpure = true;
                }
                return;
            case "args":
                var list = ctx.ForceList(value, pos);
                foreach (var item in list.Items)
                {
                    try
                    {
                        drv.Arguments.Add(ctx.CoerceToString(item, pos, EvalContext.Coercion.More | EvalContext.Coercion.CopyToStore, context));
                    }
                    catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating an element of the argument list"))
                    {
                        throw;
                    }
                }
                return;
        }

        if (json is not null)
        {
            if (key == "__structuredAttrs") return;
            json.Add((key, JsonPrinter.Print(ctx, value, pos, copyToStore: true, context)));
            switch (key)
            {
                case "builder":
                    var builder = ctx.ForceString(value, pos);
                    context.Add(builder.Context);
                    drv.Builder = builder.Text;
                    break;
                case "system": drv.Platform = ctx.ForceStringNoContext(value, pos); break;
                case "outputHash": outputHash = ctx.ForceStringNoContext(value, pos); break;
                case "outputHashAlgo": outputHashAlgorithm = ParseAlgorithm(ctx.ForceStringNoContext(value, pos)); break;
                case "outputHashMode": SetHashMode(ctx.ForceStringNoContext(value, pos), pos); break;
                case "outputs":
                    var items = ctx.ForceList(value, pos).Items;
                    var names = new string[items.Length];
                    for (int i = 0; i < names.Length; i++) names[i] = ctx.ForceStringNoContext(items[i], pos);
                    SetOutputs(names, pos);
                    break;
                case "allowedReferences" or "allowedRequisites" or "disallowedReferences" or "disallowedRequisites" or "maxSize" or "maxClosureSize":
                    ctx.Diagnostics.WriteLine(
                        $"warning: 'structuredAttrs' disables the effect of the derivation attribute '{key}'; use 'outputChecks.<output>.{key}' instead");
                    break;
            }
            return;
        }

        var text = ctx.CoerceToString(value, pos, EvalContext.Coercion.More | EvalContext.Coercion.CopyToStore, context);
        // `__json` is kept verbatim in the environment (Nix 2.8 does so; latest Nix re-serialises it).
        drv.Environment[key] = text;
        switch (key)
        {
            case "builder": drv.Builder = text; break;
            case "system": drv.Platform = text; break;
            case "outputHash": outputHash = text; break;
            case "outputHashAlgo": outputHashAlgorithm = ParseAlgorithm(text); break;
            case "outputHashMode": SetHashMode(text, pos); break;
            case "outputs": SetOutputs(Tokenize(text), pos); break;
        }
    }

    /// <summary>Nix's <c>parseHashAlgoOpt</c>: an unknown name is as good as none (the hash must then say).</summary>
    private static HashAlgorithm? ParseAlgorithm(string name) =>
        HashAlgorithmNames.TryParse(name, out var algorithm) ? algorithm : null;

    private void SetHashMode(string mode, Pos pos)
    {
        ingestionMethod = mode switch
        {
            "recursive" or "nar" => ContentAddressMethod.NixArchive,
            "flat" => ContentAddressMethod.Flat,
            "text" => ContentAddressMethod.Text,
            "git" => throw new EvalError("outputHashMode 'git' (git hashing) is not supported by Arca", pos),
            _ => throw new EvalError($"invalid value '{mode}' for 'outputHashMode' attribute", pos),
        };
        if (ingestionMethod == ContentAddressMethod.Text)
            RequireFeature("dynamic-derivations", $"text-hashed derivation '{drvName}', outputHashMode = \"text\"");
    }

    private void SetOutputs(IReadOnlyList<string> names, Pos pos)
    {
        // A derivation has a handful of outputs: comparing each with those before it is cheaper than a hash set.
        for (int i = 0; i < names.Count; i++)
        {
            var name = names[i];
            for (int j = 0; j < i; j++)
                if (string.Equals(names[j], name, StringComparison.Ordinal))
                    throw new EvalError($"duplicate derivation output '{name}'", pos);
            if (name == "drvPath") throw new EvalError("invalid derivation output name 'drvPath'", pos);
        }
        if (names.Count == 0) throw new EvalError("derivation cannot have an empty set of outputs", pos);
        outputs = names;
    }

    /// <summary>Nix's <c>tokenizeString</c> on blanks, tabs and newlines. The usual <c>out</c> alone is the shared default.</summary>
    private static IReadOnlyList<string> Tokenize(string text) =>
        text == "out" ? DefaultOutputs : text.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] TokenSeparators = [' ', '\t', '\n', '\r'];

    private void RequireFeature(string feature, string? what = null)
    {
        if (ctx.Options.ExperimentalFeatures.Contains(feature)) return;
        throw new EvalError(what is null
            ? $"experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it"
            : $"experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it (needed for {what})");
    }

    /// <summary>The <c>__json</c> value: the attributes' JSON in byte order of their names, compact, as nlohmann dumps it.</summary>
    private string StructuredJson(List<(string Key, string Json)> members)
    {
        var sb = new System.Text.StringBuilder("{");
        var unused = new StringContext.Builder();
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(JsonPrinter.Print(ctx, NixString.Of(members[i].Key), Pos.None, copyToStore: false, unused));
            sb.Append(':').Append(members[i].Json);
        }
        return sb.Append('}').ToString();
    }

    /// <summary>
    /// Everything in the context of the strings becomes an input: opaque paths are input sources, outputs are
    /// input derivation outputs, and <c>drvPath</c> contexts bring the whole closure of the .drv with all outputs.
    /// </summary>
    private void AddInputsFromContext(Pos pos)
    {
        var elements = context.Build().Elements;
        // Most elements are outputs of other derivations: room for them all at once rather than regrowing.
        EnsureCapacity(drv.InputDerivations, elements.Length);
        for (int i = 0; i < elements.Length; i++)
        {
            var element = bridge.ParseContextElement(elements[i]);
            switch (element.Kind)
            {
                case ContextKind.DerivationDeep:
                    SortedSet<StorePath> closure;
                    try
                    {
                        closure = bridge.Closure(element.Path);
                    }
                    catch (ArcaException e)
                    {
                        throw new EvalError(e.Message, pos);
                    }
                    foreach (var path in closure)
                    {
                        drv.InputSources.Add(path);
                        if (!path.IsDerivation) continue;
                        foreach (var outputName in bridge.ReadDerivationForEval(path, pos).Outputs.Keys)
                            drv.AddInputDerivationOutput(path, outputName);
                    }
                    break;
                case ContextKind.Built:
                    drv.AddInputDerivationOutput(element.Path, element.Output);
                    break;
                default:
                    drv.InputSources.Add(element.Path);
                    break;
            }
        }
    }

    private void DecideOutputs(Pos pos)
    {
        if (outputHash is not null)
        {
            if (outputs is not ["out"]) throw new EvalError("multiple outputs are not supported in fixed-output derivations", pos);
            var hash = ParseOutputHash(outputHash, pos);
            var method = ingestionMethod ?? ContentAddressMethod.Flat;
            var output = new DerivationOutput.ContentAddressedFixed(new ContentAddress(method, hash));
            ReserveForOutputs();
            try
            {
                drv.Environment["out"] = bridge.Directory.Print(output.ComputePath(bridge.Directory, drvName, "out"));
            }
            catch (BadStorePathException e)
            {
                throw new EvalError(e.Message, pos);
            }
            drv.Outputs["out"] = output;
            return;
        }

        if (contentAddressed || isImpure)
        {
            if (contentAddressed && isImpure) throw new EvalError("derivation cannot be both content-addressed and impure", pos);
            var algorithm = outputHashAlgorithm ?? HashAlgorithm.Sha256;
            var method = ingestionMethod ?? ContentAddressMethod.NixArchive;
            ReserveForOutputs();
            for (int i = 0; i < outputs.Count; i++)
            {
                var name = outputs[i];
                drv.Environment[name] = Placeholders.ForOutput(name);
                drv.Outputs[name] = isImpure
                    ? new DerivationOutput.Impure(method, algorithm)
                    : new DerivationOutput.ContentAddressedFloating(method, algorithm);
            }
            return;
        }

        // Input-addressed: hash the derivation with its outputs masked (empty paths and variables), then fill them in.
        ReserveForOutputs();
        // By index: the list is an interface, whose enumerator would be boxed.
        for (int i = 0; i < outputs.Count; i++)
        {
            var name = outputs[i];
            drv.Environment[name] = "";
            drv.Outputs[name] = DerivationOutput.Deferred.Instance;
        }
        try
        {
            hashModulo = bridge.Hasher.FillInOutputPaths(drv);
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message, pos);
        }
    }

    /// <summary>
    /// Room for the outputs and their variables, exactly: the maps would otherwise start at four and double.
    /// </summary>
    private void ReserveForOutputs()
    {
        EnsureCapacity(drv.Outputs, outputs.Count);
        EnsureCapacity(drv.Environment, drv.Environment.Count + outputs.Count);
    }

    /// <summary>Grows a map of the reused derivation to <paramref name="capacity"/>; never shrinks it.</summary>
    private static void EnsureCapacity<TKey, TValue>(SortedList<TKey, TValue> map, int capacity) where TKey : notnull
    {
        if (map.Capacity < capacity) map.Capacity = capacity;
    }

    /// <summary>Nix's <c>newHashAllowEmpty</c>: an empty hash stands for all zeroes (with a warning), given an algorithm.</summary>
    private Hash ParseOutputHash(string text, Pos pos)
    {
        if (text.Length == 0)
        {
            if (outputHashAlgorithm is not { } algorithm) throw new EvalError("empty hash requires explicit hash algorithm", pos);
            var zero = Hash.FromBytes(algorithm, new byte[algorithm.Size()]);
            ctx.Diagnostics.WriteLine($"warning: found empty hash, assuming '{zero.ToSri()}'");
            return zero;
        }
        try
        {
            return Hash.Parse(text, outputHashAlgorithm);
        }
        catch (BadHashException e)
        {
            throw new EvalError(e.Message, pos);
        }
    }

    /// <summary>
    /// <c>{ drvPath = …; OUTPUT = …; }</c>: the .drv with a deep context, each output with its own. Added in name order
    /// (outputs are sorted; <c>drvPath</c> goes between them), so the builder need not sort.
    /// </summary>
    private NixAttrs Result(StorePath drvPath)
    {
        var store = bridge.Directory;
        var printedDrv = ByteString.FromText(store.Print(drvPath));
        var drvPathValue = NixString.Of(printedDrv, StringContext.Of("=" + printedDrv));
        var result = new AttrsBuilder(drv.Outputs.Count + 1);
        bool drvPathAdded = false;
        for (int i = 0; i < drv.Outputs.Count; i++)
        {
            var name = drv.Outputs.GetKeyAtIndex(i);
            if (!drvPathAdded && string.CompareOrdinal(name, "drvPath") > 0)
            {
                result.Add("drvPath", drvPathValue);
                drvPathAdded = true;
            }
            // A path known now is already printed in the environment: DecideOutputs put it there (fixed output) or
            // FillInOutputPaths made sure the variable is exactly it (input-addressed).
            var text = drv.Outputs.GetValueAtIndex(i) is DerivationOutput.InputAddressed or DerivationOutput.ContentAddressedFixed
                ? ByteString.FromText(drv.Environment[name])
                : Placeholders.Render(Placeholders.UnknownContentAddressedOutput(drvPath, name));
            var element = "!" + name + "!" + printedDrv;
            bridge.RememberOutputContextElement(element, drvPath, name);
            result.Add(name, NixString.Of(text, StringContext.Of(element)));
        }
        if (!drvPathAdded) result.Add("drvPath", drvPathValue);
        return result.Build();
    }
}
