namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;

/// <summary>
/// <c>fromTOML</c> (global, unprefixed in Nix): TOML 1.0.0 through <see cref="TomlReader"/>. Dates and times are
/// refused unless the <c>parse-toml-timestamps</c> experimental feature is on; then they become
/// <c>{ _type = "timestamp"; value = "…"; }</c>.
/// </summary>
public static class TomlBuiltins
{
    private static readonly NixString TimestampType = new("timestamp");

    public static void Register(BuiltinTable table) => table.Add("fromTOML", 1, FromToml, global: true);

    private static Value FromToml(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var text = IoArgs.StringNoContext(ctx, args[0], "while evaluating the argument passed to builtins.fromTOML");
        bool timestamps = ctx.Options.ExperimentalFeatures.Contains("parse-toml-timestamps");
        try
        {
            var document = TomlReader.Parse(text);
            return DataValues.ToValue(document, d => timestamps
                ? new AttrsBuilder(2).Add("_type", TimestampType).Add("value", new NixString(d.Text)).Build()
                : throw new TomlException("Dates and times are not supported"));
        }
        catch (TomlException e)
        {
            throw new EvalError("while parsing TOML: " + e.Message);
        }
    }
}
