namespace Arca.Language.Evaluation;

using Arca.Language.Builtins;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Values;

/// <summary>
/// The names every Nix expression sees: each built-in as <c>__name</c>, the global ones also unprefixed
/// (<c>map</c>, <c>import</c>, …), the <c>builtins</c> set (which contains itself), and <c>true</c>, <c>false</c>,
/// <c>null</c>. Built once per evaluation from the <see cref="BuiltinTable"/>.
/// </summary>
public sealed class GlobalScope
{
    private readonly Dictionary<string, Value> values = new(StringComparer.Ordinal);
    private readonly PrimOp?[] arithmetic = new PrimOp?[5];

    public GlobalScope(BuiltinTable table)
    {
        var entries = new List<BuiltinTable.Entry>(table.Entries);
        // `builtins` contains itself; a thunk-free way to tie the knot is to build the set with a placeholder
        // slot and fill it, since NixAttrs's value array is ours until published.
        var builder = new AttrsBuilder(entries.Count + 1);
        foreach (var e in entries) builder.Add(e.Name, e.Value);
        var selfRef = new SelfReference();
        builder.Add("builtins", selfRef.Thunk);
        var builtins = builder.Build();
        selfRef.Set(builtins);

        foreach (var e in entries)
        {
            values["__" + e.Name] = e.Value;
            if (e.Global) values[e.Name] = e.Value;
        }
        values["builtins"] = builtins;
        values["true"] = NixBool.True;
        values["false"] = NixBool.False;
        values["null"] = NixNull.Instance;
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

    /// <summary>A thunk that evaluates to a value supplied after its creation (the <c>builtins.builtins</c> knot).</summary>
    private sealed class SelfReference
    {
        private Value? target;
        public SelfReference() => Thunk = new Thunk(new TargetNode(this), Env.Empty);
        public Thunk Thunk { get; }
        public void Set(Value v) => target = v;

        private sealed class TargetNode(SelfReference owner) : Node
        {
            public override Value Eval(EvalContext ctx, Env env) => owner.target!;
        }
    }
}
