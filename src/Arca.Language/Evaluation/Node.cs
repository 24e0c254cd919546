namespace Arca.Language.Evaluation;

using Arca.Language.Values;

/// <summary>
/// An executable node: the compiler turns the syntax tree into a tree of these, with variables resolved to
/// (depth, slot) and specialised node classes chosen at build time. One sealed class per construct.
/// </summary>
public abstract class Node
{
    protected Node() { }

    private protected Node(bool shared) => IsShared = shared;

    /// <summary>
    /// True for a <see cref="Thunk.SharedNode"/>, whose thunks carry a value instead of a frame. A field, not a type
    /// test: every thunk evaluation asks, and a test against an abstract class is a call into the runtime.
    /// </summary>
    internal bool IsShared { get; }

    /// <summary>
    /// Evaluates to a value. The evaluator's own nodes always return a forced value (weak head normal form);
    /// <see cref="Thunk"/> still accepts a thunk from foreign nodes and forces it.
    /// </summary>
    public abstract Value Eval(EvalContext ctx, Env env);

    /// <summary>
    /// The value of this node as a lazy argument or binding: a new thunk by default, but constants and variables
    /// return their value directly so no thunk is allocated for them (Nix's <c>maybeThunk</c>).
    /// </summary>
    public virtual Value Delay(EvalContext ctx, Env env) => new Thunk(this, env);

    /// <summary>
    /// Whether <see cref="Eval"/> may leave a reference to its frame behind once it returns: a thunk or a closure over
    /// it, or a frame of its own linked to it. True unless the node's class knows better. A function whose body keeps
    /// nothing of its frame runs in a frame that is reused after the call (<see cref="FramePool"/>).
    /// </summary>
    internal virtual bool EvalMayKeepFrame => true;

    /// <summary>The same for <see cref="Delay"/>: false only where delaying hands back an existing value.</summary>
    internal virtual bool DelayMayKeepFrame => true;

    internal static bool AnyEvalMayKeepFrame(Node[] nodes)
    {
        foreach (var node in nodes)
            if (node.EvalMayKeepFrame) return true;
        return false;
    }

    internal static bool AnyDelayMayKeepFrame(Node[] nodes)
    {
        foreach (var node in nodes)
            if (node.DelayMayKeepFrame) return true;
        return false;
    }
}
