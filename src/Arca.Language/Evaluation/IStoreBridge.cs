namespace Arca.Language.Evaluation;

using Arca.Language.Builtins;
using Arca.Language.Syntax;

/// <summary>
/// The extension point through which the glue layer (which knows the store) plugs into evaluation: copying paths
/// into the store when they are interpolated, and the builtins that need a store (<c>derivationStrict</c>,
/// <c>toFile</c>, <c>path</c>, <c>filterSource</c>, <c>storePath</c>, fetchers). The language layer never references
/// the store itself (ARCHITECTURE.md §2).
/// </summary>
public interface IStoreBridge
{
    /// <summary>Copies a source path into the store (once per evaluation) and returns its store path.</summary>
    string CopyPathToStore(EvalContext ctx, string path, Pos pos);

    /// <summary>Adds the store-dependent builtins to the table before the global scope is built.</summary>
    void RegisterBuiltins(BuiltinTable table);

    /// <summary>
    /// Makes the store paths of a context usable before a builtin reads a path that carries it (Nix's
    /// <c>realiseContext</c>: builds derivation outputs — import from derivation — and checks that opaque paths are
    /// valid, failing as Nix does). Default: nothing to do.
    /// </summary>
    void RealiseContext(EvalContext ctx, Values.StringContext context, Pos pos) { }

    /// <summary>
    /// The references (full store paths) of a valid store path, or none when it is not valid; <c>readFile</c> of a
    /// file inside the store gives its result the context of those that occur in the contents. Default: none.
    /// </summary>
    IReadOnlyCollection<string> QueryReferences(string storePath) => [];
}
