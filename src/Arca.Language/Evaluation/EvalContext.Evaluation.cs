namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

// Parsing, compiling and evaluating sources and files: the entry points of the CLI and of `import`.
public sealed partial class EvalContext
{
    private GlobalScope? globalScope;
    private Compiler? compiler;

    /// <summary>The global names (built after every module and the store bridge registered their built-ins).</summary>
    public GlobalScope Globals => globalScope ??= new GlobalScope(Builtins);

    public Compiler Compiler => compiler ??= new Compiler(Globals);

    /// <summary>Compiles and evaluates an expression in the global scope, to weak head normal form.</summary>
    public Value Evaluate(Expr expr) => Compiler.Compile(expr, null).Eval(this, Frame.Empty);

    /// <summary>Parses, compiles and evaluates a source (a <c>-E</c> expression, standard input, a file's text).</summary>
    public Value EvaluateSource(Source source) => Evaluate(Parse(source));

    public Expr Parse(Source source) => SyntaxBridge.Parse(source, parserOptions ??= new ParserOptions(
        Options.Home, Options.ExperimentalFeatures.Contains("pipe-operators"), Options.PureEval)
    {
        LintShortPathLiterals = Options.LintShortPathLiterals,
        LintAbsolutePathLiterals = Options.LintAbsolutePathLiterals,
        LintUrlLiterals = Options.LintUrlLiterals,
        OnWarning = (message, pos) => Diagnostics.Write(ErrorRenderer.RenderWarning(message, pos) + "\n"),
    });

    private ParserOptions? parserOptions;

    /// <summary>A file as a <see cref="Source"/>: origin its path, relative paths resolved against its directory.</summary>
    public Source ReadSource(string path)
    {
        var text = ByteString.FromBytes(IO.ReadFile(path));
        int slash = path.LastIndexOf('/');
        var dir = slash <= 0 ? "/" : path[..slash];
        return new Source(path, text, dir, true);
    }

    /// <summary>
    /// <c>import path</c>: follows symlinks, appends <c>default.nix</c> to a directory, and evaluates each file once
    /// per evaluation.
    /// </summary>
    public Value EvaluateFile(string path)
    {
        var resolved = ResolveExprPath(path);
        if (ImportCache.TryGetValue(resolved, out var cached)) return cached.Force(this);
        // A thunk in the cache first, so an import cycle is "infinite recursion" rather than a stack overflow.
        var thunk = new Thunk(new ImportFileNode(resolved), Frame.Empty);
        ImportCache[resolved] = thunk;
        return thunk.Evaluate(this);
    }

    /// <summary>Nix's <c>resolveExprPath</c>: symlinks followed (so relative paths work from the target), then <c>/default.nix</c> for a directory.</summary>
    public string ResolveExprPath(string path)
    {
        path = CanonicalPath.Normalize(path);
        for (int follow = 0; follow < 1024; follow++)
        {
            if (IO.GetKind(path) != FileKind.Symlink) break;
            var target = IO.ResolveSymlinks(path);
            if (target == path) break;
            path = CanonicalPath.Normalize(target);
        }
        var kind = IO.GetKind(path);
        if (kind is null)
            throw new EvalError($"path '{path}' does not exist");
        if (kind == FileKind.Directory) path = path == "/" ? "/default.nix" : path + "/default.nix";
        return path;
    }

    private sealed class ImportFileNode(string path) : Node
    {
        public override Value Eval(EvalContext ctx, Env env)
        {
            Source source;
            try
            {
                source = ctx.ReadSource(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EvalError($"opening file '{path}': {IoMessage(e)}");
            }
            var expr = ctx.Parse(source);
            try
            {
                return ctx.Evaluate(expr);
            }
            catch (EvalError e) when (e.AddTraceWhileUnwinding(default, $"while evaluating the file '{path}':"))
        {
            throw;
        }
        }
    }

    internal static string IoMessage(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        _ => e.Message,
    };
}
