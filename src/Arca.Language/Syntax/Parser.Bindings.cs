namespace Arca.Language.Syntax;

using Arca.Language.Errors;

// Bindings of attribute sets and `let`, and function argument patterns.
public sealed partial class Parser
{
    private enum BindingsContext
    {
        /// <summary><c>{ … }</c> with at least one binding.</summary>
        Set,
        /// <summary><c>rec { … }</c> and the legacy <c>let { … }</c>.</summary>
        RecursiveSet,
        /// <summary><c>let … in</c>.</summary>
        Let,
    }

    private static bool StartsAttrPath(TokenKind kind) =>
        kind is TokenKind.Id or TokenKind.OrKeyword or TokenKind.DollarCurly or TokenKind.Quote;

    /// <summary>The bindings up to and including the closing <c>}</c>; the opening brace is consumed.</summary>
    private AttrSetExpr ParseBracedBindings(Pos pos, BindingsContext context)
    {
        var bindings = new BindingsBuilder(pos, context == BindingsContext.RecursiveSet);
        ParseBindings(bindings, context);
        if (CurrentKind != TokenKind.RBrace) throw BindingsError(context);
        Advance();
        return bindings.Build();
    }

    /// <summary>
    /// What bison reports when a binding cannot start here: it has already reduced the bindings so far, so only the
    /// tokens that may follow complete bindings are expected.
    /// </summary>
    private ParseError BindingsError(BindingsContext context) => context switch
    {
        BindingsContext.Set => SyntaxError(TokenKind.Inherit),
        BindingsContext.RecursiveSet => SyntaxError(TokenKind.Inherit, TokenKind.RBrace),
        _ => SyntaxError(TokenKind.In, TokenKind.Inherit),
    };

    private void ParseBindings(BindingsBuilder bindings, BindingsContext context)
    {
        while (true)
        {
            var token = Current;
            if (StartsAttrPath(token.Kind))
            {
                var path = ParseAttrPath();
                Expect(TokenKind.Assign, TokenKind.Dot);
                var value = ParseExpr();
                Expect(TokenKind.Semicolon);
                bindings.AddPath(path, value, PosOf(token));
            }
            else if (token.Kind == TokenKind.Inherit)
            {
                ParseInherit(bindings);
            }
            else
            {
                // `{ }` is handled by the caller; any other token ends the bindings (the caller checks it).
                if (context == BindingsContext.Set && token.Kind != TokenKind.RBrace) throw BindingsError(context);
                return;
            }
        }
    }

    private void ParseInherit(BindingsBuilder bindings)
    {
        Advance();
        Expr? source = null;
        if (CurrentKind == TokenKind.LParen)
        {
            Advance();
            source = ParseExpr();
            Expect(TokenKind.RParen);
            bindings.AddInheritFrom(source);
        }
        int index = bindings.InheritFromCount - 1;
        while (true)
        {
            var token = Current;
            string name;
            switch (token.Kind)
            {
                case TokenKind.Id:
                    Advance();
                    name = token.Text;
                    break;
                case TokenKind.OrKeyword:
                    Advance();
                    name = "or";
                    break;
                case TokenKind.Quote:
                case TokenKind.DollarCurly:
                {
                    var (text, _) = ParseStringAttr();
                    name = text ?? throw new ParseError("dynamic attributes not allowed in inherit", PosOf(token));
                    break;
                }
                case TokenKind.Semicolon:
                    Advance();
                    return;
                default:
                    throw Unexpected();
            }
            var pos = PosOf(token);
            if (bindings.TryGet(name, out var existing))
                throw new ParseError($"attribute '{ExprPrinter.PrintIdentifier(name)}' already defined at {existing.Pos}", pos);
            var value = source is null
                ? new VarExpr(pos, name)
                : (Expr)new SelectExpr(pos, source, [AttrName.Static(name)], null);
            bindings.Add(new BindingsBuilder.Binding(
                name, value, null, pos, source is null ? AttrKind.Inherited : AttrKind.InheritedFrom, source is null ? -1 : index));
        }
    }

    // ---- function argument patterns ----

    /// <summary>At <c>{</c> where a function may start: whether it opens an argument pattern rather than a set.</summary>
    private bool IsFormalSetAhead()
    {
        var next = Peek(1).Kind;
        return next switch
        {
            TokenKind.RBrace => Peek(2).Kind is TokenKind.Colon or TokenKind.At,
            TokenKind.Ellipsis => true,
            TokenKind.Id => Peek(2).Kind is TokenKind.Comma or TokenKind.Question or TokenKind.RBrace,
            _ => false,
        };
    }

    private sealed class FormalsBuilder
    {
        public readonly List<Formal> Items = [];
        public bool Ellipsis;
    }

    /// <summary><c>{ a, b ? e, ... }</c>, from the opening brace to the closing one.</summary>
    private FormalsBuilder ParseFormalSet()
    {
        Advance(); // {
        var formals = new FormalsBuilder();
        if (CurrentKind == TokenKind.RBrace)
        {
            Advance();
            return formals;
        }
        if (CurrentKind == TokenKind.Ellipsis)
        {
            Advance();
            Expect(TokenKind.RBrace);
            formals.Ellipsis = true;
            return formals;
        }
        while (true)
        {
            var name = Current;
            if (name.Kind != TokenKind.Id) throw SyntaxError(TokenKind.Id, TokenKind.Ellipsis, TokenKind.RBrace);
            Advance();
            Expr? fallback = null;
            if (CurrentKind == TokenKind.Question)
            {
                Advance();
                fallback = ParseExpr();
            }
            formals.Items.Add(new Formal(PosOf(name), name.Text, fallback));
            if (CurrentKind == TokenKind.RBrace)
            {
                Advance();
                return formals;
            }
            if (CurrentKind != TokenKind.Comma) throw SyntaxError(TokenKind.RBrace, TokenKind.Comma);
            Advance();
            if (CurrentKind == TokenKind.RBrace)
            {
                Advance();
                return formals;
            }
            if (CurrentKind == TokenKind.Ellipsis)
            {
                Advance();
                Expect(TokenKind.RBrace);
                formals.Ellipsis = true;
                return formals;
            }
        }
    }

    /// <summary>Checks the pattern as Nix's validateFormals (after the body, as Nix does) and builds the lambda.</summary>
    private static LambdaExpr MakeLambda(Pos pos, string? arg, FormalsBuilder formals, Expr body)
    {
        var items = formals.Items;
        var order = new int[items.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        // Stable: among equal names the earlier one stays first, as Nix sorts by (name, position).
        Array.Sort(order, (x, y) =>
        {
            int c = string.CompareOrdinal(items[x].Name, items[y].Name);
            return c != 0 ? c : x.CompareTo(y);
        });
        var sorted = new Formal[order.Length];
        for (int i = 0; i < order.Length; i++) sorted[i] = items[order[i]];

        // Of the duplicated names Nix reports the one whose symbol was created first (in practice: the one written
        // first), at its second occurrence.
        int reportAt = -1;
        for (int i = 0; i + 1 < order.Length; i++)
        {
            if (sorted[i].Name != sorted[i + 1].Name) continue;
            int firstIndex = order[i];
            if (i > 0 && sorted[i - 1].Name == sorted[i].Name) continue; // only the first pair of each name
            if (reportAt < 0 || firstIndex < order[reportAt]) reportAt = i;
        }
        if (reportAt >= 0)
            throw new ParseError($"duplicate formal function argument '{ExprPrinter.PrintIdentifier(sorted[reportAt].Name)}'", sorted[reportAt + 1].Pos);
        if (arg is not null)
        {
            foreach (var formal in sorted)
            {
                if (formal.Name == arg)
                    throw new ParseError($"duplicate formal function argument '{ExprPrinter.PrintIdentifier(arg)}'", pos);
            }
        }
        return new LambdaExpr(pos, arg, new Formals(sorted, formals.Ellipsis), body);
    }
}
