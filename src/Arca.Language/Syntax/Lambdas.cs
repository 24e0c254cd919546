namespace Arca.Language.Syntax;

/// <summary>Naming functions after the binding they are assigned to, as Nix's ExprLambda::setName does.</summary>
internal static class Lambdas
{
    /// <summary>
    /// <paramref name="lambda"/> named <paramref name="name"/>; curried bodies (<c>f = a: b: …</c>) get the name too.
    /// Iterative, because the chain of curried lambdas can be long.
    /// </summary>
    public static LambdaExpr Named(LambdaExpr lambda, string name)
    {
        var chain = new List<LambdaExpr>();
        Expr current = lambda;
        while (current is LambdaExpr l)
        {
            chain.Add(l);
            current = l.Body;
        }
        var body = current;
        for (int i = chain.Count - 1; i >= 0; i--) body = chain[i] with { Body = body, Name = name };
        return (LambdaExpr)body;
    }
}
