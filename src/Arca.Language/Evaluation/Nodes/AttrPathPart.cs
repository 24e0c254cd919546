namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>One element of a compiled attribute path: a static name, or an expression giving the name.</summary>
public sealed class AttrPathPart(string? name, Node? dynamic, Pos pos, string display)
{
    public string? StaticName { get; } = name;

    /// <summary>How the element prints in messages when its name is unknown: <c>"${expr}"</c>.</summary>
    public string Display { get; } = display;

    /// <summary>Whether evaluating the name may keep the frame (see <see cref="Node.EvalMayKeepFrame"/>).</summary>
    internal bool EvalMayKeepFrame => dynamic?.EvalMayKeepFrame ?? false;

    internal static bool AnyEvalMayKeepFrame(AttrPathPart[] path)
    {
        foreach (var part in path)
            if (part.EvalMayKeepFrame) return true;
        return false;
    }

    public string GetName(EvalContext ctx, Env env) =>
        StaticName ?? Traced.ForceStringNoContext(ctx, dynamic!.Eval(ctx, env), pos, "while evaluating an attribute name");

    /// <summary>The path as Nix shows it in "while evaluating the attribute 'a.b'" (names evaluated where possible).</summary>
    public static string Show(EvalContext ctx, Env env, AttrPathPart[] path, int count)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append('.');
            var part = path[i];
            if (part.StaticName is { } s) { sb.Append(s); continue; }
            try { sb.Append(part.GetName(ctx, env)); }
            catch (Errors.EvalError) { sb.Append(part.Display); }
        }
        return sb.ToString();
    }
}
