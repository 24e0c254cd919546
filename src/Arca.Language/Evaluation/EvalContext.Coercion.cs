namespace Arca.Language.Evaluation;

using System.Globalization;
using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

// Coercion to strings and paths, with Nix's rules (coerceToString / coerceToPath in CppNix).
public sealed partial class EvalContext
{
    /// <summary>How far <see cref="CoerceToString"/> goes.</summary>
    [Flags]
    public enum Coercion
    {
        /// <summary>Strings, paths (as themselves) and sets with <c>__toString</c>/<c>outPath</c> only: interpolation.</summary>
        Strict = 0,
        /// <summary>Also booleans, integers, floats, null and lists: <c>toString</c>.</summary>
        More = 1,
        /// <summary>Paths are copied into the store and become store paths with context: interpolation into strings.</summary>
        CopyToStore = 2,
    }

    /// <summary>
    /// Coerces a value to a string, adding its context to <paramref name="context"/>. Sets are peeled as Nix does
    /// (<c>__toString</c> called, else <c>outPath</c>), with its frames ("while calling the `__toString` attribute",
    /// "while evaluating the `outPath` attribute"); <paramref name="errorCtx"/> is the frame a "cannot coerce" error gets.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public string CoerceToString(Value v, Pos pos, Coercion mode, StringContext.Builder context, string? errorCtx = null)
    {
        StringContext.Builder? builder = context;
        return CoerceToString(v, pos, mode, ref builder, errorCtx);
    }

    /// <summary>
    /// <see cref="CoerceToString"/> for callers that need a context builder only if some part has a context: most
    /// strings have none, so the builder is made (in <paramref name="context"/>) only when one does.
    /// </summary>
    public string CoerceToString(Value v, Pos pos, Coercion mode, ref StringContext.Builder? context, string? errorCtx = null)
    {
        EnsureStack();
        var value = v.Force(this);
        if (value is NixString s)
        {
            if (s.HasContext) (context ??= new StringContext.Builder()).Add(s.Context);
            return s.Text;
        }
        return CoerceForcedToString(value, pos, mode, context ??= new StringContext.Builder(), errorCtx);
    }

    /// <summary>
    /// <see cref="CoerceToString"/> of anything but a string, once forced. Apart because its frame is large: forcing
    /// (which may recurse as deep as the evaluation goes, e.g. down a chain of packages' <c>outPath</c>s) then runs
    /// under the small frame of <see cref="CoerceToString"/> (measured on bench/eval/packages.nix: ~160 bytes less stack
    /// per package in the chain).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private string CoerceForcedToString(Value value, Pos pos, Coercion mode, StringContext.Builder context, string? errorCtx)
    {
        switch (value)
        {
            case NixPath p:
                if ((mode & Coercion.CopyToStore) == 0) return p.Path;
                if (IO.GetKind(p.Path) is null) throw new EvalError($"path '{p.Path}' does not exist");
                if (Store is null)
                    throw new EvalError($"cannot copy '{p.Path}' to the store: this evaluation has no store", pos);
                var storePath = Store.CopyPathToStore(this, p.Path, pos);
                context.Add(storePath);
                return storePath;
            case NixAttrs attrs:
                int toStringIndex = attrs.IndexOf("__toString");
                if (toStringIndex >= 0)
                {
                    var at = attrs.PosAt(toStringIndex);
                    Value result;
                    try
                    {
                        result = Call(attrs.ValueAt(toStringIndex), attrs, at);
                    }
                    catch (EvalError e) when (e.AddTraceWhileUnwinding(at, "while calling the `__toString` attribute"))
        {
            throw;
        }
                    try
                    {
                        return CoerceToString(result, pos, mode, context, errorCtx);
                    }
                    catch (EvalError e) when (e.AddTraceWhileUnwinding(at, $"while {WhileTryingTo(result)} the result of the `__toString` attribute"))
        {
            throw;
        }
                }
                int outPathIndex = attrs.IndexOf("outPath");
                if (outPathIndex >= 0)
                {
                    var outPath = attrs.ValueAt(outPathIndex);
                    var at = attrs.PosAt(outPathIndex);
                    try
                    {
                        return CoerceToString(outPath, pos, mode, context, errorCtx);
                    }
                    catch (EvalError e) when (e.AddTraceWhileUnwinding(at, $"while {WhileTryingTo(outPath)} the `outPath` attribute"))
        {
            throw;
        }
                }
                break;
        }

        if ((mode & Coercion.More) != 0)
        {
            switch (value)
            {
                case NixBool b: return b.Value ? "1" : "";
                case NixInt i: return i.Value.ToString(CultureInfo.InvariantCulture);
                case NixFloat f: return f.Value.ToString("F6", CultureInfo.InvariantCulture); // std::to_string(double)
                case NixNull: return "";
                case NixList list:
                    // The parts and separators first, then one string of the exact length (a derivation's buildInputs
                    // and the like are coerced this way; a growing builder allocated about twice the result).
                    if (list.Count == 0) return "";
                    var parts = new string[2 * list.Count - 1];
                    for (int n = 0; n < list.Count; n++)
                    {
                        var item = list.Items[n];
                        try
                        {
                            parts[2 * n] = CoerceToString(item, pos, mode, context, "while evaluating one element of the list");
                        }
                        catch (EvalError e) when (errorCtx is not null && e.AddTraceWhileUnwinding(pos, errorCtx))
                        {
                            throw;
                        }
                        // As Nix: a space between elements, except after an empty list.
                        if (n < list.Count - 1) parts[2 * n + 1] = item.Force(this) is NixList { Count: 0 } ? "" : " ";
                    }
                    return parts.Length == 1 ? parts[0] : string.Concat(parts);
            }
        }
        var error = new TypeError($"cannot coerce {value.ShowType} to a string: {ErrorValuePrinter.Print(this, value)}");
        if (errorCtx is not null) error.AddTrace(pos, errorCtx);
        throw error;
    }

    /// <summary>Nix's wording for a value an error came from: "evaluating" while it is still unforced, else "using".</summary>
    private static string WhileTryingTo(Value v) => v is Thunk { IsForced: false } ? "evaluating" : "using";

    /// <summary>
    /// Coerces to a string and wraps it with its context. A string is returned as it is, without collecting its
    /// context again (built-ins such as <c>stringLength</c> and <c>substring</c> are mostly given strings).
    /// </summary>
    public NixString CoerceToNixString(Value v, Pos pos, Coercion mode, string? errorCtx = null)
    {
        var value = v.Force(this);
        if (value is NixString already) return already;
        var context = new StringContext.Builder();
        var text = CoerceToString(value, pos, mode, context, errorCtx);
        return NixString.Of(text, context.Build());
    }

    /// <summary>A path from a path value or a string holding an absolute path (coerceToPath).</summary>
    public string CoerceToPath(Value v, Pos pos, StringContext.Builder? context = null)
    {
        var value = v.Force(this);
        if (value is NixPath p) return p.Path;
        var text = CoerceToString(value, pos, Coercion.Strict, context ?? new StringContext.Builder());
        if (text.Length == 0 || text[0] != '/')
            throw new EvalError($"string '{text}' doesn't represent an absolute path", pos);
        return CanonicalPath.Normalize(text);
    }
}
