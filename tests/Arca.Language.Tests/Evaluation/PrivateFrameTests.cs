namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Tests.Syntax;
using Arca.Language.Values;

/// <summary>
/// Functions whose calls keep nothing of their frame reuse frames (<see cref="FramePool"/>). Which functions qualify
/// is decided from the compiled body; a wrong "yes" would let a later call overwrite a frame something still reads,
/// so the programs below check that values made by such calls stay what they were.
/// </summary>
public sealed class PrivateFrameTests
{
    private static (EvalContext Ctx, Value Value) Run(string text)
    {
        var ctx = Ast.NewContext();
        return (ctx, ctx.Evaluate(SyntaxTestKit.Parse(text)).Force(ctx));
    }

    private static bool FrameIsPrivate(string function)
    {
        var (_, value) = Run(function);
        return Assert.IsType<Closure>(value).Definition.FrameIsPrivate;
    }

    [Theory]
    [InlineData("i: \"pkg${toString i}\"")]
    [InlineData("d: d.outPath")]
    [InlineData("x: [ x 1 ]")]
    [InlineData("x: if x > 1 then x - 1 else !(x == 0)")]
    [InlineData("let ys = [ 1 2 ]; in x: builtins.map x ys")]
    [InlineData("{ a, b }: a + b")]
    [InlineData("let args = { }; in d: args.${d} or null")]
    [InlineData("let f = x: x; in x: f x")]
    public void A_body_that_only_reads_its_frame_gets_a_reusable_one(string function) =>
        Assert.True(FrameIsPrivate(function));

    [Theory]
    [InlineData("x: y: x")]                     // a closure over the frame
    [InlineData("x: { a = x + 1; }")]           // a thunk over it, in a set
    [InlineData("x: [ (x + 1) ]")]              // a thunk over it, in a list
    [InlineData("let f = x: x; in x: f (x + 1)")] // a thunk over it, as an argument
    [InlineData("x: let y = x; in y")]          // a frame linked to it
    [InlineData("x: with x; a")]
    [InlineData("{ a ? 1 }: a")]                // a default is a thunk over the frame
    public void A_body_that_may_keep_its_frame_gets_its_own(string function) =>
        Assert.False(FrameIsPrivate(function));

    [Fact]
    public void Results_of_many_calls_stay_distinct()
    {
        var (ctx, value) = Run("let name = i: \"pkg${toString i}\"; in builtins.genList name 200");
        var list = (NixList)value;
        for (int i = 0; i < 200; i++) Assert.Equal($"pkg{i}", ((NixString)list.Items[i].Force(ctx)).Text);
    }

    [Fact]
    public void Frames_that_closures_and_thunks_keep_are_never_reused()
    {
        // Were these frames reused, `first` would read the argument of the second call, or an emptied slot.
        var (ctx, value) = Run("""
            let
              k = x: y: x;
              first = k "one";
              second = k "two";
              boxed = x: { v = x + "!"; };
              b1 = boxed "a";
              b2 = boxed "b";
            in [ (first 0) (second 0) b1.v b2.v ]
            """);
        var texts = ((NixList)value).Items.ToArray().Select(v => ((NixString)v.Force(ctx)).Text);
        Assert.Equal(["one", "two", "a!", "b!"], texts);
    }

    [Fact]
    public void Nested_and_recursive_calls_each_have_their_frame()
    {
        // `count` recurses through itself with its frame in use at every level; `twice` calls a private function
        // inside the argument of another call of the same function.
        var (ctx, value) = Run("""
            let
              count = n: if n == 0 then 0 else 1 + count (n - 1);
              pair = a: b: [ a b ];
              twice = x: x + x;
            in [ (count 500) (twice (twice (twice 1))) (builtins.elemAt (pair 1 2) 0) (builtins.elemAt (pair 3 4) 1) ]
            """);
        var items = ((NixList)value).Items;
        Assert.Equal(500, ((NixInt)items[0].Force(ctx)).Value);
        Assert.Equal(8, ((NixInt)items[1].Force(ctx)).Value);
        Assert.Equal(1, ((NixInt)items[2].Force(ctx)).Value);
        Assert.Equal(4, ((NixInt)items[3].Force(ctx)).Value);
    }

    [Fact]
    public void A_call_that_failed_does_not_disturb_later_ones()
    {
        var (ctx, value) = Run("""
            let f = x: x.a;
            in [ (builtins.tryEval (f { a = throw "no"; })).success (f { a = "first"; }) (builtins.tryEval (f { a = assert false; 1; })).success (f { a = "second"; }) ]
            """);
        var items = ((NixList)value).Items;
        Assert.Same(NixBool.False, items[0].Force(ctx));
        Assert.Equal("first", ((NixString)items[1].Force(ctx)).Text);
        Assert.Same(NixBool.False, items[2].Force(ctx));
        Assert.Equal("second", ((NixString)items[3].Force(ctx)).Text);
    }

    [Fact]
    public void A_lazy_argument_evaluated_inside_a_call_may_call_the_same_function()
    {
        // The argument thunk of the outer call runs `get` again while the outer call's frame is rented.
        var (_, value) = Run("""
            let get = s: s.v;
                inner = { v = get { v = 41; }; };
            in get inner + 1
            """);
        Assert.Equal(42, ((NixInt)value).Value);
    }

    [Fact]
    public void An_error_inside_a_reused_frame_still_names_the_function()
    {
        var ctx = Ast.NewContext();
        var error = Assert.ThrowsAny<EvalError>(() =>
            ctx.Evaluate(SyntaxTestKit.Parse("let f = x: x.missing; in [ (f { a = 1; }) ]")).Force(ctx) is NixList l
                ? l.Items[0].Force(ctx) : null);
        Assert.Contains("attribute 'missing' missing", error.Message);
    }
}
