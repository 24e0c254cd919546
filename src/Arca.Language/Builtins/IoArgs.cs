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

    /// <summary>coerceToString (no coercion of numbers etc., no copying): the frame goes on the coercion error only.</summary>
    public static string Coerce(EvalContext ctx, Value v, StringContext.Builder context, string errorContext)
    {
        try
        {
            return ctx.CoerceToString(v, Pos.None, EvalContext.Coercion.Strict, context);
        }
        catch (EvalError e) when (IsCoercionError(e) && Traces.Add(e, Pos.None, errorContext))
        {
            throw;
        }
    }

    /// <summary>coerceToPath: an absolute, canonical path; the frame goes on the coercion errors only.</summary>
    public static string Path(EvalContext ctx, Value v, StringContext.Builder context, string errorContext)
    {
        try
        {
            return ctx.CoerceToPath(v, Pos.None, context);
        }
        catch (EvalError e) when (IsCoercionError(e) && Traces.Add(e, Pos.None, errorContext))
        {
            throw;
        }
    }

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

    /// <summary>
    /// The errors Nix's coercions raise themselves (and decorate with the caller's frame), as opposed to errors from
    /// forcing the value, which pass through undecorated.
    /// </summary>
    private static bool IsCoercionError(EvalError e) =>
        e.Trace.Count == 0
        && (e.Message.StartsWith("cannot coerce ", StringComparison.Ordinal)
            || e.Message.EndsWith("' doesn't represent an absolute path", StringComparison.Ordinal));
}
