namespace Arca.Language.Builtins;

using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary><c>toJSON</c> (through <see cref="JsonPrinter"/>, copying paths to the store) and <c>fromJSON</c>.</summary>
public static class JsonBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("toJSON", 1, (ctx, args, pos) =>
        {
            var context = new StringContext.Builder();
            var json = JsonPrinter.Print(ctx, args[0], Pos.None, copyToStore: true, context);
            return new NixString(json, context.Build());
        });
    }
}
