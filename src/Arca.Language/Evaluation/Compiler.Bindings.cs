namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Syntax;

// Attribute sets and let: static bindings, inherit, inherit (e), dynamic attributes.
public sealed partial class Compiler
{
    private Node CompileAttrSet(AttrSetExpr e, CompileScope? scope)
    {
        if (!e.Recursive)
        {
            var statics = CompileBindings(e, scope, scope);
            var dynamics = CompileDynamic(e, scope);
            return new AttrSetNode(statics, dynamics, false, e.Pos);
        }
        var own = CompileScope.Frame(scope, NamesOf(e));
        var recStatics = CompileBindings(e, own, scope);
        return new AttrSetNode(recStatics, CompileDynamic(e, own), true, e.Pos);
    }

    private Node CompileLet(LetExpr e, CompileScope? scope)
    {
        var own = CompileScope.Frame(scope, NamesOf(e.Bindings));
        var statics = CompileBindings(e.Bindings, own, scope);
        if (e.Bindings.DynamicAttrs.Count > 0)
            throw new EvalError("dynamic attributes not allowed in let", e.Bindings.DynamicAttrs[0].Pos);
        return new LetNode(statics, Compile(e.Body, own));
    }

    private static List<string> NamesOf(AttrSetExpr e)
    {
        var names = new List<string>(e.Attrs.Count);
        foreach (var a in e.Attrs) names.Add(a.Name);
        return names;
    }

    /// <summary>
    /// Compiles the static bindings. <paramref name="own"/> is the scope plain bindings see (the set's recursive frame
    /// or, for a plain set, the enclosing scope); <paramref name="outer"/> the one <c>inherit x;</c> resolves in.
    /// </summary>
    private StaticBindings CompileBindings(AttrSetExpr e, CompileScope? own, CompileScope? outer)
    {
        int n = e.Attrs.Count;
        var names = new string[n];
        var values = new Node[n];
        var frames = new BindingFrame[n];
        var positions = new Pos[n];

        var inheritFrom = new Node[e.InheritFrom.Count];
        for (int i = 0; i < inheritFrom.Length; i++) inheritFrom[i] = Compile(e.InheritFrom[i], own);
        // The sources live in a frame of their own just inside the set's frame (Nix's inheritFromExprs).
        var sourceNames = new string[inheritFrom.Length];
        for (int i = 0; i < sourceNames.Length; i++) sourceNames[i] = "\0inherit-from-" + i;
        var inheritScope = inheritFrom.Length > 0 ? CompileScope.Frame(own, sourceNames) : null;

        for (int i = 0; i < n; i++)
        {
            var a = e.Attrs[i];
            if (i > 0 && string.CompareOrdinal(names[i - 1], a.Name) >= 0)
                throw new EvalError($"internal error: attributes of a set are not sorted ('{names[i - 1]}', '{a.Name}')", a.Pos);
            names[i] = a.Name;
            positions[i] = a.Pos;
            switch (a.Kind)
            {
                case AttrKind.Plain:
                    values[i] = Compile(a.Value, own);
                    frames[i] = BindingFrame.Own;
                    break;
                case AttrKind.Inherited:
                    values[i] = Compile(a.Value, outer);
                    frames[i] = BindingFrame.Outer;
                    break;
                default:
                    var source = new LocalVarNode(a.InheritFromIndex, a.Pos);
                    var path = new[] { new AttrPathPart(a.Name, null, default, a.Name) };
                    values[i] = new SelectNameNode(source, a.Name, path, a.Pos, a.Pos);
                    frames[i] = BindingFrame.InheritFrom;
                    _ = inheritScope;
                    break;
            }
        }
        return new StaticBindings(names, values, frames, positions, inheritFrom);
    }

    private DynamicBinding[] CompileDynamic(AttrSetExpr e, CompileScope? scope)
    {
        if (e.DynamicAttrs.Count == 0) return [];
        var result = new DynamicBinding[e.DynamicAttrs.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var d = e.DynamicAttrs[i];
            result[i] = new DynamicBinding(Compile(d.Name, scope), Compile(d.Value, scope), d.Pos, d.Name.Pos);
        }
        return result;
    }
}
