namespace Arca.Language.Syntax;

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Arca.Language.Errors;

/// <summary>
/// Prints a syntax tree as <c>nix-instantiate --parse</c> of current Nix does (Expr::show in nixexpr.cc): fully
/// parenthesised, desugared, attributes and formals in name order. Output follows the byte-string convention.
/// </summary>
public static class ExprPrinter
{
    public static string Print(Expr expr)
    {
        var sb = new StringBuilder();
        Show(sb, expr);
        return sb.ToString();
    }

    /// <summary>An attribute path as Nix shows it in messages: <c>a.b."c d"."${e}"</c>.</summary>
    public static string PrintAttrPath(ReadOnlySpan<AttrName> path)
    {
        var sb = new StringBuilder();
        AppendAttrPath(sb, path);
        return sb.ToString();
    }

    public static string PrintAttrPath(IReadOnlyList<AttrName> path)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < path.Count; i++)
        {
            if (i > 0) sb.Append('.');
            AppendAttrName(sb, path[i]);
        }
        return sb.ToString();
    }

    /// <summary>A name as Nix prints an identifier: bare when it lexes as one (and is no keyword), else quoted.</summary>
    public static string PrintIdentifier(string name)
    {
        var sb = new StringBuilder(name.Length + 2);
        AppendIdentifier(sb, name);
        return sb.ToString();
    }

    /// <summary>A string literal with Nix's escapes (<c>\" \\ \n \r \t \${</c>).</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    /// <summary>
    /// A float as C++'s default stream formatting writes it (<c>%g</c>: six significant digits, the exact binary value
    /// rounded half-to-even, which .NET's own "G6" does not do).
    /// </summary>
    public static string FormatFloat(double value) => Text.NixFloat.FormatForDisplay(value);

    private static void Show(StringBuilder sb, Expr expr)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new StackOverflowError("stack overflow: the expression is nested too deeply to print", expr.Pos);
        switch (expr)
        {
            case IntExpr i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatExpr f:
                sb.Append(FormatFloat(f.Value));
                break;
            case StringExpr s:
                AppendString(sb, s.Value);
                break;
            case PathExpr p:
                sb.Append(p.Path);
                break;
            case VarExpr v:
                AppendIdentifier(sb, v.Name);
                break;
            case SelectExpr s:
                sb.Append('(');
                Show(sb, s.Target);
                sb.Append(").");
                AppendAttrPath(sb, s.Path);
                if (s.Default is { } d)
                {
                    sb.Append(" or (");
                    Show(sb, d);
                    sb.Append(')');
                }
                break;
            case HasAttrExpr h:
                sb.Append("((");
                Show(sb, h.Target);
                sb.Append(") ? ");
                AppendAttrPath(sb, h.Path);
                sb.Append(')');
                break;
            case AttrSetExpr a:
                if (a.Recursive) sb.Append("rec ");
                sb.Append("{ ");
                ShowBindings(sb, a);
                sb.Append('}');
                break;
            case ListExpr l:
                sb.Append("[ ");
                foreach (var item in l.Items)
                {
                    sb.Append('(');
                    Show(sb, item);
                    sb.Append(") ");
                }
                sb.Append(']');
                break;
            case LambdaExpr l:
                ShowLambda(sb, l);
                break;
            case CallExpr c:
                sb.Append('(');
                Show(sb, c.Function);
                foreach (var arg in c.Args)
                {
                    sb.Append(' ');
                    Show(sb, arg);
                }
                sb.Append(')');
                break;
            case LetExpr l:
                sb.Append("(let ");
                ShowBindings(sb, l.Bindings);
                sb.Append("in ");
                Show(sb, l.Body);
                sb.Append(')');
                break;
            case WithExpr w:
                sb.Append("(with ");
                Show(sb, w.Scope);
                sb.Append("; ");
                Show(sb, w.Body);
                sb.Append(')');
                break;
            case IfExpr i:
                sb.Append("(if ");
                Show(sb, i.Condition);
                sb.Append(" then ");
                Show(sb, i.Then);
                sb.Append(" else ");
                Show(sb, i.Else);
                sb.Append(')');
                break;
            case AssertExpr a:
                sb.Append("assert ");
                Show(sb, a.Condition);
                sb.Append("; ");
                Show(sb, a.Body);
                break;
            case NotExpr n:
                sb.Append("(! ");
                Show(sb, n.Operand);
                sb.Append(')');
                break;
            case BinaryExpr b:
                sb.Append('(');
                Show(sb, b.Left);
                sb.Append(' ').Append(OperatorText(b.Op)).Append(' ');
                Show(sb, b.Right);
                sb.Append(')');
                break;
            case ConcatStringsExpr c:
                sb.Append('(');
                for (int i = 0; i < c.Parts.Count; i++)
                {
                    if (i > 0) sb.Append(" + ");
                    Show(sb, c.Parts[i]);
                }
                sb.Append(')');
                break;
            case CurPosExpr:
                sb.Append("__curPos");
                break;
            default:
                throw new InvalidOperationException($"cannot print {expr.GetType().Name}");
        }
    }

    private static string OperatorText(BinaryOp op) => op switch
    {
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.And => "&&",
        BinaryOp.Or => "||",
        BinaryOp.Implies => "->",
        BinaryOp.Update => "//",
        BinaryOp.ConcatLists => "++",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static void ShowLambda(StringBuilder sb, LambdaExpr l)
    {
        sb.Append('(');
        if (l.Formals is { } formals)
        {
            sb.Append("{ ");
            bool first = true;
            foreach (var formal in formals.Items)
            {
                if (!first) sb.Append(", ");
                first = false;
                AppendIdentifier(sb, formal.Name);
                if (formal.Default is { } d)
                {
                    sb.Append(" ? ");
                    Show(sb, d);
                }
            }
            if (formals.Ellipsis)
            {
                if (!first) sb.Append(", ");
                sb.Append("...");
            }
            sb.Append(" }");
            if (l.Arg is not null) sb.Append(" @ ");
        }
        if (l.Arg is { } arg) AppendIdentifier(sb, arg);
        sb.Append(": ");
        Show(sb, l.Body);
        sb.Append(')');
    }

    private static void ShowBindings(StringBuilder sb, AttrSetExpr set)
    {
        // Attrs are sorted by name already. Plain inherits first, then one `inherit (e)` per source in source order.
        bool anyInherited = false;
        int maxFrom = -1;
        foreach (var def in set.Attrs)
        {
            if (def.Kind == AttrKind.Inherited) anyInherited = true;
            else if (def.Kind == AttrKind.InheritedFrom && def.InheritFromIndex > maxFrom) maxFrom = def.InheritFromIndex;
        }
        if (anyInherited)
        {
            sb.Append("inherit");
            foreach (var def in set.Attrs)
            {
                if (def.Kind != AttrKind.Inherited) continue;
                sb.Append(' ');
                AppendIdentifier(sb, def.Name);
            }
            sb.Append("; ");
        }
        for (int from = 0; from <= maxFrom; from++)
        {
            bool opened = false;
            foreach (var def in set.Attrs)
            {
                if (def.Kind != AttrKind.InheritedFrom || def.InheritFromIndex != from) continue;
                if (!opened)
                {
                    sb.Append("inherit (");
                    Show(sb, set.InheritFrom[from]);
                    sb.Append(')');
                    opened = true;
                }
                sb.Append(' ');
                AppendIdentifier(sb, def.Name);
            }
            if (opened) sb.Append("; ");
        }
        foreach (var def in set.Attrs)
        {
            if (def.Kind != AttrKind.Plain) continue;
            AppendIdentifier(sb, def.Name);
            sb.Append(" = ");
            Show(sb, def.Value);
            sb.Append("; ");
        }
        foreach (var dyn in set.DynamicAttrs)
        {
            sb.Append("\"${");
            Show(sb, dyn.Name);
            sb.Append("}\" = ");
            Show(sb, dyn.Value);
            sb.Append("; ");
        }
    }

    private static void AppendAttrPath(StringBuilder sb, ReadOnlySpan<AttrName> path)
    {
        for (int i = 0; i < path.Length; i++)
        {
            if (i > 0) sb.Append('.');
            AppendAttrName(sb, path[i]);
        }
    }

    private static void AppendAttrPath(StringBuilder sb, IReadOnlyList<AttrName> path)
    {
        for (int i = 0; i < path.Count; i++)
        {
            if (i > 0) sb.Append('.');
            AppendAttrName(sb, path[i]);
        }
    }

    private static void AppendAttrName(StringBuilder sb, AttrName name)
    {
        if (name.Name is { } s) AppendIdentifier(sb, s);
        else
        {
            sb.Append("\"${");
            Show(sb, name.Dynamic!);
            sb.Append("}\"");
        }
    }

    private static bool IsReservedKeyword(string s) => s switch
    {
        "if" or "then" or "else" or "assert" or "with" or "let" or "in" or "rec" or "inherit" => true,
        _ => false,
    };

    private static void AppendIdentifier(StringBuilder sb, string s)
    {
        if (s.Length == 0)
        {
            sb.Append("\"\"");
            return;
        }
        if (IsReservedKeyword(s))
        {
            sb.Append('"').Append(s).Append('"');
            return;
        }
        char c0 = s[0];
        bool plain = (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || c0 == '_';
        if (plain)
        {
            foreach (char c in s)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\'' || c == '-'))
                {
                    plain = false;
                    break;
                }
            }
        }
        if (plain) sb.Append(s);
        else AppendString(sb, s);
    }

    private static void AppendString(StringBuilder sb, string s) => Text.NixStringEscaper.AppendQuoted(sb, s);
}
