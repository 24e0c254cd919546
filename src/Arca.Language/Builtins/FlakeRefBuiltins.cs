namespace Arca.Language.Builtins;

using Arca.Core.Hashing;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Flakes;
using Arca.Language.Syntax;
using Arca.Language.Text;
using Arca.Language.Values;

/// <summary>
/// <c>builtins.parseFlakeRef</c> and <c>builtins.flakeRefToString</c>: a flake reference between its URL form and its
/// attribute-set form, over <see cref="FlakeRef"/>. Pure: nothing is fetched and no file is read.
/// </summary>
/// <remarks>
/// Nix marks both with the <c>flakes</c> experimental feature but (since they moved to libflake's extra primops)
/// registers them regardless; only some input schemes (github, gitlab, sourcehut, path, indirect) then require the
/// feature. Arca treats <c>flakes</c> as enabled for these two builtins, so they work as in Nix's own test suite,
/// which runs with flakes on; other features (<c>verified-fetches</c> for Git's key attributes) are checked.
/// </remarks>
public static class FlakeRefBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("parseFlakeRef", 1, ParseFlakeRef);
        table.Add("flakeRefToString", 1, FlakeRefToString);
    }

    private static Value ParseFlakeRef(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var text = IoArgs.StringNoContext(ctx, args[0], "while evaluating the argument passed to builtins.parseFlakeRef");
        var attrs = Run(() => FlakeRef.Parse(text, Environment(ctx)).ToAttrs());
        var result = new AttrsBuilder(attrs.Count);
        foreach (var (name, attr) in attrs)
        {
            result.Add(name, attr.Kind switch
            {
                InputAttrKind.String => NixString.Of(attr.Text),
                // Nix stores an unsigned value into a signed integer: above 2^63-1 it wraps.
                InputAttrKind.Integer => NixInt.Of(unchecked((long)attr.Integer)),
                _ => NixBool.Of(attr.Boolean),
            });
        }
        return result.Build();
    }

    private static Value FlakeRefToString(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var set = IoArgs.Attrs(ctx, args[0], "while evaluating the argument passed to builtins.flakeRefToString");
        var attrs = new InputAttrs();
        for (int i = 0; i < set.Count; i++)
        {
            var name = set.NameAt(i);
            var value = set.ValueAt(i).Force(ctx);
            switch (value)
            {
                case NixInt n when n.Value < 0:
                    throw new EvalError($"negative value given for flake ref attr {name}: {n.Value}");
                case NixInt n:
                    attrs.Set(name, (ulong)n.Value);
                    break;
                case NixBool b:
                    attrs.Set(name, b.Value);
                    break;
                case NixString s:
                    // Nix reads the characters only; a string's context is dropped.
                    attrs.Set(name, s.Text);
                    break;
                default:
                    throw new EvalError(
                        $"flake reference attribute sets may only contain integers, Booleans, and strings, but attribute '{name}' is {value.ShowType}");
            }
        }
        var environment = Environment(ctx);
        return NixString.Of(Run(() => FlakeRef.FromAttrs(attrs, environment).ToUrlString(environment)));
    }

    private static FlakeRefEnvironment Environment(EvalContext ctx) => new(
        message => ctx.Diagnostics.WriteLine("warning: " + message),
        feature => feature == "flakes" || ctx.Options.ExperimentalFeatures.Contains(feature));

    /// <summary>Nix's errors from the flake-reference and hash code become evaluation errors with the same text.</summary>
    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (FlakeRefException e)
        {
            throw new EvalError(e.Message);
        }
        catch (BadHashException e)
        {
            throw new EvalError(e.Message);
        }
        catch (JsonException e)
        {
            // nlohmann's dump of an attribute set for a message, or of public keys, refusing invalid UTF-8.
            throw new EvalError(e.Message);
        }
    }
}
