namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

// Forcing a value to the type an operation needs, with Nix's error wording ("expected a set but found an integer: 1").
public sealed partial class EvalContext
{
    public long ForceInt(Value v, Pos pos) =>
        v.Force(this) is NixInt i ? i.Value : throw Expected("an integer", v.Force(this), pos);

    public double ForceFloat(Value v, Pos pos) => v.Force(this) switch
    {
        NixFloat f => f.Value,
        NixInt i => i.Value,
        var other => throw Expected("a float", other, pos),
    };

    public bool ForceBool(Value v, Pos pos) =>
        v.Force(this) is NixBool b ? b.Value : throw Expected("a Boolean", v.Force(this), pos);

    public NixAttrs ForceAttrs(Value v, Pos pos) =>
        v.Force(this) is NixAttrs a ? a : throw Expected("a set", v.Force(this), pos);

    public NixList ForceList(Value v, Pos pos) =>
        v.Force(this) is NixList l ? l : throw Expected("a list", v.Force(this), pos);

    /// <summary>A function or a functor set (anything <see cref="Call(Value, Value, Pos)"/> accepts).</summary>
    public Value ForceFunction(Value v, Pos pos)
    {
        var f = v.Force(this);
        if (f is NixFunction || f is NixAttrs a && a.Contains("__functor")) return f;
        throw Expected("a function", f, pos);
    }

    /// <summary>A string value exactly (no coercion), with its context.</summary>
    public NixString ForceString(Value v, Pos pos) =>
        v.Force(this) is NixString s ? s : throw Expected("a string", v.Force(this), pos);

    /// <summary>A string, refusing one with context (for names and other places Nix forbids store references).</summary>
    public string ForceStringNoContext(Value v, Pos pos)
    {
        var s = ForceString(v, pos);
        if (s.HasContext)
            throw new EvalError($"the string '{s.Text}' is not allowed to refer to a store path (such as '{FirstContextPath(s.Context)}')", pos);
        return s.Text;
    }

    /// <summary>Forces every element of lists and every attribute of sets, recursively (<c>deepSeq</c>, <c>--strict</c>).</summary>
    public void ForceDeep(Value v, Pos pos)
    {
        // An explicit stack: deep structures must not consume native stack (ARCHITECTURE.md §3).
        var pending = new Stack<Value>();
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        pending.Push(v);
        while (pending.Count > 0)
        {
            var value = pending.Pop().Force(this);
            if (!seen.Add(value)) continue;
            switch (value)
            {
                case NixAttrs attrs:
                    for (int i = attrs.Count - 1; i >= 0; i--) pending.Push(attrs.ValueAt(i));
                    break;
                case NixList list:
                    for (int i = list.Count - 1; i >= 0; i--) pending.Push(list.Items[i]);
                    break;
            }
        }
        _ = pos;
    }

    public TypeError Expected(string what, Value found, Pos pos) =>
        new($"expected {what} but found {found.ShowType}: {ErrorValuePrinter.Print(this, found)}", pos);

    private static string FirstContextPath(StringContext context)
    {
        var e = context.Elements[0];
        if (e.StartsWith('=')) return e[1..];
        if (e.StartsWith('!')) return e[(e.IndexOf('!', 1) + 1)..];
        return e;
    }
}
