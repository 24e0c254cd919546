namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Language.Text;

/// <summary>
/// Forcing a built-in's argument to the type it needs while adding the "… while evaluating the first argument passed
/// to builtins.x" frame Nix adds. Nix is not uniform about when that frame appears, and these helpers mirror it:
/// <list type="bullet">
/// <item>integers, floats, Booleans, functions and strings: on any error, including one thrown while forcing;</item>
/// <item>sets and lists: only when the value has the wrong type (an error inside the thunk passes through untouched);</item>
/// <item>coercion to a string: as <see cref="EvalContext.CoerceToString"/> does with its errorCtx.</item>
/// </list>
/// The frame has no position, as in Nix (builtins force with <c>noPos</c>). The messages are constant strings so
/// the happy path allocates nothing.
/// </summary>
internal static class BuiltinArgs
{
    public static long Int(EvalContext ctx, Value v, string errorContext)
    {
        try { return ctx.ForceInt(v, Pos.None); }
        catch (EvalError e) { throw WithContext(e, errorContext); }
    }

    public static double Float(EvalContext ctx, Value v, string errorContext)
    {
        try { return ctx.ForceFloat(v, Pos.None); }
        catch (EvalError e) { throw WithContext(e, errorContext); }
    }

    public static bool Bool(EvalContext ctx, Value v, string errorContext)
    {
        try { return ctx.ForceBool(v, Pos.None); }
        catch (EvalError e) { throw WithContext(e, errorContext); }
    }

    public static Value Function(EvalContext ctx, Value v, string errorContext)
    {
        try { return ctx.ForceFunction(v, Pos.None); }
        catch (EvalError e) { throw WithContext(e, errorContext); }
    }

    public static NixString String(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        try { return ctx.ForceString(v, pos); }
        catch (EvalError e) { throw WithContext(e, errorContext, pos); }
    }

    public static string StringNoContext(EvalContext ctx, Value v, string errorContext, Pos pos = default)
    {
        try { return ctx.ForceStringNoContext(v, pos); }
        catch (EvalError e) { throw WithContext(e, errorContext, pos); }
    }

    public static NixAttrs Attrs(EvalContext ctx, Value v, string errorContext)
    {
        var forced = v.Force(ctx);
        if (forced is NixAttrs a) return a;
        throw WithContext(ctx.Expected("a set", forced, Pos.None), errorContext);
    }

    public static NixList List(EvalContext ctx, Value v, string errorContext)
    {
        var forced = v.Force(ctx);
        if (forced is NixList l) return l;
        throw WithContext(ctx.Expected("a list", forced, Pos.None), errorContext);
    }

    /// <summary>
    /// Coerces to a string (adding to <paramref name="context"/>); the frame goes where Nix puts its errorCtx (on
    /// "cannot coerce", and on failures inside list elements), which <see cref="EvalContext.CoerceToString"/> handles.
    /// </summary>
    public static string Coerce(EvalContext ctx, Value v, EvalContext.Coercion mode, StringContext.Builder context, string errorContext) =>
        ctx.CoerceToString(v, Pos.None, mode, context, errorContext);

    /// <summary>Nix's <c>getAttr</c> helper: the attribute or "attribute 'x' missing" with a frame (if any).</summary>
    public static Value Attr(NixAttrs attrs, string name, string errorContext, out Pos pos)
    {
        int i = attrs.IndexOf(name);
        if (i < 0) throw WithContext(new TypeError($"attribute '{NixStringEscaper.FormatAttributeName(name)}' missing"), errorContext);
        pos = attrs.PosAt(i);
        return attrs.ValueAt(i);
    }

    /// <summary>
    /// The position Nix gives the lazy applications builtins build (<c>map</c>, <c>genList</c>, <c>mapAttrs</c>,
    /// <c>zipAttrsWith</c>): when such a value is forced for printing or deep forcing, Nix takes the position of the
    /// applied lambda (<c>Value::determinePos</c>) as the call site, so errors show "from call site" there.
    /// </summary>
    public static Pos CallSite(Value function)
    {
        var f = function is Thunk t ? t.ForcedValue : function;
        return f is Closure closure ? closure.Definition.Pos : Pos.None;
    }

    public static EvalError WithContext(EvalError e, string errorContext, Pos pos = default)
    {
        // Nix drops empty contexts (genericClosure passes "").
        if (errorContext.Length != 0) e.AddTrace(pos, errorContext);
        return e;
    }
}
