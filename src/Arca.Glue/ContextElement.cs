namespace Arca.Glue;

using Arca.Language.Errors;
using Arca.Store.Paths;

/// <summary>What one string-context element says, decoded from the encodings of <see cref="Arca.Language.Values.StringContext"/>.</summary>
internal enum ContextKind
{
    /// <summary><c>/nix/store/…</c>: the store object itself.</summary>
    Opaque,
    /// <summary><c>=/nix/store/….drv</c>: the derivation and, recursively, everything it needs and all its outputs.</summary>
    DerivationDeep,
    /// <summary><c>!OUTPUT!/nix/store/….drv</c>: one output of a derivation.</summary>
    Built,
}

internal readonly record struct ContextElement(ContextKind Kind, StorePath Path, string Output)
{
    public static ContextElement Parse(StoreDirectory store, string element)
    {
        try
        {
            if (element.StartsWith('='))
                return new ContextElement(ContextKind.DerivationDeep, ParsePath(store, element, 1), "");
            if (element.StartsWith('!'))
            {
                int bang = element.IndexOf('!', 1);
                if (bang < 0) throw new EvalError($"string context element '{element}' has no second '!'");
                return new ContextElement(ContextKind.Built, ParsePath(store, element, bang + 1), element[1..bang]);
            }
            return new ContextElement(ContextKind.Opaque, ParsePath(store, element, 0), "");
        }
        catch (BadStorePathException e)
        {
            throw new EvalError(e.Message);
        }
    }

    /// <summary>
    /// The store path at <paramref name="start"/>: context paths are canonical (the evaluator made them), so the
    /// common <c>STOREDIR/BASENAME</c> is taken apart directly; anything else goes through full parsing.
    /// </summary>
    private static StorePath ParsePath(StoreDirectory store, string element, int start)
    {
        var dir = store.Path;
        int baseStart = start + dir.Length + 1;
        if (element.Length > baseStart && element[baseStart - 1] == '/' &&
            string.CompareOrdinal(element, start, dir, 0, dir.Length) == 0 && element.IndexOf('/', baseStart) < 0)
            return StorePath.Parse(element[baseStart..]);
        return store.ParsePath(element[start..]);
    }
}
