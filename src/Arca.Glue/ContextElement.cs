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
                return new ContextElement(ContextKind.DerivationDeep, store.ParsePath(element[1..]), "");
            if (element.StartsWith('!'))
            {
                int bang = element.IndexOf('!', 1);
                if (bang < 0) throw new EvalError($"string context element '{element}' has no second '!'");
                return new ContextElement(ContextKind.Built, store.ParsePath(element[(bang + 1)..]), element[1..bang]);
            }
            return new ContextElement(ContextKind.Opaque, store.ParsePath(element), "");
        }
        catch (BadStorePathException e)
        {
            throw new EvalError(e.Message);
        }
    }
}
