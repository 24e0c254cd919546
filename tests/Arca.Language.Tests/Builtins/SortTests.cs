namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class SortTests
{
    private readonly BuiltinTestKit k = new();

    private static NixFunction KeyLess => F2((ctx, a, b) =>
        NixBool.Of(Int(((NixAttrs)a.Force(ctx)).Get("key")!, ctx) < Int(((NixAttrs)b.Force(ctx)).Get("key")!, ctx)));

    private static NixAttrs Item(long key, string value) => A(("key", I(key)), ("value", S(value)));

    [Fact]
    public void SortsWithAUserComparator()
    {
        var greater = F2((ctx, a, b) => NixBool.Of(Int(b, ctx) < Int(a, ctx)));
        Assert.Equal([526, 483, 249, 147, 77, 42], k.IntList(k.Call("sort", greater, Ints(483, 249, 526, 147, 42, 77))));
    }

    [Fact]
    public void IsStable()
    {
        // Many equal keys in a long list, so the merge paths (not only insertion sort) are exercised.
        var items = new Value[200];
        for (int i = 0; i < items.Length; i++) items[i] = Item((i * 7) % 4, "v" + i);
        var sorted = (NixList)k.Call("sort", KeyLess, NixList.Of(items));
        long lastKey = -1;
        int lastIndex = -1;
        foreach (var v in sorted.Items)
        {
            var set = (NixAttrs)v.Force(k.Ctx);
            long key = k.Int(set.Get("key")!);
            int index = int.Parse(k.Str(set.Get("value")!)[1..]);
            Assert.True(key >= lastKey);
            if (key == lastKey) Assert.True(index > lastIndex, "equal keys keep their input order");
            lastKey = key;
            lastIndex = index;
        }
    }

    [Fact]
    public void SortsLongRandomInputLikeAReferenceStableSort()
    {
        var random = new Random(42);
        var values = new long[5000];
        for (int i = 0; i < values.Length; i++) values[i] = random.Next(1000);
        // Runs and reversed runs too, the cases peeksort treats specially.
        for (int i = 1000; i < 1500; i++) values[i] = i;
        for (int i = 2000; i < 2600; i++) values[i] = 5000 - i;
        var less = F2((ctx, a, b) => NixBool.Of(Int(a, ctx) < Int(b, ctx)));
        var expected = (long[])values.Clone();
        Array.Sort(expected);
        Assert.Equal(expected, k.IntList(k.Call("sort", less, Ints(values))));
    }

    [Fact]
    public void LessThanIsUsedDirectlyAndComparesListsAndStrings()
    {
        var lessThan = new PrimOp("lessThan", 2, (ctx, args, pos) => throw new InvalidOperationException("must not be called"));
        Assert.Equal(["bar", "fnord", "foo", "xyzzy"], k.StrList(k.Call("sort", lessThan, L(S("foo"), S("bar"), S("xyzzy"), S("fnord")))));
        var lists = (NixList)k.Call("sort", lessThan, L(Ints(1, 6), Ints(), Ints(2, 3), Ints(3), Ints(1, 5), Ints(2), Ints(1), Ints(), Ints(1, 4), Ints(3)));
        var printed = new List<string>();
        foreach (var item in lists.Items) printed.Add(string.Join(",", k.IntList(item)));
        Assert.Equal(["", "", "1", "1,4", "1,5", "1,6", "2", "2,3", "3", "3"], printed);
    }

    [Fact]
    public void SurvivesAnInconsistentComparator()
    {
        var random = new Random(7);
        var chaotic = F2((ctx, a, b) => NixBool.Of(random.Next(2) == 0));
        var input = new long[300];
        for (int i = 0; i < input.Length; i++) input[i] = i;
        var output = k.IntList(k.Call("sort", chaotic, Ints(input)));
        Array.Sort(output);
        Assert.Equal(input, output); // a permutation of the input, whatever the comparator said
        var always = F2((ctx, a, b) => NixBool.True);
        Assert.Equal(300, k.IntList(k.Call("sort", always, Ints(input))).Length);
    }

    [Fact]
    public void ErrorsAsNix()
    {
        Assert.Equal(["while evaluating the second argument passed to builtins.sort"], TraceMessages(k.Fails<TypeError>("sort", I(1), S("foo"))));
        Assert.Equal(["while evaluating the first argument passed to builtins.sort"], TraceMessages(k.Fails<TypeError>("sort", I(1), L(S("foo")))));
        var e = k.Fails<TypeError>("sort", F2((ctx, a, b) => I(1)), L(S("foo"), S("bar")));
        Assert.Equal("expected a Boolean but found an integer: 1", e.Message);
        Assert.Equal(["while evaluating the return value of the sorting function passed to builtins.sort"], TraceMessages(e));
        // Elements are all forced before sorting, even with one element.
        Assert.Throws<ThrownError>(() => k.Call("sort", KeyLess, L(Throwing())));
        Assert.Same(NixList.Empty, k.Call("sort", I(1), NixList.Empty));
        var lessThan = new PrimOp("lessThan", 2, (ctx, args, pos) => NixBool.False);
        var cmp = k.Fails<EvalError>("sort", lessThan, L(S("foo"), A()));
        Assert.Equal("cannot compare a set with a string; values are { } and \"foo\"", cmp.Message);
        Assert.Equal(["while evaluating the ordering function passed to builtins.sort"], TraceMessages(cmp));
    }

    [Fact]
    public void SortsAMillionIntegers()
    {
        var values = new long[1_000_000];
        for (int i = 0; i < values.Length; i++) values[i] = (i * 7919L) % 1_000_003;
        var lessThan = new PrimOp("lessThan", 2, (ctx, args, pos) => NixBool.False);
        var sorted = k.IntList(k.Call("sort", lessThan, Ints(values)));
        for (int i = 1; i < sorted.Length; i++) Assert.True(sorted[i - 1] <= sorted[i]);
    }
}
