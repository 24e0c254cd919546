namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Values;

/// <summary>
/// Nix's <c>autoCallFunction</c>: a top-level function with formals is called with the <c>--arg</c>/<c>--argstr</c>
/// values it asks for (all of them if it has <c>...</c>); defaults fill the rest; anything else is returned as it is.
/// </summary>
public static class AutoCall
{
    public static Value Apply(EvalContext ctx, NixAttrs autoArgs, Value function)
    {
        var f = function.Force(ctx);
        if (f is NixAttrs set && set.TryGet("__functor", out var functor))
            return Apply(ctx, autoArgs, ctx.Call(functor, set, default).Force(ctx));
        if (f is not Closure { Definition.Formals: { } formals } lambda) return f;

        NixAttrs args;
        if (lambda.Definition.Ellipsis)
        {
            args = autoArgs;
        }
        else
        {
            var builder = new AttrsBuilder(formals.Length);
            foreach (var formal in formals)
            {
                if (autoArgs.TryGet(formal.Name, out var value)) builder.Add(formal.Name, value);
                else if (formal.Default is null)
                    throw new MissingArgumentError(
                        $"cannot evaluate a function that has an argument without a value ('{formal.Name}')\n" +
                        "Nix attempted to evaluate a function as a top level expression; in\n" +
                        "this case it must have its arguments supplied either by default\n" +
                        "values, or passed explicitly with '--arg' or '--argstr'. See\n" +
                        "https://nix.dev/manual/nix/stable/language/syntax.html#functions.", formal.Pos);
            }
            args = builder.Build();
        }
        return ctx.Call(f, args, default).Force(ctx);
    }
}
