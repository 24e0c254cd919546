namespace Arca.Language.Builtins;

using Arca.Language.Values;

/// <summary>
/// The built-in functions and constants of an evaluation. Each lives in <c>builtins</c> under its name and, as in Nix,
/// in the global scope as <c>__name</c>; the few Nix exposes unprefixed (<c>map</c>, <c>toString</c>, <c>import</c>,
/// <c>throw</c>, …) are marked global. Modules add to it (<see cref="BuiltinModules"/>), then the evaluator builds the
/// <c>builtins</c> set and the global scope from it once.
/// </summary>
public sealed class BuiltinTable
{
    /// <summary>One entry: a name (without <c>__</c>), its value (a <see cref="PrimOp"/> or a constant), whether it is also global.</summary>
    public sealed record Entry(string Name, Value Value, bool Global);

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Entry> Entries => entries.Values;

    /// <summary>Adds (or replaces, so a later module can refine an earlier one) a built-in function.</summary>
    /// <param name="addsCallFrame">False for the rare builtin whose errors should not gain "while calling the 'name' builtin".</param>
    public void Add(string name, int arity, PrimOpImpl impl, bool global = false, bool addsCallFrame = true) =>
        entries[name] = new Entry(name, new PrimOp(name, arity, impl) { AddsCallFrame = addsCallFrame }, global);

    public void AddConstant(string name, Value value, bool global = false) =>
        entries[name] = new Entry(name, value, global);

    public bool Contains(string name) => entries.ContainsKey(name);

    public Value? Get(string name) => entries.TryGetValue(name, out var e) ? e.Value : null;
}
