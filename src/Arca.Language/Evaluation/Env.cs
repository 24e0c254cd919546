namespace Arca.Language.Evaluation;

using Arca.Language.Values;

/// <summary>
/// A runtime environment frame: the values of one scope (function arguments, let/rec bindings, or the set of a
/// <c>with</c>), and the enclosing frame. Variables are resolved at compile time to (depth, slot).
/// </summary>
public sealed class Env(Env? up, Value[] slots)
{
    public static readonly Env Empty = new(null, []);

    public Env? Up { get; } = up;
    public Value[] Slots { get; } = slots;

    public Env(Env? up, int size) : this(up, size == 0 ? [] : new Value[size]) { }
}
