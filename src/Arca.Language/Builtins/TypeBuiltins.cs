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

    /// <summary>
    /// One shared string per kind, indexed by <see cref="ValueKind"/>, so <c>typeOf</c> allocates nothing. The names
    /// come from <see cref="Value.TypeOf"/> (one value of each kind), the single place that spells them.
    /// </summary>
    private static NixString[] BuildTypeNames()
    {
        Value[] samples =
        [
            NixInt.Of(0), new NixFloat(0), NixBool.False, NixString.Empty, new NixPath("/"), NixNull.Instance,
            NixAttrs.Empty, NixList.Empty, new PrimOp("typeOf", 1, (_, _, _) => NixNull.Instance),
        ];
        var names = new NixString[Enum.GetValues<ValueKind>().Length];
        foreach (var sample in samples) names[(int)sample.Kind] = NixString.Of(sample.TypeOf);
        return names;
    }
}
