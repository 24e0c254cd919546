namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class AttrSetBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    [Fact]
    public void NamesAndValuesInByteOrder()
    {
        var set = A(("b", I(2)), ("a", I(1)), ("B", I(0)), ("\u00c3\u00a9", I(3)));
        Assert.Equal(["B", "a", "b", "\u00c3\u00a9"], k.StrList(k.Call("attrNames", set)));
        Assert.Equal([0, 1, 2, 3], k.IntList(k.Call("attrValues", set)));
        var lazy = (NixList)k.Call("attrValues", A(("x", Throwing())));
        Assert.IsType<Thunk>(lazy.Items[0]);
        var e = k.Fails<TypeError>("attrNames", NixList.Empty);
        Assert.Equal("expected a set but found a list: [ ]", e.Message);
        Assert.Equal(["while evaluating the argument passed to builtins.attrNames"], TraceMessages(e));
    }

    [Fact]
    public void GetAttrAndHasAttr()
    {
        var set = A(("x", I(1)), ("bad", Throwing()));
        Assert.Equal(1, k.Int(k.Call("getAttr", S("x"), set)));
        Assert.True(k.Bool(k.Call("hasAttr", S("bad"), set)));
        Assert.False(k.Bool(k.Call("hasAttr", S("y"), set)));
        var missing = k.Fails<TypeError>("getAttr", S("foo"), A());
        Assert.Equal("attribute 'foo' missing", missing.Message);
        Assert.Equal(["in the attribute set under consideration"], TraceMessages(missing));
        Assert.Equal(["while evaluating the first argument passed to builtins.getAttr"], TraceMessages(k.Fails<TypeError>("getAttr", NixList.Empty, NixList.Empty)));
        Assert.Equal(["while evaluating the second argument passed to builtins.hasAttr"], TraceMessages(k.Fails<TypeError>("hasAttr", S("foo"), NixList.Empty)));
    }

    [Fact]
    public void NamesWithContextAreRefused()
    {
        var withContext = NixString.Of("x", StringContext.Of("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"));
        var e = k.Fails<EvalError>("hasAttr", withContext, A());
        Assert.Contains("is not allowed to refer to a store path", e.Message);
    }

    [Fact]
    public void RemoveAttrsKeepsPositionsAndIgnoresUnknownNames()
    {
        var source = new Source("/f.nix", "", "/", true);
        var set = new AttrsBuilder().Add("x", I(1), new Pos(source, 1, 2)).Add("y", I(2), new Pos(source, 3, 4)).Add("z", I(3)).Build();
        var result = (NixAttrs)k.Call("removeAttrs", set, L(S("a"), S("x"), S("z")));
        Assert.Equal(["y"], result.Names.ToArray());
        Assert.Equal(3, result.PosAt(0).Line);
        Assert.Same(set, k.Call("removeAttrs", set, L(S("nope"))));
        Assert.Equal(["while evaluating the first argument passed to builtins.removeAttrs"], TraceMessages(k.Fails<TypeError>("removeAttrs", S(""), L(I(1)))));
        Assert.Equal(["while evaluating the values of the second argument passed to builtins.removeAttrs"], TraceMessages(k.Fails<TypeError>("removeAttrs", set, L(I(1)))));
    }

    [Fact]
    public void ListToAttrsFirstDuplicateWins()
    {
        var result = (NixAttrs)k.Call("listToAttrs", L(
            A(("name", S("foo")), ("value", I(123))),
            A(("name", S("bar")), ("value", I(456))),
            A(("name", S("bar")), ("value", I(420)))));
        Assert.Equal(["bar", "foo"], result.Names.ToArray());
        Assert.Equal(456, k.Int(result.Get("bar")!));
        // The value of a shadowed duplicate is never looked up, and values stay lazy.
        var lazy = (NixAttrs)k.Call("listToAttrs", L(A(("name", S("a")), ("value", Throwing())), A(("name", S("a")))));
        Assert.IsType<Thunk>(lazy.Get("a"));
    }

    [Theory]
    [InlineData(40)]    // index list on the stack
    [InlineData(600)]   // index list on the heap
    public void ListToAttrsKeepsTheFirstOfEachNameWhateverTheSortDoes(int count)
    {
        // Names repeat in a scrambled order; each name's value must be its first element's.
        var items = new Value[count];
        for (int i = 0; i < count; i++) items[i] = A(("name", S($"n{i * 7919 % 37}")), ("value", I(i)));
        var result = (NixAttrs)k.Call("listToAttrs", L(items));
        Assert.Equal(Math.Min(count, 37), result.Count);
        for (int r = 0; r < 37 && r < count; r++)
        {
            int first = Enumerable.Range(0, count).First(i => i * 7919 % 37 == r);
            Assert.Equal(first, k.Int(result.Get($"n{r}")!));
        }
        Assert.Equal(result.Names.ToArray().Order(StringComparer.Ordinal), result.Names.ToArray());
    }

    [Fact]
    public void SubsetsOfLargeSetsKeepTheirValuesAndOrder()
    {
        var entries = Enumerable.Range(0, 500).Select(i => ($"k{i:D3}", (Value)I(i))).ToArray();
        var set = A(entries);
        var removed = (NixAttrs)k.Call("removeAttrs", set, L(Enumerable.Range(0, 500).Where(i => i % 3 == 0).Select(i => (Value)S($"k{i:D3}")).ToArray()));
        Assert.Equal(Enumerable.Range(0, 500).Where(i => i % 3 != 0).Select(i => $"k{i:D3}"), removed.Names.ToArray());
        Assert.Equal(7, k.Int(removed.Get("k007")!));
        var other = A(Enumerable.Range(0, 400).Where(i => i % 2 == 0).Select(i => ($"k{i:D3}", (Value)I(-i))).ToArray());
        var common = (NixAttrs)k.Call("intersectAttrs", other, set);
        Assert.Equal(200, common.Count);
        Assert.Equal(398, k.Int(common.Get("k398")!));
        Assert.Same(set, k.Call("intersectAttrs", set, set));
    }

    [Fact]
    public void ListToAttrsErrors()
    {
        Assert.Equal(["while evaluating an element of the list passed to builtins.listToAttrs"], TraceMessages(k.Fails<TypeError>("listToAttrs", L(I(1)))));
        var noName = k.Fails<TypeError>("listToAttrs", L(A()));
        Assert.Equal("attribute 'name' missing", noName.Message);
        Assert.Equal(["in a {name=...; value=...;} pair"], TraceMessages(noName));
        var noValue = k.Fails<TypeError>("listToAttrs", L(A(("name", S("foo")))));
        Assert.Equal("attribute 'value' missing", noValue.Message);
        var badName = k.Fails<TypeError>("listToAttrs", L(A(("name", I(1)))));
        Assert.Equal(["while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs"], TraceMessages(badName));
    }

    [Fact]
    public void IntersectAttrsTakesValuesFromTheSecondSet()
    {
        var left = A(("a", I(1)), ("b", I(2)));
        var right = A(("b", I(20)), ("c", I(30)), ("d", I(40)));
        var result = (NixAttrs)k.Call("intersectAttrs", left, right);
        Assert.Equal(["b"], result.Names.ToArray());
        Assert.Equal(20, k.Int(result.Get("b")!));
        var big = (NixAttrs)k.Call("intersectAttrs", right, left);
        Assert.Equal(2, k.Int(big.Get("b")!));
        Assert.Equal(["while evaluating the second argument passed to builtins.intersectAttrs"], TraceMessages(k.Fails<TypeError>("intersectAttrs", A(), NixList.Empty)));
    }

    [Fact]
    public void CatAttrsCollectsInOrder()
    {
        Assert.Equal([1, 2], k.IntList(k.Call("catAttrs", S("a"), L(A(("a", I(1))), A(("b", I(0))), A(("a", I(2)))))));
        var e = k.Fails<TypeError>("catAttrs", S("foo"), L(A(("foo", I(1))), I(1)));
        Assert.Equal(["while evaluating an element in the list passed as second argument to builtins.catAttrs"], TraceMessages(e));
        Assert.Equal(["while evaluating the first argument passed to builtins.catAttrs"], TraceMessages(k.Fails<TypeError>("catAttrs", NixList.Empty, A())));
    }

    [Fact]
    public void MapAttrsIsLazyInTheFunctionAndTheValues()
    {
        var counter = new Counter();
        var f = F2((ctx, name, value) => { counter.Count++; return S(((NixString)name.Force(ctx)).Text + Int(value, ctx)); });
        var result = (NixAttrs)k.Call("mapAttrs", f, A(("a", I(1)), ("b", Throwing())));
        Assert.Equal(0, counter.Count);
        Assert.Equal("a1", k.Str(result.Get("a")!));
        Assert.Equal("a1", k.Str(result.Get("a")!));
        Assert.Equal(1, counter.Count); // each attribute is computed once
        Assert.Throws<ThrownError>(() => result.Get("b")!.Force(k.Ctx));
        // A non-function is only noticed when an attribute is used.
        var bad = (NixAttrs)k.Call("mapAttrs", S(""), A(("foo", I(1))));
        Assert.Equal("attempt to call something which is not a function but a string: \"\"", Assert.Throws<TypeError>(() => bad.Get("foo")!.Force(k.Ctx)).Message);
        Assert.Equal(["while evaluating the second argument passed to builtins.mapAttrs"], TraceMessages(k.Fails<TypeError>("mapAttrs", NixList.Empty, NixList.Empty)));
    }

    [Fact]
    public void ZipAttrsWithTransposes()
    {
        var f = F2((ctx, name, values) => A(("name", name), ("values", values)));
        var result = (NixAttrs)k.Call("zipAttrsWith", f, L(A(("a", S("x"))), A(("a", S("y")), ("b", S("z")))));
        Assert.Equal(["a", "b"], result.Names.ToArray());
        var a = (NixAttrs)result.Get("a")!.Force(k.Ctx);
        Assert.Equal("a", k.Str(a.Get("name")!));
        Assert.Equal(["x", "y"], k.StrList(a.Get("values")!));
        var b = (NixAttrs)result.Get("b")!.Force(k.Ctx);
        Assert.Equal(["z"], k.StrList(b.Get("values")!));
        Assert.Equal(["while evaluating a value of the list passed as second argument to builtins.zipAttrsWith"], TraceMessages(k.Fails<TypeError>("zipAttrsWith", f, L(I(1)))));
        Assert.Equal(["while evaluating the first argument passed to builtins.zipAttrsWith"], TraceMessages(k.Fails<TypeError>("zipAttrsWith", NixList.Empty, L(I(1)))));
    }

    [Fact]
    public void UnsafeGetAttrPosReportsFilePositionsOnly()
    {
        var file = new Source("/some/file.nix", "", "/some", true);
        var text = new Source("«string»", "", "/", false);
        var set = new AttrsBuilder().Add("a", I(1), new Pos(file, 3, 5)).Add("b", I(2), new Pos(text, 1, 1)).Add("c", I(3)).Build();
        var pos = (NixAttrs)k.Call("unsafeGetAttrPos", S("a"), set);
        Assert.Equal(["column", "file", "line"], pos.Names.ToArray());
        Assert.Equal(5, k.Int(pos.Get("column")!));
        Assert.Equal("/some/file.nix", k.Str(pos.Get("file")!));
        Assert.Equal(3, k.Int(pos.Get("line")!));
        Assert.IsType<NixNull>(k.Call("unsafeGetAttrPos", S("b"), set));
        Assert.IsType<NixNull>(k.Call("unsafeGetAttrPos", S("c"), set));
        Assert.IsType<NixNull>(k.Call("unsafeGetAttrPos", S("nope"), set));
    }
}
