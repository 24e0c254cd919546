namespace Arca.Language.Values;

using Arca.Language.Evaluation;

/// <summary>The kinds of Nix value, as <c>builtins.typeOf</c> distinguishes them.</summary>
public enum ValueKind { Int, Float, Bool, String, Path, Null, Attrs, List, Function, Thunk }

/// <summary>
/// A Nix value. Values are immutable except <see cref="Thunk"/>, which is updated in place when forced.
/// Code that receives a value it has not forced must call <see cref="Force"/> before looking at its kind.
/// </summary>
public abstract class Value
{
    public abstract ValueKind Kind { get; }

    /// <summary>Forces a thunk to weak head normal form; any other value is returned as it is.</summary>
    public Value Force(EvalContext ctx) => this is Thunk t ? t.Evaluate(ctx) : this;

    /// <summary>The name <c>builtins.typeOf</c> returns.</summary>
    public string TypeOf => Kind switch
    {
        ValueKind.Int => "int",
        ValueKind.Float => "float",
        ValueKind.Bool => "bool",
        ValueKind.String => "string",
        ValueKind.Path => "path",
        ValueKind.Null => "null",
        ValueKind.Attrs => "set",
        ValueKind.List => "list",
        ValueKind.Function => "lambda",
        _ => "thunk",
    };

    /// <summary>The type as Nix names it in error messages ("an integer", "a string with context", "the built-in function 'map'").</summary>
    public virtual string ShowType => Kind switch
    {
        ValueKind.Int => "an integer",
        ValueKind.Float => "a float",
        ValueKind.Bool => "a Boolean",
        ValueKind.String => "a string",
        ValueKind.Path => "a path",
        ValueKind.Null => "null",
        ValueKind.Attrs => "a set",
        ValueKind.List => "a list",
        ValueKind.Function => "a function",
        _ => "a thunk",
    };
}
