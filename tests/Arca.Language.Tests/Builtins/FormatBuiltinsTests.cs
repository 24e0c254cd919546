namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;

public sealed class FormatBuiltinsTests : BuiltinTestBase
{
    [Fact]
    public void ToJsonKeepsContext()
    {
        var s = Assert.IsType<NixString>(Call("toJSON", L(S("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x", "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"), NixInt.Of(3))));
        Assert.Equal("[\"/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x\",3]", s.Text);
        Assert.True(s.HasContext);
    }

    [Fact]
    public void ToJsonOfAFunctionFails() =>
        Assert.Equal("cannot convert the built-in function 'toJSON' to JSON",
            Assert.Throws<TypeError>(() => Call("toJSON", Ctx.Builtins.Get("toJSON")!)).Message);

    [Fact]
    public void ToXmlMatchesNix()
    {
        // builtins.toXML { a = "s"; } (upstream eval-okay-toxml: no locations).
        Assert.Equal(
            "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n    <attr name=\"a\">\n      <string value=\"s\" />\n    </attr>\n  </attrs>\n</expr>\n",
            CallString("toXML", A(("a", S("s")))));
    }
}
