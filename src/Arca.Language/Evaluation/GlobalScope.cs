namespace Arca.Language.Evaluation;

using Arca.Language.Builtins;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Values;

/// <summary>
/// The names every Nix expression sees: each built-in as <c>__name</c>, the global ones also unprefixed
/// (<c>map</c>, <c>import</c>, <c>true</c>, …) and the <c>builtins</c> set (which contains itself). Built once per
/// evaluation from the <see cref="BuiltinTable"/>.
/// </summary>
public sealed class GlobalScope
{
    private readonly Dictionary<string, Value> values = new(StringComparer.Ordinal);
    private readonly PrimOp?[] arithmetic = new PrimOp?[5];

    public GlobalScope(BuiltinTable table)
    {
        var entries = new List<BuiltinTable.Entry>(table.Entries);
        // `builtins` contains itself as a plain value (as in Nix, where printing shows «repeated», not a thunk): the
        // set's value array is filled after the set exists, before anyone can see it.
        var names = new string[entries.Count + 1];
        for (int i = 0; i < entries.Count; i++) names[i] = entries[i].Name;
        names[^1] = "builtins";
        Array.Sort(names, StringComparer.Ordinal);
        var slots = new Value[names.Length];
        var builtins = new NixAttrs(names, slots, null);
        var byName = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var e in entries) byName[e.Name] = e.Value;
        for (int i = 0; i < names.Length; i++) slots[i] = names[i] == "builtins" ? builtins : byName[names[i]];

        // As in Nix: a global builtin is in scope under its plain name only (`map`, not `__map`); every other one as
        // `__name`. Both are in `builtins`.
        foreach (var e in entries)
            values[e.Global ? e.Name : "__" + e.Name] = e.Value;
        values["builtins"] = builtins;
        Builtins = builtins;

        arithmetic[(int)ArithmeticOp.Add] = table.Get("add") as PrimOp;
        arithmetic[(int)ArithmeticOp.Sub] = table.Get("sub") as PrimOp;
        arithmetic[(int)ArithmeticOp.Mul] = table.Get("mul") as PrimOp;
        arithmetic[(int)ArithmeticOp.Div] = table.Get("div") as PrimOp;
        arithmetic[(int)ArithmeticOp.LessThan] = table.Get("lessThan") as PrimOp;
    }

    public NixAttrs Builtins { get; }

    public bool TryGet(string name, out Value value) => values.TryGetValue(name, out value!);

    public IEnumerable<string> Names => values.Keys;

    /// <summary>The primop registered for an arithmetic operator (so the compiler specialises only genuine uses).</summary>
    public PrimOp? Arithmetic(ArithmeticOp op) => arithmetic[(int)op];
}
