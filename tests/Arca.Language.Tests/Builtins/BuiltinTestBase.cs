namespace Arca.Language.Tests.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Values;

/// <summary>An evaluation context on the real file system, a temporary directory, and shorthands to call builtins.</summary>
public abstract class BuiltinTestBase : IDisposable
{
    protected BuiltinTestBase()
    {
        Ctx = new EvalContext(Options, new FileSystemEvalIO(), diagnostics: Diagnostics);
        Dir = Directory.CreateTempSubdirectory("arca-builtins-").FullName;
    }

    protected EvalOptions Options { get; } = new();
    protected StringWriter Diagnostics { get; } = new();
    protected EvalContext Ctx { get; }
    protected string Dir { get; }

    protected Value Call(string name, params Value[] args)
    {
        var builtin = Ctx.Builtins.Get(name) ?? throw new InvalidOperationException($"no builtin {name}");
        return Ctx.Call(builtin, args, default).Force(Ctx);
    }

    protected string CallString(string name, params Value[] args) => Assert.IsType<NixString>(Call(name, args)).Text;

    protected static NixString S(string text) => new(text);

    protected static NixString S(string text, params string[] context) => NixString.Of(text, StringContext.Of(context));

    protected static NixPath P(string path) => new(path);

    protected static NixList L(params Value[] items) => new(items);

    protected static NixAttrs A(params (string Name, Value Value)[] attrs)
    {
        var b = new AttrsBuilder();
        foreach (var (n, v) in attrs) b.Add(n, v);
        return b.Build();
    }

    protected string WriteFile(string name, string contents)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
