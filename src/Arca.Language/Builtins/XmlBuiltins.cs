namespace Arca.Language.Builtins;

using Arca.Language.Printing;
using Arca.Language.Values;

/// <summary><c>toXML</c>: the value as Nix's XML (strict, without locations), with the contexts of its strings.</summary>
public static class XmlBuiltins
{
    public static void Register(BuiltinTable table) =>
        table.Add("toXML", 1, (ctx, args, pos) =>
        {
            var context = new StringContext.Builder();
            var xml = XmlPrinter.Print(ctx, args[0], withLocations: false, context);
            return NixString.Of(xml, context.Build());
        });
}
