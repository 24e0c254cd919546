namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

public sealed class TomlBuiltinsTests : BuiltinTestBase
{
    private static string Show(Value v) => v switch
    {
        NixAttrs a => "{ " + string.Concat(Enumerable.Range(0, a.Count).Select(i => $"{a.NameAt(i)} = {Show(a.ValueAt(i))}; ")) + "}",
        NixList l => "[ " + string.Concat(l.Items.Select(i => Show(i) + " ")) + "]",
        NixString s => "\"" + s.Text + "\"",
        NixBool b => b.Value ? "true" : "false",
        NixInt i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NixFloat f => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString()!,
    };

    [Fact]
    public void TablesArraysAndScalars()
    {
        // nix-instantiate 2.8: { a = 1; b = { c = "x"; }; p = [ { n = "h"; } { } ]; t = { arr = [ 1 [ true false ] ]; f = 1.5; }; }
        var v = Call("fromTOML", S("a = 1\nb.c = \"x\"\n[t]\nf = 1.5\narr = [1, [true, false]]\n[[p]]\nn = \"h\"\n[[p]]\n"));
        Assert.Equal("{ a = 1; b = { c = \"x\"; }; p = [ { n = \"h\"; } { } ]; t = { arr = [ 1 [ true false ] ]; f = 1.5; }; }", Show(v));
        Assert.Contains(Ctx.Builtins.Entries, e => e.Name == "fromTOML" && e.Global);
    }

    [Fact]
    public void TimestampsNeedTheExperimentalFeature()
    {
        var e = Assert.Throws<EvalError>(() => Call("fromTOML", S("d = 1979-05-27T07:32:00Z")));
        Assert.Equal("while parsing TOML: Dates and times are not supported", e.Message);
        Options.ExperimentalFeatures.Add("parse-toml-timestamps");
        Assert.Equal("{ d = { _type = \"timestamp\"; value = \"1979-05-27T07:32:00Z\"; }; }", Show(Call("fromTOML", S("d = 1979-05-27 07:32:00Z"))));
    }

    [Fact]
    public void ErrorsArePrefixed()
    {
        var e = Assert.Throws<EvalError>(() => Call("fromTOML", S("attr = 9223372036854775808")));
        Assert.StartsWith("while parsing TOML: [error] toml::parse_dec_integer: too large integer: current max digits = 2^63", e.Message);
        e = Assert.Throws<EvalError>(() => Call("fromTOML", S("\"a\\u0000b\" = 1")));
        Assert.Equal("while parsing TOML: error: input string 'a\u00E2\u0090\u0080b' cannot be represented as Nix string because it contains null bytes", e.Message);
        e = Assert.Throws<TypeError>(() => Call("fromTOML", NixInt.Of(1)));
        Assert.Equal("while evaluating the argument passed to builtins.fromTOML", e.Trace[0].Message);
    }
}
