namespace Arca.Cli.Commands;

using System.Text;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Glue;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Values;
using Arca.Store;

/// <summary>
/// The instantiating half of <c>nix-instantiate</c> (without <c>--eval</c>): the store bridge the evaluation uses,
/// and printing the .drv paths of the derivations a value contains, found as Nix's <c>getDerivations</c> finds
/// them, optionally registering each as a GC root (<c>--add-root</c>).
/// </summary>
internal static class DerivationInstantiation
{
    /// <summary>
    /// The store bridge for an evaluation; read-only (nothing written, store not created) for <c>--eval</c> unless
    /// <c>--read-write-mode</c>. The evaluator's <c>storeDir</c> follows the store's directory.
    /// </summary>
    public static StoreBridge OpenBridge(EvalSession session, bool readOnly)
    {
        var bridge = new StoreBridge(session.StoreLocations, readOnly);
        session.Options.StoreDir = bridge.StoreDirText;
        if (!readOnly) bridge.BuildDuringEvaluation = Building.ImportFromDerivation.Build;
        return bridge;
    }

    /// <summary>Nix's non-eval branch of <c>processExpr</c>: one line per derivation, <c>DRV[!OUTPUT]</c>.</summary>
    public static void PrintDerivations(EvalContext ctx, Stream output, Value root, IReadOnlyList<string> attrPaths,
        NixAttrs autoArgs, string? gcRoot, StoreBridge bridge, Roots roots)
    {
        foreach (var attrPath in attrPaths)
        {
            var value = AttrPathSelection.Find(ctx, attrPath, autoArgs, root);
            var found = new List<NixAttrs>();
            new DerivationFinder(ctx, autoArgs).Collect(value, found);
            foreach (var drv in found)
            {
                var drvPath = DrvPath(ctx, drv);
                var outputName = drv.TryGet("outputName", out var o) ? ctx.ForceStringNoContext(o, default) : "";
                if (outputName.Length == 0) throw new EvalError($"derivation '{drvPath}' lacks an 'outputName' attribute");
                var printed = drvPath;
                if (gcRoot is null) WarnNoRoot(ctx, roots);
                else
                {
                    var rootName = Path.GetFullPath(gcRoot);
                    if (++roots.Count > 1) rootName += "-" + roots.Count;
                    AddPermanentRoot(bridge, ByteString.ToText(drvPath), rootName);
                    printed = ByteString.FromText(rootName);
                }
                ByteString.Write(output, printed + (outputName != "out" ? "!" + outputName : "") + "\n");
            }
            output.Flush();
        }
    }

    private static string DrvPath(EvalContext ctx, NixAttrs drv)
    {
        if (!drv.TryGet("drvPath", out var value)) throw new EvalError("derivation does not contain a 'drvPath' attribute");
        var context = new StringContext.Builder();
        return ctx.CoerceToString(value, default, EvalContext.Coercion.Strict, context);
    }

    private static void WarnNoRoot(EvalContext ctx, Roots roots)
    {
        if (roots.Warned) return;
        roots.Warned = true;
        ctx.Diagnostics.WriteLine("warning: you did not specify '--add-root'; the result might be removed by the garbage collector");
    }

    /// <summary>What one run has done with GC roots: how many were added (later ones get <c>-N</c>), whether it warned.</summary>
    public sealed class Roots
    {
        public int Count { get; set; }
        public bool Warned { get; set; }
    }

    /// <summary>
    /// Nix's <c>addPermRoot</c>: a symlink at <paramref name="rootName"/> to the store path, made an indirect GC root by
    /// a symlink to it in <c>gcroots/auto</c> named after the SHA-1 (nix-base32) of its path.
    /// </summary>
    private static void AddPermanentRoot(StoreBridge bridge, string storePath, string rootName)
    {
        var store = bridge.Store; // the store must exist to hold roots
        if (Path.Exists(rootName) || new FileInfo(rootName).LinkTarget is not null)
        {
            if (new FileInfo(rootName).LinkTarget is null)
                throw new ArcaException($"cannot create symlink '{rootName}'; already exists");
            File.Delete(rootName);
        }
        File.CreateSymbolicLink(rootName, storePath);
        var auto = Path.Combine(store.Locations.StateDir, "gcroots", "auto");
        Directory.CreateDirectory(auto);
        var hash = Hash.Compute(HashAlgorithm.Sha1, Encoding.UTF8.GetBytes(rootName)).ToNixBase32();
        var link = Path.Combine(auto, hash);
        if (new FileInfo(link).LinkTarget is not null) File.Delete(link);
        File.CreateSymbolicLink(link, rootName);
    }

    /// <summary>Nix's <c>getDerivations</c>: derivations at the top, in sets (recursing only where <c>recurseForDerivations</c>) and lists.</summary>
    private sealed class DerivationFinder(EvalContext ctx, NixAttrs autoArgs)
    {
        private readonly HashSet<NixAttrs> done = new(ReferenceEqualityComparer.Instance);

        public void Collect(Value value, List<NixAttrs> found)
        {
            var v = AutoCall.Apply(ctx, autoArgs, value).Force(ctx);
            if (!TryAdd(v, found)) return;
            switch (v)
            {
                case NixAttrs attrs:
                    for (int i = 0; i < attrs.Count; i++)
                    {
                        var child = attrs.ValueAt(i);
                        if (!TryAdd(child, found)) continue;
                        if (child.Force(ctx) is NixAttrs set && set.TryGet("recurseForDerivations", out var recurse) &&
                            ctx.ForceBool(recurse, default))
                            Collect(set, found);
                    }
                    break;
                case NixList list:
                    foreach (var item in list.Items)
                        if (TryAdd(item, found)) Collect(item, found);
                    break;
                default:
                    throw new TypeError("expression does not evaluate to a derivation (or a set or list of those)");
            }
        }

        /// <summary>Nix's <c>getDerivation</c>: false when the value was a derivation (added once), true to look further.</summary>
        private bool TryAdd(Value value, List<NixAttrs> found)
        {
            if (value.Force(ctx) is not NixAttrs attrs || !attrs.IsDerivation(ctx)) return true;
            if (!done.Add(attrs)) return false;
            if (!attrs.TryGet("name", out var name)) throw new EvalError("derivation name missing");
            ctx.ForceStringNoContext(name, default);
            found.Add(attrs);
            return false;
        }
    }
}
