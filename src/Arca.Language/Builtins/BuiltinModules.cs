namespace Arca.Language.Builtins;

using Arca.Language.Evaluation;

/// <summary>The list of modules that fill the <see cref="BuiltinTable"/>; each module is a static class with <c>Register</c>.</summary>
public static class BuiltinModules
{
    public static BuiltinTable CreateTable(EvalOptions options)
    {
        var table = new BuiltinTable();
        // Modules register here, one line each, grouped by concern (see the files in this folder).
        TypeBuiltins.Register(table);
        ControlBuiltins.Register(table);
        ListBuiltins.Register(table);
        GenericClosureBuiltin.Register(table);
        AttrSetBuiltins.Register(table);
        StringBuiltins.Register(table);
        PathStringBuiltins.Register(table);
        NumberBuiltins.Register(table);
        ArithmeticBuiltins.Register(table);
        EvalBuiltins.Register(table, options);
        FileBuiltins.Register(table);
        EnvironmentBuiltins.Register(table);
        HashBuiltins.Register(table);
        ContextBuiltins.Register(table);
        RegexBuiltins.Register(table);
        JsonBuiltins.Register(table);
        XmlBuiltins.Register(table);
        TomlBuiltins.Register(table);
        VersionBuiltins.Register(table);
        FlakeRefBuiltins.Register(table);
        if (options.AllowUnsafeNativeCode) NativeCodeBuiltins.Register(table); // absent otherwise, as in Nix
        return table;
    }
}
