namespace Arca.Language.Syntax;

// The abstract syntax tree the parser produces: immutable, with positions, and shaped exactly like Nix's own
// (nixexpr.hh) so `--parse` can print it as Nix does. Desugaring follows Nix: `a - b` is `__sub a b`, `a < b` is
// `__lessThan a b`, `-a` is `__sub 0 a`, `<p>` is `__findFile __nixPath "p"`, `a + b` is a non-forcing string
// concatenation. The compiler (Evaluation) resolves variables and turns this tree into executable nodes.
// All names and string contents follow the byte-string convention of NixString.
// Pos is what Nix's Expr::getPos() returns, so errors can be reported where Nix reports them: Pos.None for literals
// (int, float, string, path), `let` and the sets Nix creates for nested attribute paths; a list has its first item's
// position, `!e` and `e ? a` have e's; an interpolated string that of its first part (just inside the quote);
// binary operators (and the calls they desugar to) the operator's; everything else the position of its first token.

/// <summary>Any Nix expression.</summary>
public abstract record Expr(Pos Pos);

public sealed record IntExpr(Pos Pos, long Value) : Expr(Pos);

public sealed record FloatExpr(Pos Pos, double Value) : Expr(Pos);

/// <summary>A string without interpolation (or a URI literal).</summary>
public sealed record StringExpr(Pos Pos, string Value) : Expr(Pos);

/// <summary>An absolute path literal, already resolved against the source's directory (or <c>$HOME</c> for <c>~/</c>).</summary>
public sealed record PathExpr(Pos Pos, string Path) : Expr(Pos);

public sealed record VarExpr(Pos Pos, string Name) : Expr(Pos);

/// <summary>One element of an attribute path: a static name, or an interpolated expression (<c>${e}</c> or <c>"…${e}…"</c>).</summary>
public sealed record AttrName(string? Name, Expr? Dynamic)
{
    public static AttrName Static(string name) => new(name, null);
    public static AttrName Of(Expr dynamic) => new(null, dynamic);
}

/// <summary><c>e.a.b.c</c> or <c>e.a.b or default</c>.</summary>
public sealed record SelectExpr(Pos Pos, Expr Target, IReadOnlyList<AttrName> Path, Expr? Default) : Expr(Pos);

/// <summary><c>e ? a.b.c</c>.</summary>
public sealed record HasAttrExpr(Pos Pos, Expr Target, IReadOnlyList<AttrName> Path) : Expr(Pos);

public enum AttrKind
{
    /// <summary><c>a = e;</c></summary>
    Plain,
    /// <summary><c>inherit a;</c> — <see cref="AttrDef.Value"/> is a <see cref="VarExpr"/> resolved outside the set.</summary>
    Inherited,
    /// <summary>
    /// <c>inherit (src) a;</c> — <see cref="AttrDef.Value"/> is a <see cref="SelectExpr"/> of <c>a</c> whose target is the
    /// very expression <see cref="AttrSetExpr.InheritFrom"/>[<see cref="AttrDef.InheritFromIndex"/>] (evaluate it once per set).
    /// </summary>
    InheritedFrom,
}

/// <summary>A static binding of an attribute set or <c>let</c>.</summary>
public sealed record AttrDef(string Name, Expr Value, Pos Pos, AttrKind Kind, int InheritFromIndex = -1);

/// <summary>A binding whose name is computed: <c>${e} = v;</c>.</summary>
public sealed record DynamicAttrDef(Expr Name, Expr Value, Pos Pos);

/// <summary>
/// <c>{ … }</c> or <c>rec { … }</c>. Nested paths (<c>a.b = 1; a.c = 2;</c>) are already merged into nested sets,
/// as Nix's parser does. <see cref="Attrs"/> is sorted by name (bytes), which is the order Nix prints.
/// </summary>
public sealed record AttrSetExpr(
    Pos Pos,
    bool Recursive,
    IReadOnlyList<AttrDef> Attrs,
    IReadOnlyList<DynamicAttrDef> DynamicAttrs,
    IReadOnlyList<Expr> InheritFrom) : Expr(Pos);

public sealed record ListExpr(Pos Pos, IReadOnlyList<Expr> Items) : Expr(Pos);

public sealed record Formal(Pos Pos, string Name, Expr? Default);

/// <summary>The <c>{ a, b ? 1, ... }</c> part of a function; <see cref="Items"/> sorted by name.</summary>
public sealed record Formals(IReadOnlyList<Formal> Items, bool Ellipsis);

/// <summary><c>x: body</c>, <c>{ … }: body</c> or <c>x @ { … }: body</c>. <see cref="Name"/> is set by bindings (<c>f = x: …</c>) for traces.</summary>
public sealed record LambdaExpr(Pos Pos, string? Arg, Formals? Formals, Expr Body) : Expr(Pos)
{
    public string? Name { get; init; }
}

/// <summary>A call with one or more arguments (Nix folds <c>f a b</c> into one call node).</summary>
public sealed record CallExpr(Pos Pos, Expr Function, IReadOnlyList<Expr> Args) : Expr(Pos);

/// <summary><c>let … in body</c>; the bindings are a (recursive) <see cref="AttrSetExpr"/>.</summary>
public sealed record LetExpr(Pos Pos, AttrSetExpr Bindings, Expr Body) : Expr(Pos);

public sealed record WithExpr(Pos Pos, Expr Scope, Expr Body) : Expr(Pos);

public sealed record IfExpr(Pos Pos, Expr Condition, Expr Then, Expr Else) : Expr(Pos);

public sealed record AssertExpr(Pos Pos, Expr Condition, Expr Body) : Expr(Pos);

public sealed record NotExpr(Pos Pos, Expr Operand) : Expr(Pos);

public enum BinaryOp
{
    Equal,       // ==
    NotEqual,    // !=
    And,         // &&
    Or,          // ||
    Implies,     // ->
    Update,      // //
    ConcatLists, // ++
}

/// <summary>The binary operators Nix keeps as their own nodes; arithmetic and comparison are calls (see file header).</summary>
public sealed record BinaryExpr(Pos Pos, BinaryOp Op, Expr Left, Expr Right) : Expr(Pos);

/// <summary>
/// String concatenation: interpolation (<c>"a${b}c"</c>, <see cref="ForceString"/> true) or the <c>+</c> operator
/// (false: the result's type follows the first operand — int, float, path or string).
/// </summary>
public sealed record ConcatStringsExpr(Pos Pos, bool ForceString, IReadOnlyList<Expr> Parts) : Expr(Pos)
{
    /// <summary>
    /// Where each part starts (parallel to <see cref="Parts"/>): Nix reports coercion errors of a part there, which
    /// is not always the part's own <see cref="Expr.Pos"/> (for <c>(a - b) + c</c> it is the parenthesis). Null when unknown.
    /// </summary>
    public Pos[]? PartPositions { get; init; }
}

/// <summary><c>__curPos</c>.</summary>
public sealed record CurPosExpr(Pos Pos) : Expr(Pos);
