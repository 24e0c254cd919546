namespace Arca.Store.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// A store derivation: what a .drv file holds. All strings (output names, platform, builder, arguments,
/// environment) are <em>byte strings</em> — a .NET string with one char per byte (0x00–0xFF), the convention the
/// evaluator uses for Nix strings — so any bytes, including invalid UTF-8, survive unchanged into the .drv.
/// Maps and sets are ordered by bytes, as Nix's <c>std::map</c>/<c>std::set</c>, which is the order the ATerm lists
/// them in. The maps are <see cref="SortedList{TKey,TValue}"/>s: small, built once and then read several times per
/// <c>derivationStrict</c> (hashed twice, written once), they are cheaper as sorted arrays, which can be walked by
/// index without allocating an enumerator, than as trees.
/// </summary>
public sealed class Derivation
{
    public Derivation(string name) => Name = name;

    /// <summary>The derivation's name (the .drv file is <c>NAME.drv</c>); not part of the ATerm text.</summary>
    public string Name { get; set; }

    public SortedList<string, DerivationOutput> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Input derivations and the outputs of each that are used.</summary>
    public SortedList<StorePath, DerivationInputNode> InputDerivations { get; } = new();

    /// <summary>Input store objects used as they are (sources, <c>toFile</c> results, …).</summary>
    public SortedSet<StorePath> InputSources { get; } = new();

    /// <summary>The system type the builder runs on, e.g. <c>x86_64-linux</c>.</summary>
    public string Platform { get; set; } = "";

    public string Builder { get; set; } = "";

    public List<string> Arguments { get; } = [];

    /// <summary>The builder's environment, including <c>__json</c> for structured attributes.</summary>
    public SortedList<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Input nodes emptied by <see cref="Reset"/>, for the next inputs.</summary>
    private Stack<DerivationInputNode>? spareInputNodes;

    /// <summary>Adds one output of an input derivation (merging with outputs already used).</summary>
    public void AddInputDerivationOutput(StorePath drvPath, string outputName)
    {
        if (!InputDerivations.TryGetValue(drvPath, out var node))
        {
            node = spareInputNodes is { Count: > 0 } ? spareInputNodes.Pop() : new DerivationInputNode();
            InputDerivations.Add(drvPath, node);
        }
        node.Outputs.Add(outputName);
    }

    /// <summary>
    /// Empties the derivation to be filled again as <paramref name="name"/>, keeping the room its maps and lists have
    /// and its input nodes: <c>derivationStrict</c> reuses its derivation from one package to the next. Nothing
    /// read from this derivation before may be used afterwards.
    /// </summary>
    public void Reset(string name)
    {
        Name = name;
        Platform = "";
        Builder = "";
        Outputs.Clear();
        for (int i = 0; i < InputDerivations.Count; i++)
        {
            var node = InputDerivations.GetValueAtIndex(i);
            if (node.IsDynamic) continue;
            node.Outputs.Clear();
            (spareInputNodes ??= new Stack<DerivationInputNode>()).Push(node);
        }
        InputDerivations.Clear();
        InputSources.Clear();
        Arguments.Clear();
        Environment.Clear();
    }

    /// <summary>
    /// Nix's <c>derivationType</c>: the one kind all outputs share, or Nix's error when the outputs disagree.
    /// </summary>
    public DerivationKind GetKind()
    {
        DerivationKind? kind = null;
        HashAlgorithm? floatingAlgorithm = null;
        for (int i = 0; i < Outputs.Count; i++)
        {
            var name = Outputs.GetKeyAtIndex(i);
            var output = Outputs.GetValueAtIndex(i);
            DerivationKind outputKind = output switch
            {
                DerivationOutput.InputAddressed => DerivationKind.InputAddressed,
                DerivationOutput.ContentAddressedFixed => DerivationKind.FixedOutput,
                DerivationOutput.ContentAddressedFloating => DerivationKind.Floating,
                DerivationOutput.Deferred => DerivationKind.DeferredInputAddressed,
                DerivationOutput.Impure => DerivationKind.Impure,
                _ => throw new InvalidOperationException("unknown derivation output form"),
            };
            if (kind is null) kind = outputKind;
            else if (kind != outputKind) throw new DerivationException("can't mix derivation output types");
            else if (kind == DerivationKind.FixedOutput) throw new DerivationException("only one fixed output is allowed for now");

            if (output is DerivationOutput.ContentAddressedFixed && name != "out")
                throw new DerivationException("single fixed output must be named \"out\"");
            if (output is DerivationOutput.ContentAddressedFloating floating)
            {
                if (floatingAlgorithm is null) floatingAlgorithm = floating.Algorithm;
                else if (floatingAlgorithm != floating.Algorithm)
                    throw new DerivationException("all floating outputs must use the same hash algorithm");
            }
        }
        return kind ?? throw new DerivationException("must have at least one output");
    }

    /// <summary>True if the builder is one of Nix's built-in builders (<c>builtin:fetchurl</c>, …).</summary>
    public bool IsBuiltin => Builder.StartsWith("builtin:", StringComparison.Ordinal);

    /// <summary>
    /// The references of the .drv file in the store: its input sources and input derivations (never its outputs,
    /// which need not exist).
    /// </summary>
    public SortedSet<StorePath> References()
    {
        var references = new SortedSet<StorePath>(InputSources);
        foreach (var drvPath in InputDerivations.Keys) references.Add(drvPath);
        return references;
    }

    /// <summary>The output paths known before building, by output name (absent for floating/deferred/impure outputs).</summary>
    public SortedDictionary<string, StorePath?> OutputPaths(StoreDirectory store)
    {
        var paths = new SortedDictionary<string, StorePath?>(StringComparer.Ordinal);
        foreach (var (name, output) in Outputs) paths[name] = output.GetPath(store, Name, name);
        return paths;
    }

    /// <summary>A deep copy.</summary>
    public Derivation Clone()
    {
        var copy = new Derivation(Name) { Platform = Platform, Builder = Builder };
        foreach (var (name, output) in Outputs) copy.Outputs.Add(name, output);
        foreach (var (path, node) in InputDerivations) copy.InputDerivations.Add(path, node.Clone());
        copy.InputSources.UnionWith(InputSources);
        copy.Arguments.AddRange(Arguments);
        foreach (var (key, value) in Environment) copy.Environment.Add(key, value);
        return copy;
    }
}
