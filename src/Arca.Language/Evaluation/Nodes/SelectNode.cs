namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Language.Text;

/// <summary><c>e.a.b</c> or <c>e.a.b or d</c> with any path.</summary>
public sealed class SelectNode(Node target, AttrPathPart[] path, Node? fallback, Pos pos, Pos targetPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        Value current = Traced.Eval(ctx, target, env, targetPos, "while selecting an attribute");
        Pos attrPos = default;
        int resolved = 0;
        try
        {
            for (int i = 0; i < path.Length; i++)
            {
                var name = path[i].GetName(ctx, env);
                NixAttrs attrs;
                if (fallback is not null)
                {
                    if (current.Force(ctx) is not NixAttrs a || a.IndexOf(name) is var missing && missing < 0)
                        return fallback.Eval(ctx, env);
                    attrs = a;
                }
                else
                {
                    attrs = Traced.ForceAttrs(ctx, current, pos, "while selecting an attribute");
                }
                int index = attrs.IndexOf(name);
                if (index < 0) throw SelectErrors.Missing(attrs, name);
                current = attrs.ValueAt(index);
                attrPos = attrs.PosAt(index);
                resolved = i + 1;
            }
            return current.Force(ctx);
        }
        catch (EvalError e) when (SelectErrors.AddFrames(ctx, e, env, path, resolved, attrPos, pos))
        {
            throw;
        }
    }

    internal override bool EvalMayKeepFrame =>
        target.EvalMayKeepFrame || AttrPathPart.AnyEvalMayKeepFrame(path) || (fallback?.EvalMayKeepFrame ?? false);
}

/// <summary><c>e.name</c> with one static name and no default: the most common selection, kept small.</summary>
public sealed class SelectNameNode(Node target, string name, AttrPathPart[] path, Pos pos, Pos targetPos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        Value t;
        try
        {
            t = target.Eval(ctx, env);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(targetPos, "while selecting an attribute"))
        {
            throw;
        }
        Pos attrPos = default;
        try
        {
            if (t is not NixAttrs attrs) throw Traced.TypeMismatchNoPos(ctx, "a set", t, pos, "while selecting an attribute");
            int index = attrs.IndexOf(name);
            if (index < 0) throw SelectErrors.Missing(attrs, name);
            var v = attrs.ValueAt(index);
            if (v is not Thunk thunk) return v;
            attrPos = attrs.PosAt(index);
            var value = thunk.Evaluate(ctx);
            attrs.Resolve(index, thunk, value);
            return value;
        }
        catch (EvalError e) when (SelectErrors.AddFrames(ctx, e, env, path, attrPos.IsKnown ? 1 : 0, attrPos, pos))
        {
            throw;
        }
    }

    internal override bool EvalMayKeepFrame => target.EvalMayKeepFrame;
}

internal static class SelectErrors
{
    public static EvalError Missing(NixAttrs attrs, string name)
    {
        var names = new string[attrs.Count];
        for (int i = 0; i < names.Length; i++) names[i] = attrs.NameAt(i);
        return new EvalError($"attribute '{NixStringEscaper.FormatAttributeName(name)}' missing") { Suggestion = Suggestions.Format(names, name) };
    }

    /// <summary>
    /// Nix's frames for a failed selection: where the last attribute reached was defined, then the selection itself.
    /// Returns false, for use as an exception filter.
    /// </summary>
    public static bool AddFrames(EvalContext ctx, EvalError e, Env env, AttrPathPart[] path, int resolved, Pos attrPos, Pos pos)
    {
        if (attrPos.IsKnown)
            e.AddTrace(attrPos, $"from the definition of '{AttrPathPart.Show(ctx, env, path, resolved)}'");
        e.AddTrace(pos, $"while evaluating the attribute '{AttrPathPart.Show(ctx, env, path, path.Length)}'");
        return false;
    }
}
