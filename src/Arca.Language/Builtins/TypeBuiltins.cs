namespace Arca.Language.Builtins;

using Arca.Language.Values;

/// <summary><c>typeOf</c> and the <c>isX</c> predicates: each forces its argument to weak head normal form only.</summary>
public static class TypeBuiltins
{
    private static readonly NixString[] TypeNames = BuildTypeNames();

    public static void Register(BuiltinTable table)
    {
        table.Add("typeOf", 1, (ctx, args, _) => TypeNames[(int)args[0].Force(ctx).Kind]);
        table.Add("isNull", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Null), global: true);
        table.Add("isFunction", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Function));
        table.Add("isInt", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Int));
        table.Add("isFloat", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Float));
        table.Add("isString", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.String));
        table.Add("isBool", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Bool));
        table.Add("isPath", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Path));
        table.Add("isAttrs", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.Attrs));
        table.Add("isList", 1, (ctx, args, _) => NixBool.Of(args[0].Force(ctx).Kind == ValueKind.List));
    }

    /// <summary>One shared string per kind, indexed by <see cref="ValueKind"/>, so <c>typeOf</c> allocates nothing.</summary>
    private static NixString[] BuildTypeNames()
    {
        var kinds = Enum.GetValues<ValueKind>();
        var names = new NixString[kinds.Length];
        foreach (var kind in kinds) names[(int)kind] = NixString.Of(KindName(kind));
        return names;
    }

    private static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Int => "int",
        ValueKind.Float => "float",
        ValueKind.Bool => "bool",
        ValueKind.String => "string",
        ValueKind.Path => "path",
        ValueKind.Null => "null",
        ValueKind.Attrs => "set",
        ValueKind.List => "list",
        ValueKind.Function => "lambda",
        _ => "thunk",
    };
}
