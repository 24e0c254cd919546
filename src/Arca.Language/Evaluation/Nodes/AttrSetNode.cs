namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Language.Text;

/// <summary>Which frame a binding's value is delayed in.</summary>
public enum BindingFrame : byte
{
    /// <summary>The set's own frame: the enclosing one for a plain set, the new recursive frame for <c>rec</c>/<c>let</c>.</summary>
    Own,
    /// <summary>The frame outside the set (<c>inherit x;</c> in a <c>rec</c>/<c>let</c>).</summary>
    Outer,
    /// <summary>The frame of the <c>inherit (e)</c> sources.</summary>
    InheritFrom,
}

/// <summary>The static bindings of a set or <c>let</c>, compiled: names sorted (the slot order of a recursive frame).</summary>
public sealed class StaticBindings(string[] names, Node[] values, BindingFrame[] frames, Pos[] positions, Node[] inheritFrom)
{
    /// <summary>
    /// A <c>rec</c> set with <c>__overrides</c> gets a real thunk for every own binding (no <c>maybeThunk</c>
    /// shortcut), so overriding a slot is seen by the bindings that refer to it, as in Nix.
    /// </summary>
    private readonly bool alwaysThunk = Array.BinarySearch(names, "__overrides", StringComparer.Ordinal) >= 0;

    public string[] Names { get; } = names;
    public Node[] Values { get; } = values;
    public BindingFrame[] Frames { get; } = frames;
    public Pos[] Positions { get; } = positions;

    /// <summary>The <c>inherit (e)</c> source expressions, delayed once per evaluation in a frame of their own.</summary>
    public Node[] InheritFrom { get; } = inheritFrom;

    public int Count => Names.Length;

    /// <summary>Delays every binding into <paramref name="target"/>, the values of a plain set.</summary>
    public void Fill(EvalContext ctx, Env own, Env outer, Value[] target)
    {
        var inheritEnv = InheritFrame(ctx, own);
        for (int i = 0; i < target.Length; i++) target[i] = Delay(ctx, i, own, outer, inheritEnv);
    }

    /// <summary>Delays every binding into the slots of <paramref name="own"/>, the new recursive frame.</summary>
    public void FillFrame(EvalContext ctx, Env own, Env outer)
    {
        var inheritEnv = InheritFrame(ctx, own);
        for (int i = 0; i < Values.Length; i++) Frame.Set(own, i, Delay(ctx, i, own, outer, inheritEnv));
    }

    private Env? InheritFrame(EvalContext ctx, Env own)
    {
        if (InheritFrom.Length == 0) return null;
        var frame = Frame.New(own, InheritFrom.Length);
        for (int i = 0; i < InheritFrom.Length; i++) Frame.Set(frame, i, InheritFrom[i].Delay(ctx, own));
        return frame;
    }

    private Value Delay(EvalContext ctx, int i, Env own, Env outer, Env? inheritEnv)
    {
        var kind = Frames[i];
        var frame = kind switch
        {
            BindingFrame.Own => own,
            BindingFrame.Outer => outer,
            _ => inheritEnv!,
        };
        return alwaysThunk && kind != BindingFrame.Outer ? new Thunk(Values[i], frame) : Values[i].Delay(ctx, frame);
    }
}

/// <summary>A dynamic binding <c>${name} = value;</c>.</summary>
public sealed record DynamicBinding(Node Name, Node Value, Pos Pos, Pos NamePos);

/// <summary><c>{ … }</c> or <c>rec { … }</c>.</summary>
public sealed class AttrSetNode(StaticBindings bindings, DynamicBinding[] dynamics, bool recursive, Pos pos) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        int n = bindings.Count;
        var values = new Value[n];
        Env own = env;
        if (recursive)
        {
            // The rec frame's slots hold the bindings; the set gets a copy of them (the same thunks).
            own = Frame.New(env, n);
            bindings.FillFrame(ctx, own, env);
            Array.Copy(own, 1, values, 0, n);
        }
        else
        {
            bindings.Fill(ctx, own, env, values);
        }
        var names = bindings.Names;
        var positions = bindings.Positions;

        if (recursive && n > 0)
        {
            int overrides = Array.BinarySearch(names, "__overrides", StringComparer.Ordinal);
            if (overrides >= 0) return ApplyOverrides(ctx, own, values, overrides);
        }

        NixAttrs result = n == 0 ? NixAttrs.Empty : new NixAttrs(names, values, positions);
        return dynamics.Length == 0 ? result : AddDynamic(ctx, recursive ? own : env, result);
    }

    /// <summary>
    /// A <c>rec</c> set with <c>__overrides</c>: the overriding set's attributes replace (also inside the recursive
    /// frame) or join the set's own, as in Nix.
    /// </summary>
    private Value ApplyOverrides(EvalContext ctx, Env own, Value[] values, int overridesIndex)
    {
        var names = bindings.Names;
        var overrides = Traced.ForceAttrs(ctx, values[overridesIndex], default, "while evaluating the `__overrides` attribute");
        _ = pos;
        var builder = new AttrsBuilder(names.Length + overrides.Count);
        for (int i = 0; i < overrides.Count; i++)
        {
            int slot = Array.BinarySearch(names, overrides.NameAt(i), StringComparer.Ordinal);
            if (slot >= 0) Frame.Set(own, slot, overrides.ValueAt(i));
        }
        for (int i = 0; i < names.Length; i++) builder.Add(names[i], Frame.Get(own, i), bindings.Positions[i]);
        for (int i = 0; i < overrides.Count; i++) builder.Add(overrides.NameAt(i), overrides.ValueAt(i), overrides.PosAt(i));
        var result = builder.Build();
        return dynamics.Length == 0 ? result : AddDynamic(ctx, own, result);
    }

    /// <summary>Dynamic attributes come after the static ones (and after <c>__overrides</c>), in source order.</summary>
    private NixAttrs AddDynamic(EvalContext ctx, Env dynamicEnv, NixAttrs statics)
    {
        var builder = new AttrsBuilder(statics.Count + dynamics.Length);
        for (int i = 0; i < statics.Count; i++) builder.Add(statics.NameAt(i), statics.ValueAt(i), statics.PosAt(i));
        // The static names are already unique: a dynamic name is checked against them, then against the dynamic
        // names before it (their index in `dynamics`).
        Dictionary<string, int>? earlierDynamic = null;
        for (int k = 0; k < dynamics.Length; k++)
        {
            var d = dynamics[k];
            var nameValue = d.Name.Eval(ctx, dynamicEnv);
            if (nameValue is NixNull) continue;
            var name = Traced.ForceStringNoContext(ctx, nameValue, d.Pos, "while evaluating the name of a dynamic attribute");
            int asStatic = statics.IndexOf(name);
            if (asStatic >= 0) throw AlreadyDefined(name, statics.PosAt(asStatic), d.Pos);
            if (earlierDynamic is not null && earlierDynamic.TryGetValue(name, out var earlier))
                throw AlreadyDefined(name, dynamics[earlier].Pos, d.Pos);
            (earlierDynamic ??= new Dictionary<string, int>(StringComparer.Ordinal))[name] = k;
            builder.Add(name, d.Value.Delay(ctx, dynamicEnv), d.Pos);
        }
        return builder.Build();
    }

    private static EvalError AlreadyDefined(string name, Pos previous, Pos pos) =>
        new($"dynamic attribute '{NixStringEscaper.FormatAttributeName(name)}' already defined at {previous}", pos);
}

/// <summary><c>let … in body</c>: a recursive frame of the bindings, then the body in it.</summary>
public sealed class LetNode(StaticBindings bindings, Node body) : Node
{
    public override Value Eval(EvalContext ctx, Env env)
    {
        var frame = Frame.New(env, bindings.Count);
        bindings.FillFrame(ctx, frame, env);
        return body.Eval(ctx, frame);
    }
}
