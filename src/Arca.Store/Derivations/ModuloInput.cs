namespace Arca.Store.Derivations;

using Arca.Core.Hashing;

/// <summary>
/// One input of a derivation's hash-modulo form (Nix's <c>inputs2</c> map entry): an input derivation's hash modulo,
/// written in base16 where its .drv path would be, and the outputs used of it. A fixed-output input stands for a
/// derivation with the single output <c>out</c>, so <paramref name="Outputs"/> is null for it.
/// </summary>
internal readonly record struct ModuloInput(Hash Hash, OutputNameSet? Outputs)
{
    private void AddOutputsTo(OutputNameSet set)
    {
        if (Outputs is null) set.Add("out");
        else set.UnionWith(Outputs);
    }

    /// <summary>
    /// Orders by the digest's bytes, the order of their lowercase base16 texts, which for these SHA-256 hashes is
    /// Nix's ordering of the map's keys.
    /// </summary>
    public static int CompareByHash(ModuloInput x, ModuloInput y) => x.Hash.Bytes.SequenceCompareTo(y.Hash.Bytes);

    /// <summary>
    /// Merges entries with the same hash (two inputs with the same hash modulo, e.g. the same fixed output fetched
    /// two ways) by uniting their outputs; <paramref name="inputs"/> must be sorted by hash.
    /// </summary>
    public static ModuloInput[] MergeEqualHashes(ModuloInput[] inputs)
    {
        int kept = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (kept > 0 && inputs[kept - 1].Hash.Bytes.SequenceEqual(inputs[i].Hash.Bytes))
            {
                var union = new OutputNameSet();
                inputs[kept - 1].AddOutputsTo(union);
                inputs[i].AddOutputsTo(union);
                inputs[kept - 1] = new ModuloInput(inputs[i].Hash, union);
            }
            else inputs[kept++] = inputs[i];
        }
        return kept == inputs.Length ? inputs : inputs[..kept];
    }
}
