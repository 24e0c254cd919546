namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Calls built-ins the way the evaluator will (through <see cref="EvalContext.Call(Value, Value, Pos)"/>), and builds
/// the values tests need: native functions, thunks that count or throw, lists and sets.
/// </summary>
internal sealed class BuiltinTestKit
{
    public BuiltinTestKit(EvalOptions? options = null)
    {
        Diagnostics = new StringWriter();
        Ctx = new EvalContext(options ?? new EvalOptions(), new FileSystemEvalIO(), diagnostics: Diagnostics);
    }

    public EvalContext Ctx { get; }
    public StringWriter Diagnostics { get; }

    public Value Builtin(string name) => Ctx.Builtins.Get(name) ?? throw new InvalidOperationException($"no builtin {name}");

    /// <summary>Applies a builtin to its arguments and forces the result.</summary>
    public Value Call(string name, params Value[] args) => Ctx.Call(Builtin(name), args, Pos.None).Force(Ctx);

    public T Fails<T>(string name, params Value[] args) where T : EvalError => Assert.Throws<T>(() => Call(name, args));

    public static NixInt I(long v) => NixInt.Of(v);
    public static NixString S(string s) => NixString.Of(s);
    public static NixList L(params Value[] items) => NixList.Of(items);
    public static NixList Ints(params long[] values)
    {
        var items = new Value[values.Length];
        for (int i = 0; i < values.Length; i++) items[i] = NixInt.Of(values[i]);
        return NixList.Of(items);
    }

    public static NixAttrs A(params (string Name, Value Value)[] attrs)
    {
        var b = new AttrsBuilder(attrs.Length);
        foreach (var (n, v) in attrs) b.Add(n, v);
        return b.Build();
    }

    public static NixFunction F(Func<Value, Value> body) => new NativeFunction((_, x) => body(x));
    public static NixFunction F(Func<EvalContext, Value, Value> body) => new NativeFunction(body);

    /// <summary>A curried two-argument function.</summary>
    public static NixFunction F2(Func<EvalContext, Value, Value, Value> body) =>
        new NativeFunction((ctx, a) => new NativeFunction((ctx2, b) => body(ctx2, a, b)));

    /// <summary>An unforced value that fails with <c>throw</c> when forced.</summary>
    public static Thunk Throwing(string message = "boom") => new(new ThrowNode(message), Frame.Empty);

    /// <summary>An unforced value that fails with <c>abort</c> when forced (not catchable by tryEval).</summary>
    public static Thunk Aborting(string message = "boom") => new(new AbortNode(message), Frame.Empty);

    /// <summary>An unforced value that counts how often it is evaluated.</summary>
    public static Thunk Counting(Value value, Counter counter) => new(new CountNode(value, counter), Frame.Empty);

    public static long Int(Value v, EvalContext ctx) => ((NixInt)v.Force(ctx)).Value;

    public long Int(Value v) => Int(v, Ctx);
    public string Str(Value v) => ((NixString)v.Force(Ctx)).Text;
    public bool Bool(Value v) => ((NixBool)v.Force(Ctx)).Value;

    public long[] IntList(Value v)
    {
        var list = (NixList)v.Force(Ctx);
        var result = new long[list.Count];
        for (int i = 0; i < list.Count; i++) result[i] = Int(list.Items[i]);
        return result;
    }

    public string[] StrList(Value v)
    {
        var list = (NixList)v.Force(Ctx);
        var result = new string[list.Count];
        for (int i = 0; i < list.Count; i++) result[i] = Str(list.Items[i]);
        return result;
    }

    /// <summary>The frames a builtin added, innermost first, without the evaluator's "while calling the 'x' builtin" frames.</summary>
    public static string[] TraceMessages(EvalError e)
    {
        var result = new List<string>();
        foreach (var frame in e.Trace)
            if (!(frame.Message.StartsWith("while calling the '", StringComparison.Ordinal) && frame.Message.EndsWith("' builtin", StringComparison.Ordinal)))
                result.Add(ByteString.ToText(frame.Message));
        return result.ToArray();
    }

    public sealed class Counter { public int Count; }

    private sealed class NativeFunction(Func<EvalContext, Value, Value> body) : NixFunction
    {
        public override Value Apply(EvalContext ctx, Value argument, Pos callPos) => body(ctx, argument);
    }

    private sealed class ThrowNode(string message) : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => throw new ThrownError(message);
    }

    private sealed class AbortNode(string message) : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => throw new AbortError(message);
    }

    private sealed class CountNode(Value value, Counter counter) : Node
    {
        public override Value Eval(EvalContext ctx, Env env)
        {
            counter.Count++;
            return value;
        }
    }
}
