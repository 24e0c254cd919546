namespace Arca.Language.Syntax;

using Arca.Language.Errors;

// Expressions: functions, conditionals, operators, application, selection and the simple forms.
public sealed partial class Parser
{
    private static readonly Expr[] NoExprs = [];

    /// <summary><c>expr</c>: a function, assert, with, let, if, or an operator expression.</summary>
    private Expr ParseExpr()
    {
        EnsureStack();
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Id:
            {
                var next = Peek(1).Kind;
                if (next == TokenKind.Colon)
                {
                    Advance();
                    Advance();
                    var body = ParseExpr();
                    return new LambdaExpr(PosOf(token), token.Text, null, body);
                }
                if (next == TokenKind.At)
                {
                    Advance();
                    Advance();
                    if (CurrentKind != TokenKind.LBrace) throw SyntaxError(TokenKind.LBrace);
                    var formals = ParseFormalSet();
                    Expect(TokenKind.Colon);
                    var body = ParseExpr();
                    return MakeLambda(PosOf(token), token.Text, formals, body);
                }
                break;
            }
            case TokenKind.LBrace:
                if (IsFormalSetAhead())
                {
                    var formals = ParseFormalSet();
                    if (CurrentKind == TokenKind.Colon)
                    {
                        Advance();
                        var body = ParseExpr();
                        return MakeLambda(PosOf(token), null, formals, body);
                    }
                    if (CurrentKind == TokenKind.At)
                    {
                        Advance();
                        var arg = Expect(TokenKind.Id);
                        Expect(TokenKind.Colon);
                        var body = ParseExpr();
                        return MakeLambda(PosOf(token), arg.Text, formals, body);
                    }
                    throw SyntaxError(TokenKind.Colon, TokenKind.At);
                }
                break;
            case TokenKind.Assert:
            {
                Advance();
                var condition = ParseExpr();
                Expect(TokenKind.Semicolon);
                var body = ParseExpr();
                return new AssertExpr(PosOf(token), condition, body);
            }
            case TokenKind.With:
            {
                Advance();
                var scope = ParseExpr();
                Expect(TokenKind.Semicolon);
                var body = ParseExpr();
                return new WithExpr(PosOf(token), scope, body);
            }
            case TokenKind.Let:
                if (Peek(1).Kind != TokenKind.LBrace) return ParseLet();
                break; // `let { … }`: the legacy form is a simple expression
            case TokenKind.If:
            {
                Advance();
                var condition = ParseExpr();
                Expect(TokenKind.Then);
                var then = ParseExpr();
                Expect(TokenKind.Else);
                var otherwise = ParseExpr();
                return new IfExpr(PosOf(token), condition, then, otherwise);
            }
        }
        return ParsePipes();
    }

    private Expr ParseLet()
    {
        var letToken = Advance();
        var bindings = new BindingsBuilder(Pos.None, recursive: true);
        ParseBindings(bindings, BindingsContext.Let);
        Expect(TokenKind.In, TokenKind.Inherit);
        var body = ParseExpr();
        // Nix checks this when the whole `let` is reduced, i.e. after the body parsed.
        if (bindings.HasDynamic)
            throw new ParseError("dynamic attributes not allowed in let", PosOf(letToken));
        return new LetExpr(Pos.None, bindings.Build(), body);
    }

    /// <summary>An operator expression, possibly chained with the experimental pipe operators.</summary>
    private Expr ParsePipes()
    {
        var left = ParseOperators(1);
        var kind = CurrentKind;
        if (kind == TokenKind.PipeInto)
        {
            while (CurrentKind == TokenKind.PipeInto)
            {
                var op = Advance();
                var function = ParseOperators(1);
                left = MakeCall(PosOf(op), function, left);
            }
            return left;
        }
        if (kind == TokenKind.PipeFrom)
        {
            // `f <| g <| x` is `f (g x)`: right-associative.
            var operands = new List<Expr> { left };
            var positions = new GrowableArray<Pos>();
            while (CurrentKind == TokenKind.PipeFrom)
            {
                positions.Add(PosOf(Advance()));
                operands.Add(ParseOperators(1));
            }
            var result = operands[^1];
            for (int i = operands.Count - 2; i >= 0; i--) result = MakeCall(positions[i], operands[i], result);
            return result;
        }
        return left;
    }

    private static Expr MakeCall(Pos pos, Expr function, Expr argument) =>
        function is CallExpr call
            ? call with { Args = Append(call.Args, argument) }
            : new CallExpr(pos, function, [argument]);

    private static Expr[] Append(IReadOnlyList<Expr> items, Expr item)
    {
        var result = new Expr[items.Count + 1];
        for (int i = 0; i < items.Count; i++) result[i] = items[i];
        result[^1] = item;
        return result;
    }

    // ---- operators: precedence climbing over Nix's precedence table ----

    private const int PrecNot = 7;
    private const int PrecNegate = 12;

    private static int Precedence(TokenKind kind) => kind switch
    {
        TokenKind.Implies => 1,
        TokenKind.Or => 2,
        TokenKind.And => 3,
        TokenKind.Eq or TokenKind.NotEq => 4,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessEq or TokenKind.GreaterEq => 5,
        TokenKind.Update => 6,
        TokenKind.Plus or TokenKind.Minus => 8,
        TokenKind.Star or TokenKind.Slash => 9,
        TokenKind.Concat => 10,
        TokenKind.Question => 11,
        _ => 0,
    };

    private static bool IsRightAssociative(int precedence) => precedence is 1 or 6 or 10;

    private static bool IsNonAssociative(int precedence) => precedence is 4 or 5;

    private Expr ParseOperators(int minPrecedence)
    {
        EnsureStack();
        var first = Current;
        var leftStart = PosOf(first);
        Expr left;
        if (first.Kind == TokenKind.Bang)
        {
            Advance();
            var operand = ParseOperators(PrecNot + 1);
            left = new NotExpr(operand.Pos, operand);
        }
        else if (first.Kind == TokenKind.Minus)
        {
            Advance();
            var operand = ParseOperators(PrecNegate);
            left = new CallExpr(PosOf(first), new VarExpr(Pos.None, "__sub"), [new IntExpr(Pos.None, 0), operand]);
        }
        else left = ParseApplication();

        while (true)
        {
            var opToken = Current;
            int precedence = Precedence(opToken.Kind);
            if (precedence == 0 || precedence < minPrecedence) return left;
            Advance();
            if (opToken.Kind == TokenKind.Question)
            {
                var path = ParseAttrPath();
                left = new HasAttrExpr(left.Pos, left, path);
                continue;
            }
            var rightStart = CurrentPos;
            var right = ParseOperators(IsRightAssociative(precedence) ? precedence : precedence + 1);
            left = MakeBinary(opToken, left, right, leftStart, rightStart);
            if (IsNonAssociative(precedence) && Precedence(CurrentKind) == precedence) throw Unexpected();
        }
    }

    private Expr MakeBinary(in Token op, Expr left, Expr right, Pos leftStart, Pos rightStart)
    {
        var pos = PosOf(op);
        switch (op.Kind)
        {
            case TokenKind.Eq: return new BinaryExpr(pos, BinaryOp.Equal, left, right);
            case TokenKind.NotEq: return new BinaryExpr(pos, BinaryOp.NotEqual, left, right);
            case TokenKind.And: return new BinaryExpr(pos, BinaryOp.And, left, right);
            case TokenKind.Or: return new BinaryExpr(pos, BinaryOp.Or, left, right);
            case TokenKind.Implies: return new BinaryExpr(pos, BinaryOp.Implies, left, right);
            case TokenKind.Update: return new BinaryExpr(pos, BinaryOp.Update, left, right);
            case TokenKind.Concat: return new BinaryExpr(pos, BinaryOp.ConcatLists, left, right);
            case TokenKind.Less: return Builtin(pos, "__lessThan", left, right);
            case TokenKind.Greater: return Builtin(pos, "__lessThan", right, left);
            case TokenKind.LessEq:
                var le = Builtin(pos, "__lessThan", right, left);
                return new NotExpr(le.Pos, le);
            case TokenKind.GreaterEq:
                var ge = Builtin(pos, "__lessThan", left, right);
                return new NotExpr(ge.Pos, ge);
            case TokenKind.Minus: return Builtin(pos, "__sub", left, right);
            case TokenKind.Star: return Builtin(pos, "__mul", left, right);
            case TokenKind.Slash: return Builtin(pos, "__div", left, right);
            case TokenKind.Plus:
                return new ConcatStringsExpr(pos, false, [left, right]) { PartPositions = [leftStart, rightStart] };
            default: throw new InvalidOperationException($"not a binary operator: {op.Kind}");
        }
    }

    private static CallExpr Builtin(Pos pos, string name, Expr a, Expr b) =>
        new(pos, new VarExpr(Pos.None, name), [a, b]);

    // ---- application and selection ----

    /// <summary>Whether a token can start an <c>expr_select</c> (an argument of an application, a list item).</summary>
    private static bool StartsSelect(TokenKind kind) => kind switch
    {
        TokenKind.Id or TokenKind.Int or TokenKind.Float or TokenKind.Quote or TokenKind.IndStringOpen
            or TokenKind.Path or TokenKind.HomePath or TokenKind.SearchPath or TokenKind.Uri or TokenKind.LParen
            or TokenKind.Let or TokenKind.Rec or TokenKind.LBrace or TokenKind.LBracket => true,
        _ => false,
    };

    private Expr ParseApplication()
    {
        var start = CurrentPos;
        var function = ParseSelect();
        _cursedOr = null; // in function position `f or` keeps its meaning
        if (!StartsSelect(CurrentKind)) return function;
        int mark = _scratch.Mark;
        if (function is CallExpr call)
        {
            // Nix appends to an existing call node: `(f a) b` is one call with two arguments.
            foreach (var arg in call.Args) _scratch.Push(arg);
            do _scratch.Push(ParseArgument()); while (StartsSelect(CurrentKind));
            return call with { Args = _scratch.PopTo(mark) };
        }
        do _scratch.Push(ParseArgument()); while (StartsSelect(CurrentKind));
        return new CallExpr(start, function, _scratch.PopTo(mark));
    }

    /// <summary>An <c>expr_select</c> used as an argument, list item or `or` default: where `e or` is deprecated.</summary>
    private Expr ParseArgument()
    {
        var e = ParseSelect();
        if (_cursedOr is { } cursed)
        {
            _cursedOr = null;
            if (_options.OnWarning is { } warn)
            {
                var snippet = _source.Text[cursed.Start..cursed.End].Replace("\r\n", "\n").Replace('\r', '\n');
                warn($"at {cursed.Pos}: This expression uses `or` as an identifier in a way that will change in a future Nix release.\n"
                    + "Wrap this entire expression in parentheses to preserve its current meaning:\n"
                    + $"    ({snippet})\n"
                    + "Give feedback at https://github.com/NixOS/nix/pull/11121", Pos.None);
            }
        }
        return e;
    }

    /// <summary>Set when the last <see cref="ParseSelect"/> returned a "cursed or" call <c>e or</c> (NixOS/nix#11118).</summary>
    private CursedOr? _cursedOr;

    private readonly record struct CursedOr(Pos Pos, int Start, int End);

    private Expr ParseSelect()
    {
        var startToken = Current;
        var start = PosOf(startToken);
        var target = ParseSimple();
        var kind = CurrentKind;
        if (kind == TokenKind.Dot)
        {
            Advance();
            var path = ParseAttrPath();
            Expr? fallback = null;
            if (CurrentKind == TokenKind.OrKeyword)
            {
                Advance();
                fallback = ParseArgument();
            }
            _cursedOr = null;
            return new SelectExpr(start, target, path, fallback);
        }
        if (kind == TokenKind.OrKeyword)
        {
            // Nixpkgs once had a function named `or`: `f or` applies f to a variable `or`.
            var or = Advance();
            _cursedOr = new CursedOr(start, startToken.Start, or.End);
            return new CallExpr(start, target, [new VarExpr(start, "or")]);
        }
        _cursedOr = null;
        return target;
    }

    /// <summary>An attribute path after <c>.</c> or <c>?</c>, or on the left of a binding.</summary>
    private AttrName[] ParseAttrPath()
    {
        var first = ParseAttrName();
        if (CurrentKind != TokenKind.Dot) return [first];
        var path = new List<AttrName>(4) { first };
        while (CurrentKind == TokenKind.Dot)
        {
            Advance();
            path.Add(ParseAttrName());
        }
        return path.ToArray();
    }

    private AttrName ParseAttrName()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Id:
                Advance();
                return token.AttrName;
            case TokenKind.OrKeyword:
                Advance();
                return AttrName.Static("or");
            case TokenKind.Quote:
            case TokenKind.DollarCurly:
            {
                var (name, dynamic) = ParseStringAttr();
                return name is not null ? AttrName.Static(name) : AttrName.Of(dynamic!);
            }
            default:
                throw SyntaxError(TokenKind.Id, TokenKind.OrKeyword, TokenKind.DollarCurly, TokenKind.Quote);
        }
    }

    /// <summary>
    /// <c>"…"</c> or <c>${e}</c> as an attribute name: a static name when it is a plain string (also <c>${"a"}</c>),
    /// otherwise the expression computing it.
    /// </summary>
    private (string? Name, Expr? Dynamic) ParseStringAttr()
    {
        if (CurrentKind == TokenKind.Quote)
        {
            var (text, expr) = ParseStringContents();
            return (text, expr);
        }
        Advance(); // ${
        var e = ParseExpr();
        Expect(TokenKind.RBrace);
        return e is StringExpr s ? (s.Value, null) : (null, e);
    }

    // ---- simple expressions ----

    private Expr ParseSimple()
    {
        EnsureStack();
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Id:
                Advance();
                return token.Text == "__curPos" ? new CurPosExpr(PosOf(token)) : new VarExpr(PosOf(token), token.Text);
            case TokenKind.Int:
                Advance();
                return new IntExpr(Pos.None, token.Number);
            case TokenKind.Float:
                Advance();
                return new FloatExpr(Pos.None, token.FloatValue);
            case TokenKind.Quote:
            {
                var (text, expr) = ParseStringContents();
                return expr ?? new StringExpr(Pos.None, text!);
            }
            case TokenKind.IndStringOpen:
                return ParseIndentedString();
            case TokenKind.Path:
            case TokenKind.HomePath:
                return ParsePath();
            case TokenKind.SearchPath:
                Advance();
                return new CallExpr(PosOf(token), new VarExpr(Pos.None, "__findFile"),
                    [new VarExpr(Pos.None, "__nixPath"), new StringExpr(Pos.None, token.Text)]);
            case TokenKind.Uri:
                Advance();
                if (_options.LintUrlLiterals != LintLevel.Ignore)
                {
                    var verdict = _options.LintUrlLiterals == LintLevel.Fatal ? "disallowed" : "discouraged";
                    Lint(_options.LintUrlLiterals, "lint-url-literals", PosOf(token),
                        $"URL literals are {verdict}. Consider using a string literal \"{token.Text}\" instead");
                }
                return new StringExpr(Pos.None, token.Text);
            case TokenKind.LParen:
            {
                Advance();
                var e = ParseExpr();
                Expect(TokenKind.RParen);
                return e;
            }
            case TokenKind.Let:
            {
                // `let { …; body = e; }` is `(rec { …; body = e; }).body`.
                Advance();
                Expect(TokenKind.LBrace);
                var set = ParseBracedBindings(PosOf(token), BindingsContext.RecursiveSet);
                return new SelectExpr(PosOf(token), set, [AttrName.Static("body")], null);
            }
            case TokenKind.Rec:
                Advance();
                Expect(TokenKind.LBrace);
                return ParseBracedBindings(PosOf(token), BindingsContext.RecursiveSet);
            case TokenKind.LBrace:
                Advance();
                if (CurrentKind == TokenKind.RBrace)
                {
                    Advance();
                    return new AttrSetExpr(PosOf(token), false, [], [], []);
                }
                return ParseBracedBindings(PosOf(token), BindingsContext.Set);
            case TokenKind.LBracket:
            {
                Advance();
                if (CurrentKind == TokenKind.RBracket)
                {
                    Advance();
                    return new ListExpr(Pos.None, NoExprs);
                }
                int mark = _scratch.Mark;
                while (StartsSelect(CurrentKind)) _scratch.Push(ParseArgument());
                if (CurrentKind != TokenKind.RBracket) throw Unexpected();
                Advance();
                var items = _scratch.PopTo(mark);
                return new ListExpr(items.Length > 0 ? items[0].Pos : Pos.None, items);
            }
            default:
                throw Unexpected();
        }
    }
}
