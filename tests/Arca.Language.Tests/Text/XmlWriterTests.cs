using System.Text;
using Arca.Language.Text;

namespace Arca.Language.Tests.Text;

public sealed class XmlWriterTests
{
    /// <summary>
    /// Drives the writer the way value-to-xml does for
    /// <c>builtins.toXML { a = "x\"&lt;&gt;&amp;\n\ty'"; b = 1.5; c = [ null true ]; "d e" = 3; }</c> and compares
    /// with what the oracle returned.
    /// </summary>
    [Fact]
    public void ReproducesToXmlOutput()
    {
        var output = new StringBuilder();
        var xml = new XmlWriter(indent: true, output);
        xml.OpenElement("expr");
        xml.OpenElement("attrs");
        xml.OpenElement("attr", ("name", "a"));
        xml.WriteEmptyElement("string", ("value", "x\"<>&\n\ty'"));
        xml.CloseElement();
        xml.OpenElement("attr", ("name", "b"));
        xml.WriteEmptyElement("float", ("value", NixFloat.FormatForDisplay(1.5)));
        xml.CloseElement();
        xml.OpenElement("attr", ("name", "c"));
        xml.OpenElement("list");
        xml.WriteEmptyElement("null");
        xml.WriteEmptyElement("bool", ("value", "true"));
        xml.CloseElement();
        xml.CloseElement();
        xml.OpenElement("attr", ("name", "d e"));
        xml.WriteEmptyElement("int", ("value", "3"));
        xml.Close();
        Assert.Equal(
            "<?xml version='1.0' encoding='utf-8'?>\n<expr>\n  <attrs>\n    <attr name=\"a\">\n      <string value=\"x&quot;&lt;&gt;&amp;&#xA;\ty'\" />\n    </attr>\n    <attr name=\"b\">\n      <float value=\"1.5\" />\n    </attr>\n    <attr name=\"c\">\n      <list>\n        <null />\n        <bool value=\"true\" />\n      </list>\n    </attr>\n    <attr name=\"d e\">\n      <int value=\"3\" />\n    </attr>\n  </attrs>\n</expr>\n",
            output.ToString());
    }

    [Fact]
    public void SortsAttributesByNameLikeStdMap()
    {
        var output = new StringBuilder();
        var xml = new XmlWriter(indent: true, output);
        xml.WriteEmptyElement("attr", ("name", "x"), ("path", "/p"), ("line", "3"), ("column", "7"));
        Assert.EndsWith("<attr column=\"7\" line=\"3\" name=\"x\" path=\"/p\" />\n", output.ToString());
    }

    [Fact]
    public void WritesWithoutIndentation()
    {
        var output = new StringBuilder();
        var xml = new XmlWriter(indent: false, output);
        xml.OpenElement("expr");
        xml.WriteEmptyElement("int", ("value", "1"));
        xml.Close();
        Assert.Equal("<?xml version='1.0' encoding='utf-8'?>\n<expr><int value=\"1\" /></expr>", output.ToString());
    }

    [Fact]
    public void RefusesToWriteAfterTheRootIsClosed()
    {
        var xml = new XmlWriter(indent: true, new StringBuilder());
        xml.OpenElement("expr");
        xml.CloseElement();
        Assert.Throws<InvalidOperationException>(() => xml.WriteEmptyElement("int"));
        Assert.Throws<InvalidOperationException>(() => xml.CloseElement());
    }
}
