namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Forcing the arguments of the file, hashing, context and format builtins as Nix does: errors carry no position
/// (Nix passes noPos; the caller's "while calling the 'x' builtin" frame locates them) and gain the "… while
/// evaluating the first argument passed to builtins.x" frame exactly where Nix adds it.
/// </summary>
internal static class IoArgs
{
    /// <summary>forceString: the frame is added to any error, forcing included.</summary>
    public static NixString String(EvalContext ctx, Value v, string errorContext)
    {
        try
        {
            return ctx.ForceString(v, Pos.None);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, errorContext))
        {
            throw;
        }
    }

    /// <summary>forceStringNoCtx: a string without context.</summary>
    public static string StringNoContext(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        try
        {
            return ctx.ForceStringNoContext(v, pos);
        }
        catch (EvalError e) when (Traces.Add(e, pos, errorContext))
        {
            throw;
        }
    }

    /// <summary>forceAttrs: the frame is added to the type error only.</summary>
    public static NixAttrs Attrs(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        var forced = v.Force(ctx);
        if (forced is NixAttrs attrs) return attrs;
        throw ctx.Expected("a set", forced, pos).AddTrace(pos, errorContext);
    }

    /// <summary>forceList: the frame is added to the type error only.</summary>
    public static NixList List(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        var forced = v.Force(ctx);
        if (forced is NixList list) return list;
        throw ctx.Expected("a list", forced, pos).AddTrace(pos, errorContext);
    }

    /// <summary>forceBool: the frame is added to the type error only.</summary>
    public static bool Bool(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        var forced = v.Force(ctx);
        if (forced is NixBool b) return b.Value;
        throw ctx.Expected("a Boolean", forced, pos).AddTrace(pos, errorContext);
    }

    /// <summary>
    /// coerceToString (no coercion of numbers etc.; paths copied to the store unless the mode says otherwise, as
    /// Nix's default is): the frame goes on the "cannot coerce" error only.
    /// </summary>
    public static string Coerce(EvalContext ctx, Value v, StringContext.Builder context, string errorContext,
        EvalContext.Coercion mode = EvalContext.Coercion.CopyToStore) =>
        ctx.CoerceToString(v, Pos.None, mode, context, errorContext);

    /// <summary>
    /// Nix's coerceToPath: an absolute, canonical path. Sets are peeled (<c>__toString</c>, else <c>outPath</c>) with
    /// Nix's frames, and the coercion and "not absolute" errors are raised inside the peel, so their frame
    /// (<paramref name="errorContext"/>) comes first and the peel's frames around it, as in Nix's traces.
    /// </summary>
    public static string Path(EvalContext ctx, Value v, StringContext.Builder context, string errorContext)
    {
        var value = v.Force(ctx);
        if (value is NixPath p) return p.Path;
        if (value is NixAttrs attrs)
        {
            int toStringIndex = attrs.IndexOf("__toString");
            if (toStringIndex >= 0)
            {
                var at = attrs.PosAt(toStringIndex);
                Value result;
                try
                {
                    result = ctx.Call(attrs.ValueAt(toStringIndex), attrs, at);
                }
                catch (EvalError e) when (Traces.Add(e, at, "while calling the `__toString` attribute"))
                {
                    throw;
                }
                try
                {
                    return Path(ctx, result, context, errorContext);
                }
                catch (EvalError e) when (Traces.Add(e, at, $"while {UsingOrEvaluating(result)} the result of the `__toString` attribute"))
                {
                    throw;
                }
            }
            int outPathIndex = attrs.IndexOf("outPath");
            if (outPathIndex >= 0)
            {
                var at = attrs.PosAt(outPathIndex);
                var outPath = attrs.ValueAt(outPathIndex);
                try
                {
                    return Path(ctx, outPath, context, errorContext);
                }
                catch (EvalError e) when (Traces.Add(e, at, $"while {UsingOrEvaluating(outPath)} the `outPath` attribute"))
                {
                    throw;
                }
            }
        }
        var text = ctx.CoerceToString(value, Pos.None, EvalContext.Coercion.Strict, context, errorContext);
        if (text.Length == 0 || text[0] != '/')
            throw new EvalError($"string '{text}' doesn't represent an absolute path").AddTrace(Pos.None, errorContext);
        return CanonicalPath.Normalize(text);
    }

    private static string UsingOrEvaluating(Value v) => v is Thunk { IsForced: false } ? "evaluating" : "using";

    /// <summary>
    /// Nix's realisePath: coerces to a path and makes the store paths of its context available (building them if
    /// need be, through the store bridge) before the path is read.
    /// </summary>
    public static string RealisePath(EvalContext ctx, Value v)
    {
        var context = new StringContext.Builder();
        var path = Path(ctx, v, context, "while realising the context of a path");
        var built = context.Build();
        if (!built.IsEmpty && ctx.Store is { } store)
        {
            try
            {
                store.RealiseContext(ctx, built, Pos.None);
            }
            catch (EvalError e) when (Traces.Add(e, Pos.None, $"while realising the context of path '{path}'"))
            {
                throw;
            }
        }
        return path;
    }
}
