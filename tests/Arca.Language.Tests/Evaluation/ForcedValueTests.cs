namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Tests.Syntax;
using Arca.Language.Values;

/// <summary>
/// Once a thunk in a set or a frame is forced, its value takes its place (the thunk can be collected); a thunk
/// that failed stays, so a second use fails the same way. Neither changes what a program means.
/// </summary>
public sealed class ForcedValueTests
{
    private static (EvalContext Ctx, Value Value) Run(string text)
    {
        var ctx = Ast.NewContext();
        return (ctx, ctx.Evaluate(SyntaxTestKit.Parse(text)));
    }

    [Fact]
    public void A_selected_attribute_is_replaced_by_its_value()
    {
        var (ctx, value) = Run("let s = { a = 1 + 1; b = 3 + 3; }; in [ s s.a ]");
        var list = (NixList)value;
        var set = (NixAttrs)list.Items[0].Force(ctx);
        Assert.IsType<Thunk>(set.Get("a"));
        Assert.Equal(2, ((NixInt)list.Items[1].Force(ctx)).Value);
        Assert.Equal(2, Assert.IsType<NixInt>(set.Get("a")).Value);
        Assert.IsType<Thunk>(set.Get("b"));   // untouched: never selected
    }

    [Fact]
    public void A_failed_attribute_keeps_failing_the_same_way()
    {
        var (ctx, value) = Run("let s = { bad = throw \"no\"; }; in [ s (builtins.tryEval s.bad) ]");
        var list = (NixList)value;
        var set = (NixAttrs)list.Items[0].Force(ctx);
        var tried = (NixAttrs)list.Items[1].Force(ctx);
        Assert.Same(NixBool.False, tried.Get("success")!.Force(ctx));
        Assert.IsType<Thunk>(set.Get("bad"));
        var error = Assert.Throws<ThrownError>(() => set.Get("bad")!.Force(ctx));
        Assert.Equal("no", error.Message);
    }

    [Fact]
    public void Variables_read_after_forcing_see_the_same_value()
    {
        var (ctx, value) = Run("let x = { n = 40 + 2; }; f = y: x.n + y; in [ (f 0) (f 1) x ]");
        var list = (NixList)value;
        Assert.Equal(42, ((NixInt)list.Items[0].Force(ctx)).Value);
        Assert.Equal(43, ((NixInt)list.Items[1].Force(ctx)).Value);
        Assert.Equal(42, Assert.IsType<NixInt>(((NixAttrs)list.Items[2].Force(ctx)).Get("n")).Value);
    }
}
