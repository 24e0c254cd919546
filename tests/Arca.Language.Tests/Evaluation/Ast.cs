namespace Arca.Language.Tests.Evaluation;

using Arca.Language.Evaluation;
using Arca.Language.Printing;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>Terse builders for syntax trees (the tests do not depend on the parser) and an evaluation harness.</summary>
internal static class Ast
{
    public static readonly Source Src = new("«string»", "line one\nline two\nline three\n", "/tmp", false);

    public static Pos P(int line = 1, int column = 1) => new(Src, line, column);

    public static IntExpr I(long v) => new(P(), v);
    public static FloatExpr F(double v) => new(P(), v);
    public static StringExpr S(string v) => new(P(), v);
    public static PathExpr Path(string v) => new(P(), v);
    public static VarExpr V(string name, int line = 1, int column = 1) => new(P(line, column), name);

    public static ListExpr List(params Expr[] items) => new(P(), items);

    public static CallExpr Call(Expr f, params Expr[] args) => new(P(), f, args);

    public static CallExpr Op(string builtin, Expr a, Expr b) => new(P(), V("__" + builtin), [a, b]);

    public static BinaryExpr Bin(BinaryOp op, Expr a, Expr b) => new(P(), op, a, b);

    public static SelectExpr Sel(Expr target, params string[] path) =>
        new(P(), target, path.Select(AttrName.Static).ToArray(), null);

    public static SelectExpr SelOr(Expr target, Expr fallback, params string[] path) =>
        new(P(), target, path.Select(AttrName.Static).ToArray(), fallback);

    public static HasAttrExpr Has(Expr target, params string[] path) => new(P(), target, path.Select(AttrName.Static).ToArray());

    public static LambdaExpr Fn(string arg, Expr body) => new(P(), arg, null, body);

    public static LambdaExpr FnSet(Expr body, bool ellipsis = false, string? at = null, string? name = null, params (string Name, Expr? Default)[] formals) =>
        new(P(), at, new Formals(formals.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new Formal(P(), f.Name, f.Default)).ToArray(), ellipsis), body) { Name = name };

    /// <summary>A set of plain bindings (sorted as the parser sorts them).</summary>
    public static AttrSetExpr Set(params (string Name, Expr Value)[] attrs) => SetOf(false, attrs);

    public static AttrSetExpr Rec(params (string Name, Expr Value)[] attrs) => SetOf(true, attrs);

    public static AttrSetExpr SetOf(bool rec, (string Name, Expr Value)[] attrs, IReadOnlyList<DynamicAttrDef>? dynamic = null) =>
        new(P(), rec,
            attrs.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new AttrDef(a.Name, a.Value, P(), AttrKind.Plain)).ToArray(),
            dynamic ?? [], []);

    public static LetExpr Let(Expr body, params (string Name, Expr Value)[] attrs) => new(P(), Rec(attrs), body);

    public static ConcatStringsExpr Interp(params Expr[] parts) => new(P(), true, parts);
    public static ConcatStringsExpr Plus(params Expr[] parts) => new(P(), false, parts);

    public static EvalContext NewContext(EvalOptions? options = null) => new(options ?? new EvalOptions(), new FileSystemEvalIO(), diagnostics: TextWriter.Null);

    public static Value Eval(Expr e, EvalContext? ctx = null)
    {
        ctx ??= NewContext();
        return ctx.Evaluate(e);
    }

    /// <summary>Evaluates deeply and prints as <c>nix-instantiate --eval --strict</c>.</summary>
    public static string Show(Expr e, EvalContext? ctx = null)
    {
        ctx ??= NewContext();
        var v = ctx.Evaluate(e);
        ctx.ForceDeep(v, default);
        return ValuePrinter.Print(ctx, v);
    }
}
