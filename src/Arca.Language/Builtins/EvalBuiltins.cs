namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// The built-ins tied to the evaluator itself: <c>import</c>, <c>scopedImport</c>, <c>findFile</c> and
/// <c>__nixPath</c> (the <c>&lt;name&gt;</c> search path), <c>functionArgs</c>, and the constants describing this
/// evaluation (<c>currentSystem</c>, <c>currentTime</c>, <c>nixVersion</c>, <c>langVersion</c>, <c>storeDir</c>).
/// </summary>
public static class EvalBuiltins
{
    /// <summary>The language version Nix reports (<c>builtins.langVersion</c>).</summary>
    public const int LangVersion = 6;

    public static void Register(BuiltinTable table, EvalOptions options)
    {
        table.Add("import", 1, Import, global: true);
        table.Add("scopedImport", 2, ScopedImport, global: true);
        table.Add("findFile", 2, FindFile);
        table.Add("functionArgs", 1, FunctionArgs);
        // Nix adds the three primitive values as constants like any other: in scope unprefixed, and in `builtins`
        // too (`builtins.true`, `builtins ? null`).
        table.AddConstant("true", NixBool.True, global: true);
        table.AddConstant("false", NixBool.False, global: true);
        table.AddConstant("null", NixNull.Instance, global: true);
        table.AddConstant("nixPath", NixPath(options));
        table.AddConstant("currentSystem", NixString.Of(options.CurrentSystem));
        table.AddConstant("nixVersion", NixString.Of(options.NixVersion));
        table.AddConstant("langVersion", NixInt.Of(LangVersion));
        table.AddConstant("storeDir", NixString.Of(options.StoreDir));
        // The clock belongs to the evaluation's IEvalIO, which the table does not know: read it when first forced.
        table.AddConstant("currentTime", new Thunk(new CurrentTimeNode(), Frame.Empty));
    }

    private static Value Import(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // As Nix's realisePath: a path with context (an output of a derivation) is built first if it is missing.
        var path = IoArgs.RealisePath(ctx, args[0]);
        return ctx.EvaluateFile(path);
    }

    private static Value ScopedImport(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var scope = ctx.ForceAttrs(args[0], pos);
        var path = ctx.ResolveExprPath(IoArgs.RealisePath(ctx, args[1]));
        var names = new string[scope.Count];
        var frame = Frame.New(Frame.Empty, scope.Count);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = scope.NameAt(i);
            Frame.Set(frame, i, scope.ValueAt(i));
        }
        var expr = ctx.Parse(ctx.ReadSource(path));
        var node = ctx.Compiler.Compile(expr, CompileScope.Frame(null, names));
        try
        {
            return node.Eval(ctx, frame);
        }
        catch (EvalError e) when (e.AddTraceWhileUnwinding(default, $"while evaluating the file '{path}':"))
        {
            throw;
        }
    }

    /// <summary><c>__nixPath</c>: the search path as <c>[ { prefix; path; } … ]</c>, in lookup order.</summary>
    private static Value NixPath(EvalOptions options)
    {
        var items = new Value[options.SearchPath.Count];
        for (int i = 0; i < items.Length; i++)
        {
            var entry = options.SearchPath[i];
            items[i] = new AttrsBuilder(2)
                .Add("path", NixString.Of(entry.Path))
                .Add("prefix", NixString.Of(entry.Prefix))
                .Build();
        }
        return NixList.Of(items);
    }

    private static Value FindFile(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var list = ctx.ForceList(args[0], pos);
        var name = ctx.ForceStringNoContext(args[1], pos);
        foreach (var item in list.Items)
        {
            var entry = ctx.ForceAttrs(item, pos);
            var prefix = entry.TryGet("prefix", out var p) ? ctx.ForceStringNoContext(p, pos) : "";
            if (!entry.TryGet("path", out var pathValue))
                throw new EvalError("attribute 'path' missing").AddTrace(default, "in an element of the __nixPath");
            var root = ctx.CoerceToString(pathValue, pos, EvalContext.Coercion.Strict, new StringContext.Builder());

            var suffix = SuffixIfMatch(prefix, name);
            if (suffix is null) continue;
            if (root.Contains("://", StringComparison.Ordinal) || root.StartsWith("channel:", StringComparison.Ordinal)
                || root.StartsWith("flake:", StringComparison.Ordinal))
                continue; // downloads belong to the store layer; an unreachable entry is skipped, as Nix does on failure
            var rootPath = CanonicalPath.Absolute(root, ctx.Options.WorkingDirectory);
            if (ctx.IO.GetKind(rootPath) is null)
            {
                ctx.Diagnostics.WriteLine($"warning: Nix search path entry '{root}' does not exist, ignoring");
                continue;
            }
            var candidate = suffix.Length == 0 ? rootPath : CanonicalPath.Normalize(rootPath + "/" + suffix);
            if (ctx.IO.GetKind(candidate) is not null) return new NixPath(candidate);
        }
        // Nix's own files come last: a search path entry that provides them wins.
        if (name.StartsWith("nix/", StringComparison.Ordinal) && CorePackagesEvalIO.Find(name[4..]) is { } corePackage)
            return new NixPath(corePackage);
        if (name.StartsWith("nix/", StringComparison.Ordinal))
            throw new ThrownError($"file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)", pos);
        throw new ThrownError(ctx.Options.PureEval
            ? $"cannot look up '<{name}>' in pure evaluation mode (use '--impure' to override)"
            : $"file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)", pos);
    }

    /// <summary>The rest of <paramref name="path"/> after a search path prefix, or null when the prefix does not apply.</summary>
    private static string? SuffixIfMatch(string prefix, string path)
    {
        int n = prefix.Length;
        bool needSeparator = n > 0 && n < path.Length;
        if (needSeparator && path[n] != '/') return null;
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return path[(needSeparator ? n + 1 : n)..];
    }

    private static Value FunctionArgs(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var f = args[0].Force(ctx);
        if (f is PrimOp or PrimOpApp) return NixAttrs.Empty;
        if (f is not Closure lambda)
            throw new TypeError("'functionArgs' requires a function");
        var formals = lambda.Definition.Formals;
        if (formals is null) return NixAttrs.Empty;
        var builder = new AttrsBuilder(formals.Length);
        foreach (var formal in formals) builder.Add(formal.Name, NixBool.Of(formal.Default is not null), formal.Pos);
        return builder.Build();
    }

    private sealed class CurrentTimeNode : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => NixInt.Of(ctx.IO.CurrentTime);
    }
}
