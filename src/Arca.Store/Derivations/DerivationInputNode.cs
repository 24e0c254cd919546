namespace Arca.Store.Derivations;

/// <summary>
/// What a derivation uses of one input derivation: a set of its outputs and, only with dynamic derivations
/// (experimental in Nix), outputs of derivations that those outputs themselves are (Nix's
/// <c>DerivedPathMap&lt;StringSet&gt;::ChildNode</c>). Output names are kept sorted by bytes.
/// </summary>
public sealed class DerivationInputNode
{
    public OutputNameSet Outputs { get; } = new();

    private SortedDictionary<string, DerivationInputNode>? dynamicOutputs;

    /// <summary>
    /// Dynamic-derivation children: output name of this input (itself a .drv) → what is used of it. Made on first
    /// use: almost no input has any, and every derivation has several inputs.
    /// </summary>
    public SortedDictionary<string, DerivationInputNode> DynamicOutputs => dynamicOutputs ??= new(StringComparer.Ordinal);

    public bool IsDynamic => dynamicOutputs is { Count: > 0 };

    public static DerivationInputNode Of(params string[] outputs)
    {
        var node = new DerivationInputNode();
        foreach (var output in outputs) node.Outputs.Add(output);
        return node;
    }

    /// <summary>A deep copy, so a derivation can be cloned and changed without touching the original.</summary>
    public DerivationInputNode Clone()
    {
        var copy = new DerivationInputNode();
        copy.Outputs.UnionWith(Outputs);
        if (IsDynamic)
            foreach (var (name, child) in DynamicOutputs) copy.DynamicOutputs.Add(name, child.Clone());
        return copy;
    }
}
