namespace Arca.Store.Derivations;

using System.Buffers;
using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Where a derivation lives in the store: a text path named <c>NAME.drv</c> whose content is the ATerm and whose
/// references are the input sources and input derivations (Nix's <c>computeStorePath</c>/<c>writeDerivation</c>).
/// </summary>
public readonly record struct DerivationStorePath(StorePath Path, byte[] Contents, IReadOnlyList<StorePath> References)
{
    public const string Extension = ".drv";

    public static DerivationStorePath Compute(Derivation drv, StoreDirectory store) =>
        Compute(drv, store, new ATermBuffer(ATermWriter.EstimateSize(drv)));

    /// <summary>Computes the path writing the ATerm into <paramref name="scratch"/>, a buffer the caller reuses.</summary>
    public static DerivationStorePath Compute(Derivation drv, StoreDirectory store, ATermBuffer scratch)
    {
        var path = ComputePath(drv, store, scratch);
        return new DerivationStorePath(path, scratch.ToArray(), SortedReferences(drv));
    }

    /// <summary>
    /// The path alone, the ATerm left in <paramref name="text"/>: a writer copies it out, and asks for the
    /// <see cref="SortedReferences"/>, only if the store lacks the .drv (in an evaluation that instantiates again, it
    /// rarely does). The digest is taken on the stack and the references are merged into a pooled array.
    /// </summary>
    public static StorePath ComputePath(Derivation drv, StoreDirectory store, ATermBuffer text)
    {
        ATermWriter.Write(drv, store, text);
        Span<byte> digest = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(text.Span, digest);
        var references = ArrayPool<StorePath>.Shared.Rent(drv.InputSources.Count + drv.InputDerivations.Count);
        try
        {
            int count = MergeReferences(drv, references);
            return store.MakeTextPath(drv.Name, Extension, digest, references.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<StorePath>.Shared.Return(references, clearArray: true);
        }
    }

    /// <summary>
    /// <see cref="Derivation.References"/> as an array in byte order: the input sources and the input derivations,
    /// both already sorted, merged without duplicates.
    /// </summary>
    public static StorePath[] SortedReferences(Derivation drv)
    {
        var merged = new StorePath[drv.InputSources.Count + drv.InputDerivations.Count];
        int count = MergeReferences(drv, merged);
        return count == merged.Length ? merged : merged[..count];
    }

    /// <summary>Merges the (sorted) input sources and input derivations into <paramref name="merged"/>; returns how many.</summary>
    private static int MergeReferences(Derivation drv, StorePath[] merged)
    {
        var derivations = drv.InputDerivations;
        int count = 0, next = 0;
        // Enumerating a SortedSet allocates its stack even when the set is empty, as input sources often are.
        if (drv.InputSources.Count > 0)
        {
            foreach (var source in drv.InputSources)
            {
                int order;
                while (next < derivations.Count && (order = derivations.GetKeyAtIndex(next).CompareTo(source)) <= 0)
                {
                    if (order < 0) merged[count++] = derivations.GetKeyAtIndex(next);
                    next++;
                }
                merged[count++] = source;
            }
        }
        while (next < derivations.Count) merged[count++] = derivations.GetKeyAtIndex(next++);
        return count;
    }
}
