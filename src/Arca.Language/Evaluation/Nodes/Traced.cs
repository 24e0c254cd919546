namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Forcing to a type with Nix's "error context": when the value has the wrong type the error carries a trace frame
/// saying what was being evaluated ("while selecting an attribute"), as Nix's <c>forceAttrs(v, pos, errorCtx)</c>.
/// The success path is a type test and nothing more.
/// </summary>
internal static class Traced
{
    public static NixAttrs ForceAttrs(EvalContext ctx, Value v, Pos pos, string errorCtx)
    {
        var forced = v.Force(ctx);
        return forced as NixAttrs ?? throw TypeMismatchNoPos(ctx, "a set", forced, pos, errorCtx);
    }

    public static NixList ForceList(EvalContext ctx, Value v, Pos pos, string errorCtx)
    {
        var forced = v.Force(ctx);
        return forced as NixList ?? throw TypeMismatchNoPos(ctx, "a list", forced, pos, errorCtx);
    }

    public static string ForceStringNoContext(EvalContext ctx, Value v, Pos pos, string errorCtx)
    {
        var forced = v.Force(ctx);
        if (forced is not NixString s) throw TypeMismatch(ctx, "a string", forced, pos, errorCtx);
        if (s.HasContext)
        {
            try { ctx.ForceStringNoContext(s, pos); }
            catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, errorCtx))
        {
            throw;
        }
        }
        return s.Text;
    }

    /// <summary>Evaluates a node that must give a Boolean (conditions, operands of <c>&amp;&amp;</c>, …) as Nix's <c>evalBool</c>.</summary>
    public static bool EvalBool(EvalContext ctx, Node node, Env env, Pos pos, string errorCtx)
    {
        Value v;
        try
        {
            v = node.Eval(ctx, env);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, errorCtx))
        {
            throw;
        }
        if (ReferenceEquals(v, NixBool.True)) return true;
        if (ReferenceEquals(v, NixBool.False)) return false;
        throw TypeMismatch(ctx, "a Boolean", v, pos, errorCtx);
    }

    /// <summary>Evaluates a node, adding <paramref name="errorCtx"/> at <paramref name="pos"/> to any error (Nix's <c>Expr::eval(…, errorCtx)</c>).</summary>
    public static Value Eval(EvalContext ctx, Node node, Env env, Pos pos, string errorCtx)
    {
        try
        {
            return node.Eval(ctx, env);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(pos, errorCtx))
        {
            throw;
        }
    }

    /// <summary>As Nix's inline <c>forceAttrs</c>/<c>forceList</c>: the error itself has no position, only the frame.</summary>
    public static EvalError TypeMismatchNoPos(EvalContext ctx, string expected, Value found, Pos pos, string errorCtx) =>
        ctx.Expected(expected, found, default).AddTrace(pos, errorCtx);

    public static EvalError TypeMismatch(EvalContext ctx, string expected, Value found, Pos pos, string errorCtx) =>
        ctx.Expected(expected, found, pos).AddTrace(pos, errorCtx);
}
