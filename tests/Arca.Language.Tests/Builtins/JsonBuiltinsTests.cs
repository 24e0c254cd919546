namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

public sealed class JsonBuiltinsTests : BuiltinTestBase
{
    private static string Show(Value v) => v switch
    {
        NixAttrs a => "{ " + string.Concat(Enumerable.Range(0, a.Count).Select(i => $"{a.NameAt(i)} = {Show(a.ValueAt(i))}; ")) + "}",
        NixList l => "[ " + string.Concat(l.Items.Select(i => Show(i) + " ")) + "]",
        NixString s => "\"" + s.Text + "\"",
        NixBool b => b.Value ? "true" : "false",
        NixInt i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NixFloat f => "f" + f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NixNull => "null",
        _ => v.ToString()!,
    };

    [Fact]
    public void FromJsonBuildsValues()
    {
        // nix-instantiate 2.8: { a = 2; b = [ 1 -2.5 null true "\u00e9" ]; }  (the last duplicate key wins)
        var v = Call("fromJSON", S("{\"b\": [1, -2.5e0, null, true, \"\\u00e9\"], \"a\": 1, \"a\": 2}"));
        Assert.Equal("{ a = 2; b = [ 1 f-2.5 null true \"\u00C3\u00A9\" ]; }", Show(v));
        Assert.Equal("f-9.223372036854776E+18", Show(Call("fromJSON", S("-9223372036854775809"))));
    }

    [Fact]
    public void ParseErrorsAreNlohmanns()
    {
        var e = Assert.Throws<EvalError>(() => Call("fromJSON", S("[1,2")));
        Assert.Equal("[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing array - unexpected end of input; expected ']'", e.Message);
        Assert.Equal("while decoding a JSON string", e.Trace[0].Message);
        e = Assert.Throws<EvalError>(() => Call("fromJSON", S("{\"attr\": 18446744073709551615}")));
        Assert.Equal("unsigned json number 18446744073709551615 outside of Nix integer range", e.Message);
        Assert.DoesNotContain(e.Trace, f => f.Message == "while decoding a JSON string");
        e = Assert.Throws<EvalError>(() => Call("fromJSON", S("\"a\\u0000b\"")));
        Assert.Equal("input string 'a\u00E2\u0090\u0080b' cannot be represented as Nix string because it contains null bytes", e.Message);
    }

    [Fact]
    public void RoundTripThroughToJson()
    {
        var json = "{\"a\":[1,2.5,\"x\\ny\"],\"b\":{\"c\":null,\"d\":false}}";
        Assert.Equal(json, CallString("toJSON", Call("fromJSON", S(json))));
    }
}
