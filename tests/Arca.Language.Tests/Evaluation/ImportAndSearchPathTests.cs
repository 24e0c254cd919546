namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using static Ast;

/// <summary><c>import</c>, <c>scopedImport</c>, <c>findFile</c>/<c>__nixPath</c> against real temporary files.</summary>
public sealed class ImportAndSearchPathTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("arca-import-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(dir.FullName, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Import_evaluates_a_file_once_and_directories_mean_default_nix()
    {
        var file = Write("lib/default.nix", "builtins.trace \"loaded\" { x = 1; }");
        var log = new StringWriter();
        var ctx = new EvalContext(new EvalOptions(), new FileSystemEvalIO(), diagnostics: log);
        var expr = List(Call(V("import"), Path(System.IO.Path.GetDirectoryName(file)!)), Call(V("import"), Path(file)));
        var v = ctx.Evaluate(expr);
        ctx.ForceDeep(v, default);
        var items = ((NixList)v).Items;
        Assert.Same(items[0].Force(ctx), items[1].Force(ctx));
        Assert.Equal(1, log.ToString().Split("loaded").Length - 1);
    }

    [Fact]
    public void Import_follows_symlinks_so_relative_paths_resolve_from_the_target()
    {
        Write("real/value.nix", "42");
        var target = Write("real/main.nix", "import ./value.nix");
        var link = System.IO.Path.Combine(dir.FullName, "link.nix");
        File.CreateSymbolicLink(link, target);
        Assert.Equal("42", Show(Call(V("import"), Path(link))));
    }

    [Fact]
    public void Importing_a_missing_file_fails()
    {
        var error = Assert.Throws<EvalError>(() => Eval(Call(V("import"), Path(dir.FullName + "/nope.nix"))));
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Scoped_import_puts_the_set_in_scope_before_the_globals()
    {
        var file = Write("scoped.nix", "[ x (map (y: y) [ 1 ]) ]");
        var scope = Set(("x", I(7)), ("map", Fn("f", Fn("l", S("overridden")))));
        Assert.Equal("[ 7 \"overridden\" ]", Show(Call(V("scopedImport"), scope, Path(file))));
    }

    [Fact]
    public void Search_path_lookup_with_prefixes()
    {
        Write("root/pkgs/default.nix", "\"pkgs\"");
        Write("other/thing.nix", "\"thing\"");
        var options = new EvalOptions();
        options.SearchPath.Add(SearchPathEntry.Parse("nixpkgs=" + dir.FullName + "/root/pkgs"));
        options.SearchPath.Add(SearchPathEntry.Parse(dir.FullName + "/other"));
        var ctx = NewContext(options);
        Expr Find(string name) => Call(V("__findFile"), V("__nixPath"), S(name));
        Assert.Equal("\"pkgs\"", Show(Call(V("import"), Find("nixpkgs")), ctx));
        Assert.Equal("\"thing\"", Show(Call(V("import"), Find("thing.nix")), ctx));
        var error = Assert.Throws<ThrownError>(() => Eval(Find("missing"), ctx));
        Assert.Equal("file 'missing' was not found in the Nix search path (add it using $NIX_PATH or -I)", error.Message);
        Assert.Equal("[ { path = \"" + dir.FullName + "/root/pkgs\"; prefix = \"nixpkgs\"; } { path = \"" + dir.FullName + "/other\"; prefix = \"\"; } ]",
            Show(V("__nixPath"), ctx));
    }

    [Fact]
    public void Nix_own_fetchurl_is_found_after_the_search_path()
    {
        Expr Find(string name) => Call(V("__findFile"), V("__nixPath"), S(name));
        var ctx = NewContext(new EvalOptions());
        Assert.Equal("/__corepkgs__/fetchurl.nix", Show(Find("nix/fetchurl.nix"), ctx));
        Assert.Equal("true", Show(Call(Sel(V("builtins"), "pathExists"), Find("nix/fetchurl.nix")), ctx)); // imported in tests/corpus/derivations
        Assert.Equal("[ \"fetchurl.nix\" ]", Show(Call(Sel(V("builtins"), "attrNames"), Call(Sel(V("builtins"), "readDir"), Path("/__corepkgs__"))), ctx));
        var missing = Assert.Throws<ThrownError>(() => Eval(Find("nix/other.nix"), ctx));
        Assert.Equal("file 'nix/other.nix' was not found in the Nix search path (add it using $NIX_PATH or -I)", missing.Message);

        // A search path entry that provides nix/fetchurl.nix wins over the built-in one.
        Write("mine/nix/fetchurl.nix", "\"mine\"");
        var options = new EvalOptions();
        options.SearchPath.Add(SearchPathEntry.Parse(dir.FullName + "/mine"));
        Assert.Equal("\"mine\"", Show(Call(V("import"), Find("nix/fetchurl.nix")), NewContext(options)));
    }
}
