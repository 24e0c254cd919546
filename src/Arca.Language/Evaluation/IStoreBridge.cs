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
}
