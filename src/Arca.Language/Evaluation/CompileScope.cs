namespace Arca.Language.Evaluation;

using Arca.Language.Syntax;

/// <summary>
/// A scope at compile time, mirroring one runtime <see cref="Env"/> frame: either named slots (function arguments,
/// let/rec bindings, the frame of <c>inherit (e)</c> sources) or the single slot of a <c>with</c>. The global scope
/// is not a frame: globals compile to constants.
/// </summary>
public sealed class CompileScope
{
    private readonly Dictionary<string, int>? names;

    private CompileScope(CompileScope? parent, Dictionary<string, int>? names, bool isWith, Pos withPos)
    {
        Parent = parent;
        this.names = names;
        IsWith = isWith;
        WithPos = withPos;
    }

    public CompileScope? Parent { get; }
    public bool IsWith { get; }
    public Pos WithPos { get; }

    /// <summary>A frame binding <paramref name="slotNames"/> to slots 0, 1, … in order.</summary>
    public static CompileScope Frame(CompileScope? parent, IReadOnlyList<string> slotNames)
    {
        var map = new Dictionary<string, int>(slotNames.Count, StringComparer.Ordinal);
        for (int i = 0; i < slotNames.Count; i++) map[slotNames[i]] = i;
        return new CompileScope(parent, map, false, default);
    }

    public static CompileScope With(CompileScope? parent, Pos pos) => new(parent, null, true, pos);

    public bool TryGetSlot(string name, out int slot)
    {
        if (names is not null && names.TryGetValue(name, out slot)) return true;
        slot = -1;
        return false;
    }
}
