namespace Arca.Language.Tests.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using static BuiltinTestKit;

public sealed class ControlBuiltinsTests
{
    private readonly BuiltinTestKit k = new();

    [Fact]
    public void ThrowAndAbort()
    {
        var thrown = k.Fails<ThrownError>("throw", S("kaboom"));
        Assert.Equal("kaboom", thrown.Message);
        var aborted = k.Fails<AbortError>("abort", S("foo"));
        Assert.Equal("evaluation aborted with the following error message: 'foo'", aborted.Message);
        var bad = k.Fails<TypeError>("throw", I(1));
        Assert.Equal("cannot coerce an integer to a string: 1", bad.Message);
        Assert.Equal(["while evaluating the error message passed to builtin.throw"], TraceMessages(bad));
        Assert.Equal("x", k.Fails<ThrownError>("throw", A(("__toString", F(_ => S("x"))))).Message);
    }

    [Fact]
    public void TryEvalCatchesThrowAndAssertOnly()
    {
        var ok = (NixAttrs)k.Call("tryEval", I(1));
        Assert.True(k.Bool(ok.Get("success")!));
        Assert.Equal(1, k.Int(ok.Get("value")!));
        var failed = (NixAttrs)k.Call("tryEval", Throwing());
        Assert.Equal(["success", "value"], failed.Names.ToArray());
        Assert.False(k.Bool(failed.Get("success")!));
        Assert.False(k.Bool(failed.Get("value")!));
        Assert.False(k.Bool(((NixAttrs)k.Call("tryEval", new Thunk(new Failing(() => new AssertionError("assertion failed")), Frame.Empty))).Get("success")!));
        Assert.Throws<AbortError>(() => k.Call("tryEval", Aborting()));
        Assert.Throws<TypeError>(() => k.Call("tryEval", k.Ctx.Call(k.Builtin("head"), I(1), Pos.None) is var v ? new Thunk(new Failing(() => new TypeError("t")), Frame.Empty) : v));
        // Each failure is its own set (a shared one would print as «repeated»).
        Assert.NotSame(k.Call("tryEval", Throwing()), k.Call("tryEval", Throwing()));
        // Shallow: a failing attribute inside a set is not evaluated.
        Assert.True(k.Bool(((NixAttrs)k.Call("tryEval", A(("x", Throwing())))).Get("success")!));
    }

    [Fact]
    public void TryEvalLeavesTheFailedThunkFailingAgainWithoutReevaluating()
    {
        // Latest Nix memoises the error: the thunk fails again, with a copy of the first error, but runs only once.
        var counter = new Counter();
        var thunk = new Thunk(new Failing(() => { counter.Count++; return new ThrownError("nope"); }), Frame.Empty);
        Assert.False(k.Bool(((NixAttrs)k.Call("tryEval", thunk)).Get("success")!));
        Assert.False(k.Bool(((NixAttrs)k.Call("tryEval", thunk)).Get("success")!));
        var again = Assert.Throws<ThrownError>(() => thunk.Force(k.Ctx));
        Assert.Equal("nope", again.Message);
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public void AMemoisedFailureKeepsTheFramesOfItsFirstUnwindingOnly()
    {
        var a = Throwing("nope");
        var b = Thunk.Apply(k.Ctx.Call(k.Builtin("addErrorContext"), S("forcing b"), default), a, default);
        var d = Thunk.Apply(k.Ctx.Call(k.Builtin("addErrorContext"), S("forcing d"), default), a, default);
        Assert.Throws<ThrownError>(() => b.Force(k.Ctx));
        var e = Assert.Throws<ThrownError>(() => d.Force(k.Ctx));
        Assert.Equal(["forcing b", "forcing d"], TraceMessages(e));
        var again = Assert.Throws<ThrownError>(() => a.Force(k.Ctx));
        Assert.Equal(["forcing b"], TraceMessages(again));
    }

    [Fact]
    public void SeqAndDeepSeq()
    {
        Assert.Equal(2, k.Int(k.Call("seq", A(("x", Throwing())), I(2))));
        Assert.Throws<ThrownError>(() => k.Call("seq", Throwing(), I(2)));
        Assert.Throws<ThrownError>(() => k.Call("deepSeq", A(("x", A(("y", L(I(1), Throwing()))))), I(2)));
        Assert.Equal(2, k.Int(k.Call("deepSeq", A(("x", L(I(1), Counting(I(2), new Counter())))), I(2))));
    }

    [Fact]
    public void DeepSeqReportsThePathToTheError()
    {
        var source = new Source("/f.nix", "", "/", true);
        var inner = new AttrsBuilder().Add("a", I(2), new Pos(source, 6, 5)).Add("b", Throwing("error in attr"), new Pos(source, 7, 5)).Build();
        var e = k.Fails<ThrownError>("deepSeq", L(I(1), inner, I(3)), S("unexpected success"));
        Assert.Equal(["while evaluating the attribute 'b'", "while evaluating list element at index 1"], TraceMessages(e));
        Assert.Equal(7, e.Trace[0].Pos.Line);
    }

    [Fact]
    public void DeepSeqOfACycleTerminatesAndDeepStructuresDoNotCrash()
    {
        // A list that contains itself (through a thunk that evaluates to it).
        Value[] items = new Value[2];
        var list = new NixList(items);
        items[0] = I(1);
        items[1] = Counting(list, new Counter());
        Assert.Equal(1, k.Int(k.Call("deepSeq", list, I(1))));

        // 100 000 nested sets: Nix fails with its max-call-depth error, never a process crash.
        Value chain = NixNull.Instance;
        for (int i = 0; i < 100_000; i++) chain = A(("head", I(i)), ("tail", chain));
        var e = k.Fails<StackOverflowError>("deepSeq", chain, I(0));
        Assert.Equal("stack overflow; max-call-depth exceeded", e.Message);
        // A wide structure of a million elements is fine.
        Assert.Equal(0, k.Int(k.Call("deepSeq", k.Call("genList", F(x => x), I(1_000_000)), I(0))));
        // A nesting within the limit works.
        Value shallow = NixNull.Instance;
        for (int i = 0; i < 5_000; i++) shallow = L(shallow);
        Assert.Equal(0, k.Int(k.Call("deepSeq", shallow, I(0))));
    }

    [Fact]
    public void AddErrorContextAddsAFrameOnlyOnError()
    {
        Assert.Equal(1, k.Int(k.Call("addErrorContext", Throwing("message not needed"), I(1))));
        var e = k.Fails<ThrownError>("addErrorContext", S("while counting down"), Throwing("kaboom"));
        Assert.Equal("kaboom", e.Message);
        Assert.Equal(["while counting down"], TraceMessages(e));
        Assert.Single(e.Trace);
        var at = new Pos(new Source("/f.nix", "", "/", true), 1, 1);
        var positioned = Assert.Throws<ThrownError>(() => k.Ctx.Call(k.Builtin("addErrorContext"), [S("ctx"), Throwing("x")], at));
        Assert.Equal(["ctx"], positioned.Trace.Select(t => t.Message).ToArray()); // no "while calling the 'addErrorContext' builtin"
    }

    [Fact]
    public void TracePrintsStringsRawAndOtherValuesLikeErrors()
    {
        Assert.Equal(2, k.Int(k.Call("trace", S("hello\nworld"), I(2))));
        Assert.Equal(1, k.Int(k.Call("trace", L(Counting(I(1), new Counter()), S("a\"b")), I(1))));
        Assert.Equal(3, k.Int(k.Call("trace", A(("x", I(1)), ("y", new NixFloat(1e20))), I(3))));
        Assert.Equal("trace: hello\nworld\ntrace: [ «thunk» \"a\\\"b\" ]\ntrace: { x = 1; y = 1e+20; }\n",
            ByteString.ToText(k.Diagnostics.ToString()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TraceWritesStringsAsTheirBytes()
    {
        // "é" as bytes; the diagnostics writer gets the byte string, not text decoded from it.
        k.Call("trace", S(ByteString.FromText("é")), I(1));
        Assert.Equal("trace: \u00c3\u00a9", k.Diagnostics.ToString().TrimEnd('\r', '\n'));
    }

    [Fact]
    public void TraceVerboseOnlyWithTheSetting()
    {
        Assert.Equal(1, k.Int(k.Call("traceVerbose", S("quiet"), I(1))));
        Assert.Equal("", k.Diagnostics.ToString());
        var verbose = new BuiltinTestKit(new EvalOptions { TraceVerbose = true });
        Assert.Equal(1, verbose.Int(verbose.Call("traceVerbose", S("loud"), I(1))));
        Assert.Equal("trace: loud\n", verbose.Diagnostics.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WarnIndentsContinuationLines()
    {
        Assert.IsType<NixNull>(k.Call("warn", S("foo\nbar"), NixNull.Instance));
        Assert.IsType<NixNull>(k.Call("warn", S("\nfoo\nbar"), NixNull.Instance));
        Assert.Equal("evaluation warning: foo\n                    bar\nevaluation warning:\nfoo\nbar\n", k.Diagnostics.ToString().ReplaceLineEndings("\n"));
        var e = k.Fails<TypeError>("warn", I(1), NixNull.Instance);
        Assert.Equal(["while evaluating the first argument; the message passed to builtins.warn"], TraceMessages(e));
    }

    [Fact]
    public void WarnCanAbort()
    {
        var strict = new BuiltinTestKit(new EvalOptions { AbortOnWarn = true });
        var e = strict.Fails<EvalError>("warn", S("careful"), I(1));
        Assert.Equal("aborting to reveal stack trace of warning, as abort-on-warn is set", e.Message);
        Assert.Contains("evaluation warning: careful", strict.Diagnostics.ToString());
    }

    [Fact]
    public void InfiniteRecursionMarksWhereTheCycleStartsAndIsNotCaughtByTryEval()
    {
        Thunk? self = null;
        self = new Thunk(new Failing(() => { self!.Force(k.Ctx); return new EvalError("unreachable"); }), Frame.Empty);
        var e = Assert.Throws<InfiniteRecursionError>(() => k.Call("tryEval", self));
        Assert.Equal("infinite recursion encountered", e.Message);
        Assert.Equal(["entering the infinite recursion"], TraceMessages(e));
    }

    [Fact]
    public void BreakReturnsItsArgument() => Assert.Equal(5, k.Int(k.Call("break", I(5))));

    private sealed class Failing(Func<EvalError> error) : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => throw error();
    }
}
