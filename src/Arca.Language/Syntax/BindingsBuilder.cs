namespace Arca.Language.Syntax;

using Arca.Language.Errors;

/// <summary>
/// The bindings of one attribute set or <c>let</c> while it is being parsed. Mutable because Nix merges later
/// bindings into earlier ones: <c>a.b = 1; a.c = 2;</c> and <c>a = { b = 1; }; a.c = 2;</c> both make one nested
/// set <c>a</c>, and duplicates are reported as "attribute 'a.b' already defined at …".
/// </summary>
internal sealed class BindingsBuilder(Pos pos, bool recursive)
{
    /// <summary>One static binding; its value is either an expression or a nested set still being built.</summary>
    internal sealed class Binding(string name, Expr? value, BindingsBuilder? nested, Pos pos, AttrKind kind, int inheritFromIndex)
    {
        public string Name { get; } = name;
        public Expr? Value { get; set; } = value;
        public BindingsBuilder? Nested { get; set; } = nested;
        public Pos Pos { get; } = pos;
        public AttrKind Kind { get; } = kind;
        public int InheritFromIndex { get; set; } = inheritFromIndex;

        /// <summary>The value as a set that more bindings can be merged into, or null when it is not a set literal.</summary>
        public BindingsBuilder? AsSet()
        {
            if (Nested is not null) return Nested;
            if (Value is AttrSetExpr set)
            {
                Nested = FromExpr(set);
                Value = null;
            }
            return Nested;
        }

        public bool IsSet => Nested is not null || Value is AttrSetExpr;
    }

    private sealed class DynamicBinding(Expr name, Expr? value, BindingsBuilder? nested, Pos pos)
    {
        public Expr Name { get; } = name;
        public Expr? Value { get; } = value;
        public BindingsBuilder? Nested { get; } = nested;
        public Pos Pos { get; } = pos;
    }

    // Most sets are small: names are looked up by scanning until the set grows past this, then through a dictionary.
    private const int IndexThreshold = 8;
    private Dictionary<string, Binding>? _byName;
    private readonly List<Binding> _bindings = [];
    private readonly List<DynamicBinding> _dynamic = [];
    private readonly List<Expr> _inheritFrom = [];

    public Pos Pos { get; set; } = pos;
    public bool Recursive { get; set; } = recursive;
    public bool HasDynamic => _dynamic.Count > 0;
    public int InheritFromCount => _inheritFrom.Count;

    public bool TryGet(string name, out Binding binding)
    {
        if (_byName is not null) return _byName.TryGetValue(name, out binding!);
        foreach (var b in _bindings)
        {
            if (string.Equals(b.Name, name))
            {
                binding = b;
                return true;
            }
        }
        binding = null!;
        return false;
    }

    public void AddInheritFrom(Expr source) => _inheritFrom.Add(source);

    /// <summary>Adds a binding known not to exist yet (callers check duplicates).</summary>
    public void Add(Binding binding)
    {
        _bindings.Add(binding);
        if (_byName is not null) _byName.Add(binding.Name, binding);
        else if (_bindings.Count > IndexThreshold)
        {
            _byName = new Dictionary<string, Binding>(_bindings.Count * 2, StringComparer.Ordinal);
            foreach (var b in _bindings) _byName.Add(b.Name, b);
        }
    }

    public void AddDynamic(Expr name, Expr value, Pos pos) => _dynamic.Add(new DynamicBinding(name, value, null, pos));

    public BindingsBuilder AddDynamicNested(Expr name, Pos pos)
    {
        var nested = new BindingsBuilder(Pos.None, false);
        _dynamic.Add(new DynamicBinding(name, null, nested, pos));
        return nested;
    }

    /// <summary>
    /// <c>path = value;</c> at <paramref name="pos"/> (the start of the path): creates or enters the nested sets of
    /// the path's prefix, then adds or merges the last name, as Nix's ParserState::addAttr.
    /// </summary>
    public void AddPath(AttrName[] path, Expr value, Pos pos)
    {
        var set = this;
        for (int i = 0; i + 1 < path.Length; i++)
        {
            var element = path[i];
            if (element.Name is { } name)
            {
                if (set.TryGet(name, out var existing))
                {
                    var nested = existing.AsSet() ?? throw AlreadyDefined(path.AsSpan(0, i + 1), pos, existing.Pos);
                    set = nested;
                }
                else
                {
                    var nested = new BindingsBuilder(Pos.None, false);
                    set.Add(new Binding(name, null, nested, pos, AttrKind.Plain, -1));
                    set = nested;
                }
            }
            else set = set.AddDynamicNested(element.Dynamic!, pos);
        }
        var last = path[^1];
        if (last.Name is { } lastName) set.AddOrMerge(path, null, new Binding(lastName, value, null, pos, AttrKind.Plain, -1));
        else set.AddDynamic(last.Dynamic!, value, pos);
    }

    /// <summary>
    /// Adds <paramref name="binding"/>, or when a set of that name exists and the new value is a set too, merges the
    /// new set's bindings into it (recursively). <paramref name="trail"/> is the full path, for messages.
    /// </summary>
    /// <param name="path">The path written in the source (for messages).</param>
    /// <param name="merged">Names below <paramref name="path"/> reached while merging sets (for messages), or null.</param>
    private void AddOrMerge(AttrName[] path, List<AttrName>? merged, Binding binding)
    {
        if (!TryGet(binding.Name, out var existing))
        {
            if (binding.Value is LambdaExpr lambda) binding.Value = Lambdas.Named(lambda, binding.Name);
            Add(binding);
            return;
        }
        // Nix merges even when either set is `rec`; the `rec` of the later one is lost (NixOS/nix#9020).
        if (!binding.IsSet || !existing.IsSet)
        {
            var trail = new List<AttrName>(path);
            if (merged is not null) trail.AddRange(merged);
            throw AlreadyDefined(trail.ToArray(), binding.Pos, existing.Pos);
        }
        var target = existing.AsSet()!;
        var source = binding.AsSet()!;
        int shift = target._inheritFrom.Count;
        merged ??= [];
        foreach (var child in source._bindings)
        {
            if (child.Kind == AttrKind.InheritedFrom) child.InheritFromIndex += shift;
            merged.Add(AttrName.Static(child.Name));
            target.AddOrMerge(path, merged, child);
            merged.RemoveAt(merged.Count - 1);
        }
        target._dynamic.AddRange(source._dynamic);
        target._inheritFrom.AddRange(source._inheritFrom);
    }

    private static ParseError AlreadyDefined(ReadOnlySpan<AttrName> path, Pos pos, Pos previous) =>
        new($"attribute '{ExprPrinter.PrintAttrPath(path)}' already defined at {previous}", pos);

    private static BindingsBuilder FromExpr(AttrSetExpr set)
    {
        var builder = new BindingsBuilder(set.Pos, set.Recursive);
        foreach (var def in set.Attrs) builder.Add(new Binding(def.Name, def.Value, null, def.Pos, def.Kind, def.InheritFromIndex));
        foreach (var dyn in set.DynamicAttrs) builder._dynamic.Add(new DynamicBinding(dyn.Name, dyn.Value, null, dyn.Pos));
        builder._inheritFrom.AddRange(set.InheritFrom);
        return builder;
    }

    public AttrSetExpr Build()
    {
        var attrs = new AttrDef[_bindings.Count];
        for (int i = 0; i < attrs.Length; i++)
        {
            var b = _bindings[i];
            var value = b.Nested is { } nested ? nested.Build() : b.Value!;
            attrs[i] = new AttrDef(b.Name, value, b.Pos, b.Kind, b.InheritFromIndex);
        }
        Array.Sort(attrs, static (x, y) => string.CompareOrdinal(x.Name, y.Name));
        var dynamic = new DynamicAttrDef[_dynamic.Count];
        for (int i = 0; i < dynamic.Length; i++)
        {
            var d = _dynamic[i];
            dynamic[i] = new DynamicAttrDef(d.Name, d.Nested is { } nested ? nested.Build() : d.Value!, d.Pos);
        }
        return new AttrSetExpr(Pos, Recursive, attrs, dynamic, _inheritFrom.ToArray());
    }
}
