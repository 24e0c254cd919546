namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class ListBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    private static readonly NixFunction Double = F((ctx, x) => I(Int(x, ctx) * 2));
    private static readonly NixFunction IsEven = F((ctx, x) => NixBool.Of(Int(x, ctx) % 2 == 0));

    [Fact]
    public void MapAppliesLazily()
    {
        var counter = new Counter();
        var result = (NixList)k.Call("map", F((ctx, x) => { counter.Count++; return I(Int(x, ctx) + 1); }), Ints(1, 2, 3));
        Assert.Equal(0, counter.Count);
        Assert.IsType<Thunk>(result.Items[0]);
        Assert.Equal(4, k.Int(result.Items[2]));
        Assert.Equal(1, counter.Count);
        Assert.Equal([2, 3, 4], k.IntList(result));
    }

    [Fact]
    public void MapDoesNotForceUnusedElements()
    {
        var result = (NixList)k.Call("map", F(x => I(1)), L(Throwing(), I(2)));
        Assert.Equal(1, k.Int(result.Items[1]));
        // The function ignores its argument, so even the throwing element's result is fine.
        Assert.Equal(1, k.Int(result.Items[0]));
    }

    [Fact]
    public void MapChecksTheListBeforeTheFunction()
    {
        var e = k.Fails<TypeError>("map", I(1), S("foo"));
        Assert.Equal("expected a list but found a string: \"foo\"", e.Message);
        Assert.Equal(["while evaluating the second argument passed to builtins.map"], TraceMessages(e));
        var e2 = k.Fails<TypeError>("map", I(1), Ints(1));
        Assert.Equal("expected a function but found an integer: 1", e2.Message);
        Assert.Equal(["while evaluating the first argument passed to builtins.map"], TraceMessages(e2));
        // An empty list never looks at the function.
        Assert.Same(NixList.Empty, k.Call("map", I(1), NixList.Empty));
    }

    [Fact]
    public void MapOfAMillionElements()
    {
        var result = (NixList)k.Call("map", Double, k.Call("genList", F(x => x), I(1_000_000)));
        Assert.Equal(1_000_000, result.Count);
        Assert.Equal(1_999_998, k.Int(result.Items[999_999]));
    }

    [Fact]
    public void FilterKeepsOrderAndReturnsTheSameListWhenAllKept()
    {
        Assert.Equal([2, 4], k.IntList(k.Call("filter", IsEven, Ints(1, 2, 3, 4, 5))));
        var all = Ints(2, 4);
        Assert.Same(all, k.Call("filter", IsEven, all));
        Assert.Same(NixList.Empty, k.Call("filter", IsEven, Ints()));
    }

    [Fact]
    public void FilterNeedsBooleans()
    {
        var e = k.Fails<TypeError>("filter", F(x => I(5)), L(S("foo")));
        Assert.Equal("expected a Boolean but found an integer: 5", e.Message);
        Assert.Equal(["while evaluating the return value of the filtering function passed to builtins.filter"], TraceMessages(e));
    }

    [Fact]
    public void LengthHeadTailElemAt()
    {
        Assert.Equal(3, k.Int(k.Call("length", L(Throwing(), Throwing(), Throwing()))));
        Assert.Equal(7, k.Int(k.Call("head", L(I(7), Throwing()))));
        var tail = (NixList)k.Call("tail", L(Throwing(), I(2), I(3)));
        Assert.Equal([2, 3], k.IntList(tail));
        Assert.Equal(3, k.Int(k.Call("elemAt", Ints(1, 2, 3), I(2))));
        Assert.Equal(1, k.Int(k.Call("elemAt", L(I(1), Throwing()), I(0))));
    }

    [Fact]
    public void HeadTailElemAtErrors()
    {
        Assert.Equal("'builtins.head' called on an empty list", k.Fails<EvalError>("head", NixList.Empty).Message);
        Assert.Equal("'builtins.tail' called on an empty list", k.Fails<EvalError>("tail", NixList.Empty).Message);
        var e = k.Fails<TypeError>("head", I(1));
        Assert.Equal(["while evaluating the first argument passed to 'builtins.head'"], TraceMessages(e));
        Assert.Equal("'builtins.elemAt' called with index -1 on a list of size 0", k.Fails<EvalError>("elemAt", NixList.Empty, I(-1)).Message);
        Assert.Equal("'builtins.elemAt' called with index 3 on a list of size 1", k.Fails<EvalError>("elemAt", L(S("foo")), I(3)).Message);
        // The index is forced before the list.
        var both = k.Fails<TypeError>("elemAt", S("foo"), S("bar"));
        Assert.Equal(["while evaluating the second argument passed to 'builtins.elemAt'"], TraceMessages(both));
        var list = k.Fails<TypeError>("elemAt", S("foo"), I(-1));
        Assert.Equal("expected a list but found a string: \"foo\"", list.Message);
        Assert.Equal(["while evaluating the first argument passed to 'builtins.elemAt'"], TraceMessages(list));
    }

    [Fact]
    public void ElemComparesWithEqualityAndStopsAtTheFirstMatch()
    {
        Assert.True(k.Bool(k.Call("elem", I(2), L(I(1), new NixFloat(2.0), Throwing()))));
        Assert.False(k.Bool(k.Call("elem", S("a"), L(S("b"), Ints(1)))));
        // The same function value is found (Nix compares value slots first); an equal-looking other one is not.
        var f = F(x => x);
        Assert.True(k.Bool(k.Call("elem", f, L(I(1), f))));
        Assert.False(k.Bool(k.Call("elem", f, L(F(x => x)))));
        Assert.Equal(["while evaluating the second argument passed to builtins.elem"], TraceMessages(k.Fails<TypeError>("elem", I(1), S("foo"))));
    }

    [Fact]
    public void ConcatListsAndConcatMap()
    {
        Assert.Equal([1, 2, 3], k.IntList(k.Call("concatLists", L(Ints(1), Ints(), Ints(2, 3)))));
        var only = Ints(4, 5);
        Assert.Same(only, k.Call("concatLists", L(Ints(), only, Ints())));
        Assert.Same(NixList.Empty, k.Call("concatLists", L(Ints(), Ints())));
        Assert.Equal([1, 1, 2, 2], k.IntList(k.Call("concatMap", F(x => L(x, x)), Ints(1, 2))));

        var e = k.Fails<TypeError>("concatLists", L(Ints(1), S("foo")));
        Assert.Equal("expected a list but found a string: \"foo\"", e.Message);
        Assert.Equal(["while evaluating a value of the list passed to builtins.concatLists"], TraceMessages(e));
        var m = k.Fails<TypeError>("concatMap", F(x => I(1)), L(S("foo")));
        Assert.Equal(["while evaluating the return value of the function passed to builtins.concatMap"], TraceMessages(m));
        // concatMap checks the function first.
        Assert.Equal(["while evaluating the first argument passed to builtins.concatMap"], TraceMessages(k.Fails<TypeError>("concatMap", I(1), S("foo"))));
    }

    [Fact]
    public void ConcatListsOfBigLists()
    {
        var big = k.Call("genList", F(x => x), I(500_000));
        var result = (NixList)k.Call("concatLists", L(big, big, Ints(7)));
        Assert.Equal(1_000_001, result.Count);
        Assert.Equal(7, k.Int(result.Items[1_000_000]));
        Assert.Equal(499_999, k.Int(result.Items[999_999]));
    }

    [Fact]
    public void FoldlStrictIsStrictInTheAccumulator()
    {
        var sum = F2((ctx, acc, x) => I(Int(acc, ctx) + Int(x, ctx)));
        Assert.Equal(6, k.Int(k.Call("foldl'", sum, I(0), Ints(1, 2, 3))));
        // Every intermediate result is forced even when the next step ignores it.
        var second = F2((ctx, acc, x) => x);
        Assert.Throws<ThrownError>(() => k.Call("foldl'", second, I(0), L(Throwing(), I(1))).ToString());
        var calls = F2((ctx, acc, f) => ctx.Call(f, NixNull.Instance, default));
        Assert.Throws<ThrownError>(() => k.Call("foldl'", calls, NixNull.Instance, L(F(_ => Throwing()), F(_ => I(23)))));
        // An empty list returns the (forced) initial value.
        Assert.Equal(5, k.Int(k.Call("foldl'", sum, I(5), Ints())));
        Assert.Equal("expected a function but found an integer: 1", k.Fails<TypeError>("foldl'", I(1), S("foo"), NixBool.True).Message);
        var list = k.Fails<TypeError>("foldl'", F(x => x), S("foo"), NixBool.True);
        Assert.Equal(["while evaluating the third argument passed to builtins.foldlStrict"], TraceMessages(list));
    }

    [Fact]
    public void FoldlStrictOverAMillionElementsUsesNoDeepStack()
    {
        var sum = F2((ctx, acc, x) => I(Int(acc, ctx) + Int(x, ctx)));
        var list = k.Call("genList", F(x => x), I(1_000_000));
        Assert.Equal(499_999_500_000, k.Int(k.Call("foldl'", sum, I(0), list)));
    }

    [Fact]
    public void AnyAndAllShortCircuit()
    {
        Assert.True(k.Bool(k.Call("any", IsEven, L(I(1), I(2), Throwing()))));
        Assert.False(k.Bool(k.Call("all", IsEven, L(I(2), I(3), Throwing()))));
        Assert.False(k.Bool(k.Call("any", IsEven, Ints())));
        Assert.True(k.Bool(k.Call("all", IsEven, Ints())));
        var e = k.Fails<TypeError>("all", F(x => I(1)), L(S("foo")));
        Assert.Equal(["while evaluating the return value of the function passed to builtins.all"], TraceMessages(e));
        Assert.Equal(["while evaluating the first argument passed to builtins.any"], TraceMessages(k.Fails<TypeError>("any", I(1), S("foo"))));
        Assert.Equal(["while evaluating the second argument passed to builtins.any"], TraceMessages(k.Fails<TypeError>("any", IsEven, S("foo"))));
    }

    [Fact]
    public void GenListIsLazyAndChecksItsArguments()
    {
        var counter = new Counter();
        var list = (NixList)k.Call("genList", F((ctx, x) => { counter.Count++; return Int(x, ctx) == 1 ? Throwing() : x; }), I(3));
        Assert.Equal(0, counter.Count);
        Assert.Equal(2, k.Int(list.Items[2]));
        Assert.Throws<ThrownError>(() => list.Items[1].Force(k.Ctx));
        Assert.Equal("cannot create list of size -3", k.Fails<EvalError>("genList", NixBool.False, I(-3)).Message);
        var e = k.Fails<TypeError>("genList", I(1), I(2));
        Assert.Equal(["while evaluating the first argument passed to builtins.genList"], TraceMessages(e));
        Assert.Equal(["while evaluating the second argument passed to builtins.genList"], TraceMessages(k.Fails<TypeError>("genList", I(1), S("foo"))));
        var big = (NixList)k.Call("genList", F(x => x), I(1_000_000));
        Assert.Equal(1_000_000, big.Count);
        Assert.Equal(999_999, k.Int(big.Items[999_999]));
    }

    [Fact]
    public void PartitionForcesElementsAndSplits()
    {
        var result = (NixAttrs)k.Call("partition", IsEven, Ints(1, 23, 8, 3, 42));
        Assert.Equal(["right", "wrong"], result.Names.ToArray());
        Assert.Equal([8, 42], k.IntList(result.Get("right")!));
        Assert.Equal([1, 23, 3], k.IntList(result.Get("wrong")!));
        // Nix forces each element before calling the predicate, even one that ignores it.
        Assert.Throws<ThrownError>(() => k.Call("partition", F(_ => NixBool.True), L(Throwing())));
        var e = k.Fails<TypeError>("partition", F(_ => I(1)), L(S("foo")));
        Assert.Equal(["while evaluating the return value of the partition function passed to builtins.partition"], TraceMessages(e));
    }

    [Fact]
    public void GroupByGroupsByName()
    {
        var firstLetter = F((ctx, x) => S(((NixString)x.Force(ctx)).Text[..1]));
        var result = (NixAttrs)k.Call("groupBy", firstLetter, L(S("foo"), S("bar"), S("baz")));
        Assert.Equal(["b", "f"], result.Names.ToArray());
        Assert.Equal(["bar", "baz"], k.StrList(result.Get("b")!));
        Assert.Equal(["foo"], k.StrList(result.Get("f")!));
        var e = k.Fails<TypeError>("groupBy", F(x => x), L(S("foo"), I(1)));
        Assert.Equal("expected a string but found an integer: 1", e.Message);
        Assert.Equal(["while evaluating the return value of the grouping function passed to builtins.groupBy"], TraceMessages(e));
    }
}
