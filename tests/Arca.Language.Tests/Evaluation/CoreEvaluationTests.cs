namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;
using static Ast;

public sealed class CoreEvaluationTests
{
    [Fact]
    public void Literals_print_as_nix_does()
    {
        Assert.Equal("42", Show(I(42)));
        Assert.Equal("1.5", Show(F(1.5)));
        Assert.Equal("\"a\\\"b\\${c}\\n\"", Show(S("a\"b${c}\n")));
        Assert.Equal("/tmp/x", Show(Path("/tmp/x")));
        Assert.Equal("true", Show(V("true")));
        Assert.Equal("null", Show(V("null")));
        Assert.Equal("[ 1 \"x\" [ ] ]", Show(List(I(1), S("x"), List())));
    }

    [Fact]
    public void Let_bindings_are_recursive_and_lazy()
    {
        var e = Let(V("a"), ("a", Op("add", V("b"), I(1))), ("b", I(41)), ("unused", Call(V("throw"), S("never"))));
        Assert.Equal("42", Show(e));
    }

    [Fact]
    public void Rec_set_sees_its_own_attributes_plain_set_does_not()
    {
        Assert.Equal("{ a = 1; b = 2; }", Show(Rec(("a", I(1)), ("b", Op("add", V("a"), I(1))))));
        var error = Assert.Throws<UndefinedVariableError>(() => Eval(Set(("a", I(1)), ("b", V("a", 1, 5)))));
        Assert.Equal("undefined variable 'a'", error.Message);
        Assert.Equal(5, error.Pos.Column);
    }

    [Fact]
    public void Lexical_bindings_beat_with_and_inner_with_beats_outer()
    {
        var inner = new WithExpr(P(), Set(("x", I(2))), V("x"));
        var outer = new WithExpr(P(), Set(("x", I(1)), ("y", I(3))), Plus(inner, V("y")));
        Assert.Equal("5", Show(outer));
        var shadowed = Let(new WithExpr(P(), Set(("x", I(99))), V("x")), ("x", I(7)));
        Assert.Equal("7", Show(shadowed));
        // Globals are lexical too: `with { true = 1; }; true` is still the Boolean.
        Assert.Equal("true", Show(new WithExpr(P(), Set(("true", I(1))), V("true"))));
    }

    [Fact]
    public void With_scope_is_lazy_and_missing_names_are_runtime_errors()
    {
        Assert.Equal("1", Show(new WithExpr(P(), Call(V("throw"), S("lazy")), I(1))));
        var error = Assert.Throws<UndefinedVariableError>(() => Eval(new WithExpr(P(), Set(("a", I(1))), V("b"))));
        Assert.Equal("undefined variable 'b'", error.Message);
    }

    [Fact]
    public void Lambdas_with_formals_defaults_and_at_binding()
    {
        // ({ a, b ? a + 1, ... } @ args: [ a b args.c ]) { a = 1; c = 3; }
        var f = FnSet(List(V("a"), V("b"), Sel(V("args"), "c")), ellipsis: true, at: "args",
            formals: [("a", null), ("b", Op("add", V("a"), I(1)))]);
        Assert.Equal("[ 1 2 3 ]", Show(Call(f, Set(("a", I(1)), ("c", I(3))))));
    }

    [Fact]
    public void Missing_and_unexpected_arguments_are_reported_with_nix_wording()
    {
        var f = FnSet(V("x"), name: "f", formals: [("x", null), ("z", null)]);
        var missing = Assert.Throws<TypeError>(() => Eval(Call(f, Set(("x", I(1))))));
        Assert.Equal("function 'f' called without required argument 'z'", missing.Message);
        Assert.Contains(missing.Trace, t => t.Message == "from call site");

        var unexpected = Assert.Throws<TypeError>(() => Eval(Call(f, Set(("x", I(1)), ("y", I(2)), ("z", I(3))))));
        Assert.Equal("function 'f' called with unexpected argument 'y'", unexpected.Message);
        Assert.Equal("one of x or z", unexpected.Suggestion);

        var anonymous = FnSet(V("x"), formals: [("x", null)]);
        Assert.Equal("function 'anonymous lambda' called without required argument 'x'",
            Assert.Throws<TypeError>(() => Eval(Call(anonymous, Set()))).Message);
    }

    [Fact]
    public void Select_or_and_has_attr()
    {
        var s = Set(("a", Set(("b", I(1)))));
        Assert.Equal("1", Show(Sel(s, "a", "b")));
        Assert.Equal("7", Show(SelOr(s, I(7), "a", "c")));
        Assert.Equal("7", Show(SelOr(I(1), I(7), "a")));
        Assert.Equal("true", Show(Has(s, "a", "b")));
        Assert.Equal("false", Show(Has(s, "a", "b", "c")));
        var error = Assert.Throws<EvalError>(() => Eval(Sel(Set(("abc", I(1))), "abd")));
        Assert.Equal("attribute 'abd' missing", error.Message);
        Assert.Equal("abc", error.Suggestion);
        Assert.Contains(error.Trace, t => t.Message == "while evaluating the attribute 'abd'");
    }

    [Fact]
    public void Select_from_a_non_set_is_a_type_error()
    {
        var error = Assert.Throws<TypeError>(() => Eval(Sel(I(1), "a")));
        Assert.Equal("expected a set but found an integer: 1", error.Message);
        Assert.Contains(error.Trace, t => t.Message == "while selecting an attribute");
    }

    [Fact]
    public void Update_and_concat_lists()
    {
        Assert.Equal("{ a = 1; b = 3; c = 4; }", Show(Bin(BinaryOp.Update, Set(("a", I(1)), ("b", I(2))), Set(("b", I(3)), ("c", I(4))))));
        Assert.Equal("[ 1 2 3 ]", Show(Bin(BinaryOp.ConcatLists, List(I(1)), List(I(2), I(3)))));
        Assert.Throws<TypeError>(() => Eval(Bin(BinaryOp.ConcatLists, List(), I(1))));
    }

    [Fact]
    public void Boolean_operators_check_types_and_short_circuit()
    {
        Assert.Equal("false", Show(Bin(BinaryOp.And, V("false"), Call(V("throw"), S("no")))));
        Assert.Equal("true", Show(Bin(BinaryOp.Or, V("true"), Call(V("throw"), S("no")))));
        Assert.Equal("true", Show(Bin(BinaryOp.Implies, V("false"), I(1))));
        var error = Assert.Throws<TypeError>(() => Eval(new NotExpr(P(), I(1))));
        Assert.Equal("expected a Boolean but found an integer: 1", error.Message);
        Assert.Contains(error.Trace, t => t.Message == "in the argument of '!'");
    }

    [Fact]
    public void Equality_follows_nix()
    {
        Assert.Equal("true", Show(Bin(BinaryOp.Equal, I(1), F(1.0))));
        Assert.Equal("true", Show(Bin(BinaryOp.Equal, Set(("a", List(I(1)))), Set(("a", List(I(1)))))));
        Assert.Equal("false", Show(Bin(BinaryOp.Equal, Fn("x", V("x")), Fn("x", V("x")))));
        Assert.Equal("true", Show(Bin(BinaryOp.NotEqual, S("a"), S("b"))));
    }

    [Fact]
    public void If_and_assert()
    {
        Assert.Equal("2", Show(new IfExpr(P(), V("false"), I(1), I(2))));
        var error = Assert.Throws<AssertionError>(() => Eval(new AssertExpr(P(), V("false"), I(1))));
        Assert.StartsWith("assertion '", error.Message);
        Assert.EndsWith("' failed", error.Message);
    }

    [Fact]
    public void Assert_on_equality_explains_the_difference()
    {
        var error = Assert.Throws<AssertionError>(() => Eval(new AssertExpr(P(), Bin(BinaryOp.Equal, S("x"), S("y")), I(1))));
        Assert.Equal("string '\"x\"' is not equal to string '\"y\"'", error.Message);
        Assert.Contains(error.Trace, t => t.Message.StartsWith("while evaluating the condition of the assertion"));
    }

    [Fact]
    public void Inherit_and_inherit_from()
    {
        // let x = 1; src = { y = 2; }; in { inherit x; inherit (src) y; }
        var set = new AttrSetExpr(P(), false,
            [new AttrDef("x", V("x"), P(), AttrKind.Inherited), new AttrDef("y", V("y"), P(), AttrKind.InheritedFrom, 0)],
            [], [V("src")]);
        Assert.Equal("{ x = 1; y = 2; }", Show(Let(set, ("x", I(1)), ("src", Set(("y", I(2)))))));
    }

    [Fact]
    public void Inherit_in_rec_resolves_outside_the_set()
    {
        // let x = 1; in rec { inherit x; y = x + 1; }   — and `rec { x = x; }` style self-reference loops
        var set = new AttrSetExpr(P(), true,
            [new AttrDef("x", V("x"), P(), AttrKind.Inherited), new AttrDef("y", Op("add", V("x"), I(1)), P(), AttrKind.Plain)],
            [], []);
        Assert.Equal("{ x = 1; y = 2; }", Show(Let(set, ("x", I(1)))));
    }

    [Fact]
    public void Dynamic_attributes_null_skips_and_duplicates_error()
    {
        var dyn = new[]
        {
            new DynamicAttrDef(S("b"), I(2), P()),
            new DynamicAttrDef(V("null"), I(3), P()),
        };
        Assert.Equal("{ a = 1; b = 2; }", Show(SetOf(false, [("a", I(1))], dyn)));
        var dup = new[] { new DynamicAttrDef(S("a"), I(2), P(2, 3)) };
        var error = Assert.Throws<EvalError>(() => Eval(SetOf(false, [("a", I(1))], dup)));
        Assert.StartsWith("dynamic attribute 'a' already defined at «string»:1:1", error.Message);
    }

    [Fact]
    public void Infinite_recursion_is_detected()
    {
        Assert.Throws<InfiniteRecursionError>(() => Eval(Let(V("x"), ("x", V("x")))));
    }

    [Fact]
    public void Unforced_values_print_as_code_without_strict()
    {
        var ctx = NewContext();
        var v = ctx.Evaluate(List(Op("add", I(1), I(2))));
        Assert.Equal("[ <CODE> ]", Arca.Language.Printing.ValuePrinter.Print(ctx, v));
        Assert.Equal("<LAMBDA>", Arca.Language.Printing.ValuePrinter.Print(ctx, ctx.Evaluate(Fn("x", V("x")))));
        Assert.Equal("<PRIMOP>", Arca.Language.Printing.ValuePrinter.Print(ctx, ctx.Evaluate(V("__sub"))));
        Assert.Equal("<PRIMOP-APP>", Arca.Language.Printing.ValuePrinter.Print(ctx, ctx.Evaluate(Call(V("__sub"), I(1)))));
    }

    [Fact]
    public void Bindings_are_thunked_as_nix_does_except_constants_variables_and_empty_lists()
    {
        var ctx = NewContext();
        var v = ctx.Evaluate(Set(("a", Fn("x", V("x"))), ("b", I(1)), ("c", List()), ("d", V("true")), ("e", List(I(1)))));
        Assert.Equal("{ a = <CODE>; b = 1; c = [ ]; d = true; e = <CODE>; }", Arca.Language.Printing.ValuePrinter.Print(ctx, v));
    }

    [Fact]
    public void Repeated_values_print_once()
    {
        Assert.Equal(ByteString.FromText("[ [ 1 ] «repeated» ]"), Show(Let(List(V("x"), V("x")), ("x", List(I(1))))));
    }

    [Fact]
    public void Builtins_set_and_prefixed_names()
    {
        Assert.Equal("3", Show(Call(Sel(V("builtins"), "sub"), I(5), I(2))));
        Assert.Equal("true", Show(Has(Sel(V("builtins"), "builtins"), "sub")));
        Assert.Equal("6", Show(Sel(V("builtins"), "langVersion")));
    }

    [Fact]
    public void Cur_pos_gives_file_line_column_in_files_and_null_elsewhere()
    {
        var file = new Source("/src/x.nix", "a\nb\nc\n", "/src", true);
        Assert.Equal("{ column = 7; file = \"/src/x.nix\"; line = 3; }", Show(new CurPosExpr(new Pos(file, 3, 7))));
        Assert.Equal("null", Show(new CurPosExpr(P(3, 7))));
    }

    [Fact]
    public void Function_args()
    {
        var f = FnSet(I(1), formals: [("a", null), ("b", I(1))]);
        Assert.Equal("{ a = false; b = true; }", Show(Call(V("__functionArgs"), f)));
        Assert.Equal("{ }", Show(Call(V("__functionArgs"), Fn("x", V("x")))));
    }

    [Fact]
    public void Functors_are_callable()
    {
        var functor = Set(("__functor", Fn("self", Fn("x", Op("add", V("x"), Sel(V("self"), "n"))))), ("n", I(10)));
        Assert.Equal("15", Show(Call(functor, I(5))));
    }

    [Fact]
    public void Calling_a_non_function_is_a_type_error()
    {
        var error = Assert.Throws<TypeError>(() => Eval(Call(I(1), I(2))));
        Assert.Equal("attempt to call something which is not a function but an integer: 1", error.Message);
    }
}
