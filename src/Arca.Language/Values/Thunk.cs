namespace Arca.Language.Values;

using System.Runtime.CompilerServices;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;

/// <summary>
/// A suspended computation: an executable node and the environment to run it in. Forced at most once, then updated
/// in place to its value. While being forced it is a black hole; forcing it again then is
/// "infinite recursion encountered". If forcing fails with an evaluation error, the thunk remembers the failure and
/// every later force (after <c>tryEval</c>, say) throws a copy of that error without evaluating again — latest Nix
/// (2.34) memoises errors this way, so side effects such as <c>trace</c> happen once and a later failure shows the
/// frames of the first one. Anything else that escapes (not an <see cref="EvalError"/>) restores the thunk.
/// </summary>
public sealed class Thunk : Value
{
    /// <summary>The computation; <see cref="Forced"/> once done; null while being forced (a black hole) or after a failure.</summary>
    private Node? node;

    /// <summary>
    /// One field for four things, so a thunk stays two references small (lists of a million thunks are common, and
    /// every byte of them is traced by the collector): the frame (<see cref="Frame"/>) of <see cref="node"/>; for a
    /// <see cref="SharedNode"/> the value that tells its thunks apart; once forced, the value; after a failure, the
    /// <see cref="EvalError"/> to rethrow.
    /// </summary>
    private object? state;

    /// <summary>Marks a forced thunk, whose state is its value.</summary>
    private static readonly Node Forced = new ForcedNode();

    public Thunk(Node node, Env env)
    {
        this.node = node;
        state = env;
    }

    private Thunk(SharedNode node, Value state)
    {
        this.node = node;
        this.state = state;
    }

    public override ValueKind Kind => ValueKind.Thunk;

    public bool IsForced => ReferenceEquals(node, Forced);

    /// <summary>The value if already forced, else null; never forces (error printers must not evaluate).</summary>
    public Value? ForcedValue => IsForced ? Unsafe.As<Value>(state) : null;

    /// <summary>True while the thunk is being forced (printers show it as «potential infinite recursion»).</summary>
    public bool IsBlackHole => node is null && state is not EvalError;

    /// <summary>A thunk of a lazy application <c>function argument</c> (what <c>map</c> and friends produce).</summary>
    public static Thunk Apply(Value function, Value argument, Pos pos) => new(new ApplicationNode(function, pos), argument);

    /// <summary>
    /// Many lazy applications of one function (<c>map</c>, <c>genList</c>): the function and call site are shared, so
    /// each element costs one thunk.
    /// </summary>
    public sealed class Applier(Value function, Pos pos)
    {
        private readonly ApplicationNode node = new(function, pos);

        public Thunk Apply(Value argument) => new(node, argument);
    }

    /// <summary>
    /// A computation shared by many thunks that differ only in one value (an argument, an index): builtins that
    /// build many lazy results (<c>mapAttrs</c>, <c>zipAttrsWith</c>) make one node and one thunk per element.
    /// </summary>
    public abstract class SharedNode : Node
    {
        protected SharedNode() : base(shared: true) { }

        /// <summary>Computes the value of the thunk whose state is <paramref name="state"/>.</summary>
        public abstract Value Evaluate(EvalContext ctx, Value state);

        /// <summary>A new thunk of this computation for <paramref name="state"/>.</summary>
        public Thunk Delay(Value state) => new(this, state);

        public sealed override Value Eval(EvalContext ctx, Env env) =>
            throw new InvalidOperationException("a shared node is evaluated by its thunks, with their state");
    }

    internal Value Evaluate(EvalContext ctx)
    {
        var n = node;
        var s = state;
        if (ReferenceEquals(n, Forced)) return Unsafe.As<Value>(s!);
        if (n is null)
        {
            // A copy, because frames are added to an error as it unwinds and the remembered one must not grow.
            if (s is EvalError failure) throw failure.Copy();
            throw new InfiniteRecursionError { Origin = this };
        }
        node = null; // black hole
        try
        {
            ctx.EnsureStack();
            var result = n.IsShared
                ? Unsafe.As<SharedNode>(n).Evaluate(ctx, Unsafe.As<Value>(s!))
                : n.Eval(ctx, Unsafe.As<Env>(s!));
            if (result is Thunk inner) result = inner.Evaluate(ctx);
            state = result;
            node = Forced;
            return result;
        }
        // A filter, not a catch: the error keeps unwinding in one pass (see EvalError.AddTraceWhileUnwinding).
        catch (EvalError error) when (RememberFailure(error))
        {
            throw;
        }
        catch (Exception other) when (other is not EvalError)
        {
            node = n;
            throw;
        }
    }

    /// <summary>Memoises the failure (and marks where a cycle was entered); false, for use as an exception filter.</summary>
    private bool RememberFailure(EvalError error)
    {
        // As Nix: where the cycle starts (the first forcing of the thunk that was re-entered) gets a frame.
        if (error is InfiniteRecursionError { Origin: var origin } && ReferenceEquals(origin, this))
            error.AddTraceAlways(default, "entering the infinite recursion");
        state = error;
        return false;
    }

    private sealed class ForcedNode : Node
    {
        public override Value Eval(EvalContext ctx, Env env) => throw new InvalidOperationException("a forced thunk is not evaluated again");
    }

    /// <summary>The node of a lazy application; its argument is the thunk's state, so the node can be shared.</summary>
    private sealed class ApplicationNode(Value function, Pos pos) : SharedNode
    {
        public override Value Evaluate(EvalContext ctx, Value state) => ctx.Call(function, state, pos);
    }
}
