namespace Arca.Store.Derivations;

/// <summary>
/// One input of a derivation's hash-modulo form (Nix's <c>inputs2</c> map entry): an input derivation's hash modulo
/// in base16 standing for its .drv path, and the outputs used of it. A fixed-output input stands for a derivation
/// with the single output <c>out</c>, so <paramref name="Outputs"/> is null for it.
/// </summary>
internal readonly record struct ModuloInput(string Hash, SortedSet<string>? Outputs)
{
    private void AddOutputsTo(SortedSet<string> set)
    {
        if (Outputs is null) set.Add("out");
        else set.UnionWith(Outputs);
    }

    /// <summary>Orders by the base16 text, which for these SHA-256 hashes is Nix's ordering of the map's keys.</summary>
    public static int CompareByHash(ModuloInput x, ModuloInput y) => string.CompareOrdinal(x.Hash, y.Hash);

    /// <summary>
    /// Merges entries with the same hash (two inputs with the same hash modulo, e.g. the same fixed output fetched
    /// two ways) by uniting their outputs; <paramref name="inputs"/> must be sorted by hash.
    /// </summary>
    public static ModuloInput[] MergeEqualHashes(ModuloInput[] inputs)
    {
        int kept = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (kept > 0 && inputs[kept - 1].Hash == inputs[i].Hash)
            {
                var union = new SortedSet<string>(StringComparer.Ordinal);
                inputs[kept - 1].AddOutputsTo(union);
                inputs[i].AddOutputsTo(union);
                inputs[kept - 1] = new ModuloInput(inputs[i].Hash, union);
            }
            else inputs[kept++] = inputs[i];
        }
        return kept == inputs.Length ? inputs : inputs[..kept];
    }
}
