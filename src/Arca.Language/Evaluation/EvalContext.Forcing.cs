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

    /// <summary>
    /// Forces every element of lists and every attribute of sets, recursively (<c>deepSeq</c>, <c>--strict</c>).
    /// An error gets Nix's frames for the path to it ("while evaluating the attribute 'x'", "while evaluating list
    /// element at index 1"). The walk uses an explicit stack, never native recursion (ARCHITECTURE.md §3), but each
    /// level counts towards <c>max-call-depth</c> as Nix's recursive walk does, so a structure nested deeper than
    /// that fails with Nix's "stack overflow" error instead of succeeding where Nix fails.
    /// </summary>
    public void ForceDeep(Value v, Pos pos)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // The path from the root to the value being visited: each frame is a container and the index reached in it.
        var path = new List<(Value Container, int Next)>();
        int baseDepth = callDepth;
        try
        {
            DeepVisit(v, seen, path, baseDepth);
            while (path.Count > 0)
            {
                int top = path.Count - 1;
                var (container, next) = path[top];
                int count = container is NixAttrs a ? a.Count : ((NixList)container).Count;
                if (next >= count)
                {
                    path.RemoveAt(top);
                    continue;
                }
                path[top] = (container, next + 1);
                var child = container is NixAttrs attrs ? attrs.ValueAt(next) : ((NixList)container).Items[next];
                DeepVisit(child, seen, path, baseDepth);
            }
        }
        catch (EvalError e)
        {
            // Innermost first: the frame of the element being visited, then its parents.
            for (int i = path.Count - 1; i >= 0; i--)
            {
                var (container, next) = path[i];
                int index = next - 1;
                if (index < 0) continue;
                if (container is NixAttrs attrs)
                    e.AddTrace(attrs.PosAt(index), $"while evaluating the attribute '{attrs.NameAt(index)}'");
                else
                    e.AddTrace(Pos.None, $"while evaluating list element at index {index}");
            }
            throw;
        }
        finally
        {
            callDepth = baseDepth;
        }
        _ = pos;
    }

    /// <summary>Forces one value of <see cref="ForceDeep"/> at the current depth and, if it is a container not seen yet, descends into it.</summary>
    private void DeepVisit(Value v, HashSet<object> seen, List<(Value Container, int Next)> path, int baseDepth)
    {
        // Nix's walk adds one call level per nesting level, and forcing happens at that depth.
        callDepth = baseDepth + path.Count + 1;
        if (callDepth > Options.MaxCallDepth)
            throw new StackOverflowError("stack overflow; max-call-depth exceeded");
        var value = v.Force(this);
        if (value is NixAttrs { Count: > 0 } or NixList { Count: > 0 } && seen.Add(value))
            path.Add((value, 0));
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
