namespace Arca.Language.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// <c>baseNameOf</c> and <c>dirOf</c>, on strings and paths exactly as Nix (its historical rules for trailing
/// slashes included). A string result keeps the argument's context; <c>dirOf</c> of a path is a path.
/// </summary>
public static class PathStringBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("baseNameOf", 1, BaseNameOf, global: true);
        table.Add("dirOf", 1, DirOf, global: true);
    }

    private static Value BaseNameOf(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var context = new StringContext.Builder();
        var text = BuiltinArgs.Coerce(ctx, args[0], EvalContext.Coercion.Strict, context,
            "while evaluating the first argument passed to builtins.baseNameOf");
        return NixString.Of(BaseName(text), context.Build());
    }

    /// <summary>
    /// Everything after the last slash, ignoring one trailing slash (only one: "a//" gives "", as in Nix, which keeps
    /// this for reproducibility).
    /// </summary>
    public static string BaseName(string path)
    {
        if (path.Length == 0) return "";
        int last = path.Length - 1;
        if (path[last] == '/' && last > 0) last--;
        int slash = path.LastIndexOf('/', last);
        int start = slash < 0 ? 0 : slash + 1;
        return path.Substring(start, last - start + 1);
    }

    private static Value DirOf(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var value = args[0].Force(ctx);
        if (value is NixPath p) return p.Path == "/" ? p : new NixPath(ParentOfCanonical(p.Path));
        var context = new StringContext.Builder();
        var text = BuiltinArgs.Coerce(ctx, value, EvalContext.Coercion.Strict, context,
            "while evaluating the first argument passed to 'builtins.dirOf'");
        return NixString.Of(DirName(text), context.Build());
    }

    /// <summary>Everything before the last slash: "." without one, "/" when it is the first character.</summary>
    public static string DirName(string path)
    {
        int slash = path.LastIndexOf('/');
        if (slash < 0) return ".";
        if (slash == 0) return "/";
        return path[..slash];
    }

    /// <summary>The parent of a canonical absolute path ("/a/b" → "/a", "/a" → "/").</summary>
    private static string ParentOfCanonical(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..slash];
    }
}
