namespace Arca.Language.Evaluation;

using Arca.Language.Values;

/// <summary>
/// An executable node: the compiler turns the syntax tree into a tree of these, with variables resolved to
/// (depth, slot) and specialised node classes chosen at build time. One sealed class per construct.
/// </summary>
public abstract class Node
{
    /// <summary>Evaluates to a value, which may be an unforced <see cref="Thunk"/> only where a node says so.</summary>
    public abstract Value Eval(EvalContext ctx, Env env);
}
