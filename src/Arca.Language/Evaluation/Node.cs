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
}
