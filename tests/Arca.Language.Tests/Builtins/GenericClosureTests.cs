namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class GenericClosureTests
{
    private readonly BuiltinTestKit k = new();

    private static NixAttrs Key(Value key) => A(("key", key));

    [Fact]
    public void ComputesTheCollatzClosureInOrder()
    {
        var op = F((ctx, item) =>
        {
            long key = Int(((NixAttrs)item.Force(ctx)).Get("key")!, ctx);
            return L(Key(I(key % 2 == 0 ? key / 2 : 3 * key + 1)));
        });
        var result = (NixList)k.Call("genericClosure", A(("startSet", L(Key(I(5)))), ("operator", op)));
        var keys = new List<long>();
        foreach (var item in result.Items) keys.Add(k.Int(((NixAttrs)item.Force(k.Ctx)).Get("key")!));
        Assert.Equal([5, 16, 8, 4, 2, 1], keys);
    }

    [Fact]
    public void KeysAreComparedByValueAcrossIntsAndFloats()
    {
        var op = F(_ => L(Key(new NixFloat(1.0)), Key(new NixFloat(2.5)), Key(I(1))));
        var result = (NixList)k.Call("genericClosure", A(("startSet", L(Key(I(1)))), ("operator", op)));
        Assert.Equal(2, result.Count); // 1 and 1.0 are the same key; 2.5 is new once
        var lists = F(_ => L(Key(Ints(1, 2)), Key(Ints(1, 2)), Key(Ints(1))));
        Assert.Equal(3, ((NixList)k.Call("genericClosure", A(("startSet", L(Key(Ints()))), ("operator", lists)))).Count);
    }

    [Fact]
    public void EmptyStartSetNeedsNoOperator()
    {
        var empty = NixList.Empty;
        Assert.Same(empty, k.Call("genericClosure", A(("startSet", empty))));
    }

    [Fact]
    public void HundredThousandItemsInALoop()
    {
        var op = F((ctx, item) =>
        {
            long key = Int(((NixAttrs)item.Force(ctx)).Get("key")!, ctx);
            return key < 99_999 ? L(Key(I(key + 1)), Key(I(key))) : NixList.Empty;
        });
        var result = (NixList)k.Call("genericClosure", A(("startSet", L(Key(I(0)))), ("operator", op)));
        Assert.Equal(100_000, result.Count);
    }

    [Fact]
    public void ErrorsNameTheElements()
    {
        var noop = F(_ => NixList.Empty);
        var notSet = k.Fails<TypeError>("genericClosure", A(("startSet", L(S("not an attrset"))), ("operator", noop)));
        Assert.Equal("expected a set but found a string: \"not an attrset\"", notSet.Message);
        Assert.Equal(["in genericClosure element \"not an attrset\""], TraceMessages(notSet));

        var noKey = k.Fails<TypeError>("genericClosure", A(("startSet", L(A(("nokey", I(1))))), ("operator", noop)));
        Assert.Equal("attribute 'key' missing", noKey.Message);
        Assert.Equal(["in genericClosure element { nokey = 1; }"], TraceMessages(noKey));

        var mixed = k.Fails<EvalError>("genericClosure", A(("startSet", L(Key(I(1)), Key(S("string")))), ("operator", noop)));
        Assert.Equal("cannot compare a string with an integer; values are \"string\" and 1", mixed.Message);
        Assert.Equal(["with element { key = 1; }", "while comparing element { key = \"string\"; }"], TraceMessages(mixed));

        var sets = k.Fails<EvalError>("genericClosure", A(("startSet", L(Key(A()), Key(A()))), ("operator", noop)));
        Assert.Equal("cannot compare a set with a set; values of that type are incomparable (values are { } and { })", sets.Message);

        var missingOp = k.Fails<TypeError>("genericClosure", A(("startSet", L(Key(I(1))))));
        Assert.Equal("attribute 'operator' missing", missingOp.Message);
        Assert.Equal(["in the attrset passed as argument to builtins.genericClosure"], TraceMessages(missingOp));

        var badOp = k.Fails<TypeError>("genericClosure", A(("startSet", L(Key(I(1)))), ("operator", S("not a function"))));
        Assert.Equal(["while evaluating the 'operator' attribute passed as argument to builtins.genericClosure"], TraceMessages(badOp));

        var notList = k.Fails<TypeError>("genericClosure", A(("startSet", L(Key(I(1)))), ("operator", F(_ => S("not a list")))));
        Assert.Equal(
            ["while evaluating the return value of the `operator` passed to builtins.genericClosure", "while calling operator on genericClosure element { key = 1; }"],
            TraceMessages(notList));

        var startNotList = k.Fails<TypeError>("genericClosure", A(("startSet", S("x")), ("operator", noop)));
        Assert.Equal(["while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure"], TraceMessages(startNotList));
    }
}
