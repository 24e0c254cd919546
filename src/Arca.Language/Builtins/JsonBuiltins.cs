namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;

/// <summary><c>toJSON</c> (through <see cref="JsonPrinter"/>, copying paths to the store) and <c>fromJSON</c> (through <see cref="JsonReader"/>).</summary>
public static class JsonBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("toJSON", 1, (ctx, args, pos) =>
        {
            var context = new StringContext.Builder();
            var json = JsonPrinter.Print(ctx, args[0], Pos.None, copyToStore: true, context);
            return NixString.Of(json, context.Build());
        });
        table.Add("fromJSON", 1, (ctx, args, pos) =>
        {
            var text = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.fromJSON");
            DataNode document;
            try
            {
                document = JsonReader.Parse(text);
            }
            catch (JsonException e)
            {
                // Only nlohmann's own parse errors get the frame; Nix's checks (NUL bytes, integer range) do not.
                var error = new EvalError(e.Message);
                if (e.Message.StartsWith("[json.exception.", StringComparison.Ordinal))
                    error.AddTrace(Pos.None, "while decoding a JSON string");
                throw error;
            }
            return DataValues.ToValue(document, static _ => throw new InvalidOperationException("JSON has no dates"));
        });
    }
}
