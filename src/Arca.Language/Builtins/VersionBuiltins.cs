namespace Arca.Language.Builtins;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;

/// <summary><c>compareVersions</c>, <c>splitVersion</c> and <c>parseDrvName</c> over support's <see cref="Versions"/>.</summary>
public static class VersionBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("compareVersions", 2, CompareVersions);
        table.Add("splitVersion", 1, SplitVersion);
        table.Add("parseDrvName", 1, ParseDrvName);
    }

    private static Value CompareVersions(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var a = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.compareVersions");
        var b = IoArgs.StringNoContext(ctx, args[1], "while evaluating the second argument passed to builtins.compareVersions");
        return NixInt.Of(Math.Sign(Versions.Compare(a, b)));
    }

    private static Value SplitVersion(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var version = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.splitVersion");
        var components = Versions.Split(version);
        var items = new Value[components.Count];
        for (int i = 0; i < items.Length; i++) items[i] = NixString.Of(components[i]);
        return NixList.Of(items);
    }

    private static Value ParseDrvName(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var fullName = IoArgs.StringNoContext(ctx, args[0], "while evaluating the first argument passed to builtins.parseDrvName");
        var (name, version) = Versions.ParseDrvName(fullName);
        return new AttrsBuilder(2).Add("name", NixString.Of(name)).Add("version", NixString.Of(version)).Build();
    }
}
