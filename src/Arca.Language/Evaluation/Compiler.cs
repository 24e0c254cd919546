namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Evaluation.Nodes;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Turns a syntax tree into executable nodes for one evaluation: variables are resolved to (depth, slot) or, under
/// <c>with</c>, to a dynamic lookup; globals become constants; calls of known built-ins (<c>__sub</c>,
/// <c>__lessThan</c>, …) become specialised nodes. Undefined variables are reported here, as Nix does.
/// </summary>
public sealed partial class Compiler(GlobalScope globals)
{
    public Node Compile(Expr expr, CompileScope? scope) => expr switch
    {
        IntExpr e => new ConstNode(NixInt.Of(e.Value)),
        FloatExpr e => new ConstNode(new NixFloat(e.Value)),
        StringExpr e => new ConstNode(NixString.Of(e.Value)),
        PathExpr e => new ConstNode(new NixPath(e.Path)),
        VarExpr e => CompileVar(e, scope),
        SelectExpr e => CompileSelect(e, scope),
        HasAttrExpr e => new HasAttrNode(Compile(e.Target, scope), CompilePath(e.Path, scope), e.Pos, e.Target.Pos),
        AttrSetExpr e => CompileAttrSet(e, scope),
        ListExpr e => CompileList(e, scope),
        LambdaExpr e => CompileLambda(e, scope),
        CallExpr e => CompileCall(e, scope),
        LetExpr e => CompileLet(e, scope),
        WithExpr e => new WithNode(Compile(e.Scope, scope), Compile(e.Body, CompileScope.With(scope, e.Pos))),
        IfExpr e => new IfNode(Compile(e.Condition, scope), Compile(e.Then, scope), Compile(e.Else, scope), e.Condition.Pos),
        AssertExpr e => CompileAssert(e, scope),
        NotExpr e => new NotNode(Compile(e.Operand, scope), e.Operand.Pos),
        BinaryExpr e => CompileBinary(e, scope),
        ConcatStringsExpr e => CompileConcat(e, scope),
        CurPosExpr e => new CurPosNode(e.Pos),
        _ => throw new EvalError($"cannot evaluate an expression of kind {expr.GetType().Name}", expr.Pos),
    };

    private Node CompileVar(VarExpr e, CompileScope? scope)
    {
        int depth = 0;
        List<int>? withDepths = null;
        GrowableArray<Pos>? withPositions = null;
        for (var s = scope; s is not null; s = s.Parent, depth++)
        {
            if (s.IsWith)
            {
                (withDepths ??= []).Add(depth);
                (withPositions ??= new GrowableArray<Pos>()).Add(s.WithPos);
                continue;
            }
            if (s.TryGetSlot(e.Name, out int slot))
                return depth == 0 ? new LocalVarNode(slot, e.Pos) : new VarNode(depth, slot, e.Pos);
        }
        // Globals are the outermost lexical scope, so they win over any `with` (as in Nix).
        if (globals.TryGet(e.Name, out var value))
            return value is Thunk ? new GlobalThunkNode(value) : new ConstNode(value);
        if (withDepths is not null)
            return new WithVarNode(e.Name, withDepths.ToArray(), e.Pos, withPositions!.ToArray());
        throw new UndefinedVariableError($"undefined variable '{e.Name}'", e.Pos);
    }

    /// <summary>The global built-in a name refers to at this point, or null when shadowed or not a built-in.</summary>
    private Value? ResolveGlobal(Expr function, CompileScope? scope)
    {
        if (function is not VarExpr v) return null;
        for (var s = scope; s is not null; s = s.Parent)
            if (!s.IsWith && s.TryGetSlot(v.Name, out _)) return null;
        return globals.TryGet(v.Name, out var value) ? value : null;
    }

    private AttrPathPart[] CompilePath(IReadOnlyList<AttrName> path, CompileScope? scope)
    {
        var parts = new AttrPathPart[path.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            var a = path[i];
            parts[i] = a.Name is not null
                ? new AttrPathPart(a.Name, null, default, a.Name)
                : new AttrPathPart(null, Compile(a.Dynamic!, scope), a.Dynamic!.Pos, "\"${" + SyntaxBridge.Print(a.Dynamic!) + "}\"");
        }
        return parts;
    }

    private Node CompileSelect(SelectExpr e, CompileScope? scope)
    {
        var target = Compile(e.Target, scope);
        var path = CompilePath(e.Path, scope);
        if (e.Default is null && path.Length == 1 && path[0].StaticName is { } name)
            return new SelectNameNode(target, name, path, e.Pos, e.Target.Pos);
        return new SelectNode(target, path, e.Default is null ? null : Compile(e.Default, scope), e.Pos, e.Target.Pos);
    }

    private Node CompileList(ListExpr e, CompileScope? scope)
    {
        if (e.Items.Count == 0) return new ConstNode(NixList.Empty);
        var items = new Node[e.Items.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Compile(e.Items[i], scope);
        return new ListNode(items);
    }

    private Node CompileLambda(LambdaExpr e, CompileScope? scope)
    {
        var slotNames = new List<string>();
        if (e.Arg is not null) slotNames.Add(e.Arg);
        if (e.Formals is not null)
            foreach (var f in e.Formals.Items) slotNames.Add(f.Name);
        var inner = CompileScope.Frame(scope, slotNames);
        FormalSlot[]? formals = null;
        if (e.Formals is not null)
        {
            formals = new FormalSlot[e.Formals.Items.Count];
            for (int i = 0; i < formals.Length; i++)
            {
                var f = e.Formals.Items[i];
                formals[i] = new FormalSlot(f.Name, f.Pos, f.Default is null ? null : Compile(f.Default, inner));
            }
        }
        return new LambdaNode(e, e.Pos, e.Name, e.Arg is not null, formals, e.Formals?.Ellipsis ?? false, Compile(e.Body, inner));
    }

    private Node CompileCall(CallExpr e, CompileScope? scope)
    {
        var args = new Node[e.Args.Count];
        for (int i = 0; i < args.Length; i++) args[i] = Compile(e.Args[i], scope);

        if (ResolveGlobal(e.Function, scope) is PrimOp primOp && primOp.Arity == args.Length)
        {
            if (args.Length == 2)
            {
                ArithmeticOp? op = primOp.Name switch
                {
                    "sub" => ArithmeticOp.Sub,
                    "add" => ArithmeticOp.Add,
                    "mul" => ArithmeticOp.Mul,
                    "div" => ArithmeticOp.Div,
                    "lessThan" => ArithmeticOp.LessThan,
                    _ => null,
                };
                // Only when the table still holds our own arithmetic (a module may replace a built-in).
                if (op is { } o && ReferenceEquals(primOp, globals.Arithmetic(o)))
                {
                    if (o == ArithmeticOp.Sub && e.Args[0] is IntExpr { Value: 0 })
                        return new NegateNode(args[1], e.Pos);
                    return new ArithmeticNode(o, args[0], args[1], e.Pos, primOp.Name);
                }
            }
            return new PrimOpCallNode(primOp, args, e.Pos);
        }

        var function = Compile(e.Function, scope);
        return args.Length == 1 ? new CallNode1(function, args[0], e.Pos) : new CallNode(function, args, e.Pos);
    }

    private Node CompileAssert(AssertExpr e, CompileScope? scope)
    {
        var condition = Compile(e.Condition, scope);
        return new AssertNode(condition, Compile(e.Body, scope), e.Pos, e.Condition.Pos,
            SyntaxBridge.Print(e.Condition), condition as EqualNode);
    }

    private Node CompileBinary(BinaryExpr e, CompileScope? scope)
    {
        var left = Compile(e.Left, scope);
        var right = Compile(e.Right, scope);
        Pos lp = e.Left.Pos, rp = e.Right.Pos;
        return e.Op switch
        {
            BinaryOp.Equal => new EqualNode(left, right, e.Pos, lp, rp),
            BinaryOp.NotEqual => new NotEqualNode(left, right, e.Pos, lp, rp),
            BinaryOp.And => new AndNode(left, right, lp, rp),
            BinaryOp.Or => new OrNode(left, right, lp, rp),
            BinaryOp.Implies => new ImpliesNode(left, right, lp, rp),
            BinaryOp.Update => new UpdateNode(left, right, lp, rp),
            BinaryOp.ConcatLists => new ConcatListsNode(left, right, e.Pos, lp, rp),
            _ => throw new EvalError($"unknown operator {e.Op}", e.Pos),
        };
    }

    private Node CompileConcat(ConcatStringsExpr e, CompileScope? scope)
    {
        var parts = new Node[e.Parts.Count];
        var positions = new Pos[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Compile(e.Parts[i], scope);
            positions[i] = e.PartPositions is { } known && i < known.Length ? known[i] : e.Parts[i].Pos;
        }
        return new ConcatStringsNode(e.ForceString, parts, positions, e.Pos);
    }
}
