namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

// Paths and expected shapes from nix-instantiate 2.8 on
// derivation { name = "fail"; builder = "/bin/false"; system = "x86_64-linux"; outputs = [ "out" "foo" ]; }.
public sealed class ContextBuiltinsTests : BuiltinTestBase
{
    private const string Drv = "/nix/store/pg9yqs4yd85yhdm3f4i5dyaqp5jahrsz-fail.drv";
    private const string Src = "/nix/store/m1a49k28kbvny5dnbkymp1nia4b403q8-a.nix";

    private static string Show(Value v) => v switch
    {
        NixAttrs a => "{ " + string.Concat(Enumerable.Range(0, a.Count).Select(i => $"{a.NameAt(i)} = {Show(a.ValueAt(i))}; ")) + "}",
        NixList l => "[ " + string.Concat(l.Items.Select(i => Show(i) + " ")) + "]",
        NixString s => "\"" + s.Text + "\"",
        NixBool b => b.Value ? "true" : "false",
        _ => v.ToString()!,
    };

    [Fact]
    public void GetContextGroupsElementsByPath()
    {
        var s = S("x", "!out!" + Drv, "!foo!" + Drv, "=" + Drv, Drv, Src);
        Assert.Equal(
            $"{{ {Src} = {{ path = true; }}; {Drv} = {{ allOutputs = true; outputs = [ \"foo\" \"out\" ]; path = true; }}; }}",
            Show(Call("getContext", s)));
        Assert.Equal("{ }", Show(Call("getContext", S("plain"))));
    }

    [Fact]
    public void AppendContextIsTheInverseOfGetContext()
    {
        var original = S("combo", "!out!" + Drv, "!foo!" + Drv, "=" + Drv, Src);
        var context = Call("getContext", original);
        var rebuilt = Assert.IsType<NixString>(Call("appendContext", S("combo"), context));
        Assert.Equal(original.Context.Elements, rebuilt.Context.Elements);
    }

    [Fact]
    public void AppendContextChecksItsInput()
    {
        var e = Assert.Throws<EvalError>(() => Call("appendContext", S("x"), A(("/tmp/nope", A(("path", NixBool.True))))));
        Assert.Equal("context key '/tmp/nope' is not a store path", e.Message);
        e = Assert.Throws<EvalError>(() => Call("appendContext", S("x"), A((Src, A(("allOutputs", NixBool.True))))));
        Assert.Equal($"tried to add all-outputs context of {Src}, which is not a derivation, to a string", e.Message);
        e = Assert.Throws<EvalError>(() => Call("appendContext", S("x"), A((Src, A(("outputs", L(S("out"))))))));
        Assert.Equal($"tried to add derivation output context of {Src}, which is not a derivation, to a string", e.Message);
        // An empty output list on a non-derivation and false flags add nothing.
        var s = Assert.IsType<NixString>(Call("appendContext", S("x"), A((Src, A(("outputs", L()), ("path", NixBool.False))))));
        Assert.False(s.HasContext);
    }

    [Fact]
    public void HasContextAndDiscarding()
    {
        Assert.Equal(NixBool.True, Call("hasContext", S("x", Src)));
        Assert.Equal(NixBool.False, Call("hasContext", S("x")));
        var discarded = Assert.IsType<NixString>(Call("unsafeDiscardStringContext", S("x", Src)));
        Assert.Equal("x", discarded.Text);
        Assert.False(discarded.HasContext);
        // Coerces like interpolation: outPath of a set, but not integers.
        Assert.Equal("p", CallString("unsafeDiscardStringContext", A(("outPath", S("p", Src)))));
        Assert.Throws<TypeError>(() => Call("unsafeDiscardStringContext", NixInt.Of(1)));
        Assert.Throws<TypeError>(() => Call("hasContext", A(("outPath", S("p")))));
    }

    [Fact]
    public void OutputDependenciesAreRemovedAndAddedBack()
    {
        var deep = Assert.IsType<NixString>(Call("addDrvOutputDependencies", S(Drv, Drv)));
        Assert.Equal(["=" + Drv], deep.Context.Elements);
        var again = Assert.IsType<NixString>(Call("addDrvOutputDependencies", deep));
        Assert.Equal(["=" + Drv], again.Context.Elements);
        var shallow = Assert.IsType<NixString>(Call("unsafeDiscardOutputDependency", deep));
        Assert.Equal([Drv], shallow.Context.Elements);
    }

    [Fact]
    public void AddDrvOutputDependenciesErrors()
    {
        Assert.Equal("context of string '' must have exactly one element, but has 0",
            Assert.Throws<EvalError>(() => Call("addDrvOutputDependencies", S(""))).Message);
        Assert.Equal("context of string 'ab' must have exactly one element, but has 2",
            Assert.Throws<EvalError>(() => Call("addDrvOutputDependencies", S("ab", Drv, Src))).Message);
        Assert.Equal("`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as 'out'",
            Assert.Throws<EvalError>(() => Call("addDrvOutputDependencies", S("o", "!out!" + Drv))).Message);
        Assert.Equal($"path '{Src}' is not a derivation",
            Assert.Throws<EvalError>(() => Call("addDrvOutputDependencies", S("o", Src))).Message);
    }
}
