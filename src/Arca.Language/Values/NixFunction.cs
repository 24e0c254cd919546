namespace Arca.Language.Values;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;

/// <summary>Anything callable: lambdas (closures), built-in functions and their partial applications.</summary>
public abstract class NixFunction : Value
{
    public override ValueKind Kind => ValueKind.Function;

    /// <summary>
    /// What Nix's value printer shows between « and » for this function: <c>lambda</c> (a lambda should say
    /// <c>lambda name @ file:line:col</c>), <c>primop map</c>, <c>partially applied primop map</c>.
    /// </summary>
    public virtual string Description => "lambda";

    /// <summary>
    /// The syntax of the lambda this function is (argument name, formals, position), or null for built-ins and their
    /// partial applications. <c>toXML</c>/<c>--xml</c>, <c>functionArgs</c> and error messages read it; the
    /// evaluator's closure class overrides it.
    /// </summary>
    public virtual LambdaExpr? Lambda => null;

    /// <summary>
    /// Applies the function to one argument. Callers go through <see cref="EvalContext.Call(Value, Value, Pos)"/>,
    /// which guards the stack and call depth; implementations need not.
    /// </summary>
    public abstract Value Apply(EvalContext ctx, Value argument, Pos callPos);
}
