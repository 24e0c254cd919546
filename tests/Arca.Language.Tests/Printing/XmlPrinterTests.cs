namespace Arca.Language.Tests.Printing;

using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

public sealed class XmlPrinterTests
{
    private readonly EvalContext ctx = new(new EvalOptions(), new FileSystemEvalIO());

    private string Xml(Value v, bool locations = false) => XmlPrinter.Print(ctx, v, locations, new StringContext.Builder());

    [Fact]
    public void ListOfScalarsAndASet()
    {
        var set = new AttrsBuilder().Add("y", new NixString("x")).Add("x", new NixString("x")).Build();
        var v = new NixList([new NixString("ab"), NixInt.Of(10), set, NixNull.Instance, NixBool.True, new NixPath("/p")]);
        // builtins.toXML [ ("a" + "b") 10 (rec { x = "x"; y = x; }) null true /p ], from nix-instantiate 2.8.
        Assert.Equal(
            "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <list>\n    <string value=\"ab\" />\n    <int value=\"10\" />\n" +
            "    <attrs>\n      <attr name=\"x\">\n        <string value=\"x\" />\n      </attr>\n      <attr name=\"y\">\n" +
            "        <string value=\"x\" />\n      </attr>\n    </attrs>\n    <null />\n    <bool value=\"true\" />\n" +
            "    <path value=\"/p\" />\n  </list>\n</expr>\n",
            Xml(v));
    }

    [Theory]
    [InlineData(567.89, "567.89")]
    [InlineData(1.0, "1")]
    [InlineData(1e6, "1e+06")]
    [InlineData(123456.7, "123457")]
    [InlineData(1234567.0, "1.23457e+06")]
    [InlineData(999999.5, "1e+06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(0.000123456789, "0.000123457")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e100, "1e+100")]
    [InlineData(1.0 / 3, "0.333333")]
    [InlineData(-0.0, "-0")]
    public void FloatsAreFormattedLikeOstream(double value, string expected) =>
        Assert.Contains($"<float value=\"{expected}\" />", Xml(new NixFloat(value)));

    [Fact]
    public void AttributeValuesAreEscaped() =>
        Assert.Contains("<string value=\"&lt;a&gt; &amp; &quot;b&quot;&#xA;\t\" />", Xml(new NixString("<a> & \"b\"\n\t")));

    [Fact]
    public void LambdasShowTheirPatternsAndLocations()
    {
        var source = new Source("/dir/f.nix", "", "/dir", IsFile: true);
        var formals = new Formals([new Formal(default, "z", null), new Formal(default, "x", null)], Ellipsis: true);
        var lambda = new FakeLambda(new LambdaExpr(new Pos(source, 3, 7), "args", formals, new IntExpr(default, 1)));
        var set = new AttrsBuilder().Add("f", lambda, new Pos(source, 3, 3)).Build();
        Assert.Equal(
            "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n" +
            "    <attr column=\"3\" line=\"3\" name=\"f\" path=\"/dir/f.nix\">\n" +
            "      <function column=\"7\" line=\"3\" path=\"/dir/f.nix\">\n" +
            "        <attrspat ellipsis=\"1\" name=\"args\">\n          <attr name=\"x\" />\n          <attr name=\"z\" />\n" +
            "        </attrspat>\n      </function>\n    </attr>\n  </attrs>\n</expr>\n",
            Xml(set, locations: true));
        var simple = new FakeLambda(new LambdaExpr(new Pos(new Source("«string»", "", "/", false), 1, 2), "x", null, new IntExpr(default, 1)));
        Assert.Contains("<function column=\"2\" line=\"1\">\n    <varpat name=\"x\" />", Xml(simple, locations: true));
        Assert.Contains("<function>\n    <varpat name=\"x\" />", Xml(simple));
    }

    [Fact]
    public void DerivationsAreShownOnce()
    {
        var drv = new AttrsBuilder()
            .Add("type", new NixString("derivation"))
            .Add("drvPath", new NixString("/nix/store/d.drv"))
            .Add("outPath", new NixString("/nix/store/o"))
            .Build();
        var xml = Xml(new NixList([drv, drv]));
        Assert.Contains("<derivation drvPath=\"/nix/store/d.drv\" outPath=\"/nix/store/o\">\n      <attr name=\"drvPath\">", xml);
        Assert.Contains("<derivation drvPath=\"/nix/store/d.drv\" outPath=\"/nix/store/o\">\n      <repeated />", xml);
    }

    [Fact]
    public void BuiltinsAreUnevaluated() =>
        Assert.Contains("<unevaluated />", Xml(new PrimOp("map", 2, (c, a, p) => NixNull.Instance)));

    private sealed class FakeLambda(LambdaExpr lambda) : NixFunction
    {
        public override LambdaExpr? Lambda => lambda;
        public override Value Apply(EvalContext ctx, Value argument, Pos callPos) => argument;
    }
}
