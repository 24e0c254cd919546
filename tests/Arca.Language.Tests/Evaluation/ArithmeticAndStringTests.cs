namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Errors;
using static Ast;

public sealed class ArithmeticAndStringTests
{
    [Theory]
    [InlineData("sub", 5, 3, "2")]
    [InlineData("mul", 6, 7, "42")]
    [InlineData("div", 7, 2, "3")]
    [InlineData("div", -7, 2, "-3")]
    [InlineData("lessThan", 1, 2, "true")]
    [InlineData("lessThan", 2, 1, "false")]
    public void Integer_operators(string op, long a, long b, string expected) =>
        Assert.Equal(expected, Show(Op(op, I(a), I(b))));

    [Fact]
    public void Mixed_int_and_float()
    {
        Assert.Equal("2.5", Show(Op("div", F(5), I(2))));
        Assert.Equal("3.5", Show(Plus(I(1), F(2.5))));
        Assert.Equal("true", Show(Op("lessThan", I(1), F(1.5))));
    }

    [Theory]
    [InlineData("add", long.MaxValue, 1, "integer overflow in adding 9223372036854775807 + 1")]
    [InlineData("sub", long.MinValue, 1, "integer overflow in subtracting -9223372036854775808 - 1")]
    [InlineData("mul", long.MaxValue, 2, "integer overflow in multiplying 9223372036854775807 * 2")]
    [InlineData("div", long.MinValue, -1, "integer overflow in dividing -9223372036854775808 / -1")]
    [InlineData("div", 1, 0, "division by zero")]
    public void Overflow_and_division_by_zero(string op, long a, long b, string message)
    {
        var error = Assert.Throws<EvalError>(() => Eval(Op(op, I(a), I(b))));
        Assert.Equal(message, error.Message);
        Assert.Contains(error.Trace, t => t.Message == $"while calling the '{op}' builtin");
    }

    [Fact]
    public void Plus_overflow_uses_nix_wording()
    {
        var error = Assert.Throws<EvalError>(() => Eval(Plus(I(long.MaxValue), I(1))));
        Assert.Equal("integer overflow in adding 9223372036854775807 + 1", error.Message);
    }

    [Fact]
    public void Arithmetic_type_errors_name_the_argument()
    {
        var error = Assert.Throws<TypeError>(() => Eval(Op("sub", S("foo"), I(1))));
        Assert.Equal("expected an integer but found a string: \"foo\"", error.Message);
        Assert.Contains(error.Trace, t => t.Message == "while evaluating the first argument of the subtraction");
    }

    [Fact]
    public void Comparison_of_different_types_fails()
    {
        var error = Assert.Throws<EvalError>(() => Eval(Op("lessThan", I(1), S("a"))));
        Assert.Equal("cannot compare an integer with a string; values are 1 and \"a\"", error.Message);
    }

    [Fact]
    public void Negation_desugared_from_sub_zero()
    {
        Assert.Equal("-5", Show(Call(V("__sub"), I(0), I(5))));
    }

    [Fact]
    public void Interpolation_and_plus()
    {
        Assert.Equal("\"ab1\"", Show(Interp(S("a"), S("b"), S("1"))));
        Assert.Equal("\"xy\"", Show(Plus(S("x"), S("y"))));
        Assert.Equal("/tmp/foo/bar", Show(Plus(Path("/tmp/foo"), S("/bar"))));
        Assert.Equal("/tmp/x", Show(Plus(Path("/tmp/foo"), S("/../x"))));
        var error = Assert.Throws<EvalError>(() => Eval(Plus(I(1), S("x"))));
        Assert.Equal("cannot add a string to an integer", error.Message);
    }

    [Fact]
    public void Interpolating_a_function_is_an_error_with_a_path_segment_frame()
    {
        var error = Assert.Throws<TypeError>(() => Eval(Interp(S("a"), Fn("x", V("x")))));
        // Messages follow the byte-string convention (the printer writes « » as UTF-8 bytes).
        Assert.StartsWith("cannot coerce a function to a string: «lambda @ ", Arca.Language.Values.ByteString.ToText(error.Message));
        Assert.Contains(error.Trace, t => t.Message == "while evaluating a path segment");
    }

    [Fact]
    public void Interpolating_a_set_uses_to_string_or_out_path()
    {
        Assert.Equal("\"/p\"", Show(Interp(Set(("outPath", S("/p"))))));
        Assert.Equal("\"T\"", Show(Interp(Set(("__toString", Fn("self", S("T")))))));
    }
}
