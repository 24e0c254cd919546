namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// String interpolation (<c>"a${b}c"</c>) and the <c>+</c> operator. With <c>+</c> the first operand decides the
/// result: integers and floats add, a path absorbs strings into a path, a string absorbs paths by copying them to
/// the store. Contexts are carried along.
/// </summary>
public sealed class ConcatStringsNode(bool forceString, Node[] parts, Pos[] partPositions, Pos pos) : Node
{
    /// <summary>
    /// The first part is itself a <c>+</c> or an interpolation, as in <c>a + b + c</c> (parsed <c>(a + b) + c</c>): when
    /// it makes a string it leaves its texts on the stack for this node's join instead of joining them itself, so a chain
    /// allocates one string, not one per <c>+</c> (each intermediate held a growing copy of the same text).
    /// </summary>
    private readonly ConcatStringsNode? leftConcat = parts.Length > 0 ? parts[0] as ConcatStringsNode : null;

    public override Value Eval(EvalContext ctx, Env env)
    {
        // The common `a + b` on two integers or two plain strings, without the general machinery.
        if (!forceString && parts.Length == 2 && leftConcat is null)
        {
            var a = Traced.Eval(ctx, parts[0], env, partPositions[0], "in an operand of '+'");
            var b = Traced.Eval(ctx, parts[1], env, partPositions[1], "in an operand of '+'");
            if (a is NixInt x && b is NixInt y)
            {
                long r = x.Value + y.Value;
                if (((x.Value ^ r) & (y.Value ^ r)) < 0)
                    throw new EvalError($"integer overflow in adding {x.Value} + {y.Value}", partPositions[1]);
                return NixInt.Of(r);
            }
            if (a is NixString s && b is NixString t && !s.HasContext && !t.HasContext)
                return ctx.RecentStrings.Concat(s.Text, t.Text);
            return General(ctx, env, a, b);
        }
        return General(ctx, env, null, null);
    }

    internal override bool EvalMayKeepFrame => AnyEvalMayKeepFrame(parts);

    private Value General(EvalContext ctx, Env env, Value? first, Value? second)
    {
        // The parts' texts wait on the evaluation's text stack, not in this frame, which every level of a deep
        // recursion through an interpolation would hold; joined once at the end, they allocate only the result.
        var texts = ctx.Texts;
        int mark = texts.Count;
        try
        {
            StringContext.Builder? context = null;
            var value = Accumulate(ctx, env, first, second, ref context);
            if (value is not null) return value;
            if (context is null) return texts.JoinString(mark, ctx.RecentStrings);
            return NixString.Of(texts.Join(mark), context.Build());
        }
        finally
        {
            // After a failed part, so that a join further out (past a tryEval) never sees this one's texts.
            texts.Truncate(mark);
        }
    }

    /// <summary>
    /// Evaluates the parts in order. A number or path result is returned; a string result is left as its texts on the
    /// text stack, with its context added to <paramref name="context"/>, and null is returned.
    /// </summary>
    private Value? Accumulate(EvalContext ctx, Env env, Value? first, Value? second, ref StringContext.Builder? context)
    {
        var texts = ctx.Texts;
        int mark = texts.Count;
        long n = 0;
        double nf = 0;
        ValueKind firstKind = ValueKind.String;

        for (int i = 0; i < parts.Length; i++)
        {
            var partPos = partPositions[i];
            Value v;
            if (i == 0 && first is not null) v = first;
            else if (i == 1 && second is not null) v = second;
            else if (i == 0 && leftConcat is not null)
            {
                Value? left;
                try
                {
                    left = leftConcat.Accumulate(ctx, env, null, null, ref context);
                }
                catch (EvalError e) when (e.AddTraceWhileUnwinding(partPos, "in an operand of '+'"))
                {
                    throw;
                }
                if (left is null) continue; // a string: its texts are on the stack, and strings are the default kind
                v = left;
            }
            else v = Traced.Eval(ctx, parts[i], env, partPos, "in an operand of '+'");
            bool isFirst = !forceString && i == 0;
            if (isFirst) firstKind = v.Kind;

            if (firstKind == ValueKind.Int)
            {
                if (v is NixInt iv)
                {
                    long r = n + iv.Value;
                    if (((n ^ r) & (iv.Value ^ r)) < 0)
                        throw new EvalError($"integer overflow in adding {n} + {iv.Value}", partPos);
                    n = r;
                }
                else if (v is NixFloat fv)
                {
                    firstKind = ValueKind.Float;
                    nf = n + fv.Value;
                }
                else throw new EvalError($"cannot add {v.ShowType} to an integer", partPos);
            }
            else if (firstKind == ValueKind.Float)
            {
                if (v is NixInt iv) nf += iv.Value;
                else if (v is NixFloat fv) nf += fv.Value;
                else throw new EvalError($"cannot add {v.ShowType} to a float", partPos);
            }
            else
            {
                // A plain string needs no coercion and, without context, no context builder.
                var mode = firstKind == ValueKind.String ? EvalContext.Coercion.CopyToStore : EvalContext.Coercion.Strict;
                texts.Push(ctx.CoerceToString(v, partPos, mode, ref context, "while evaluating a path segment"));
            }
        }

        switch (firstKind)
        {
            case ValueKind.Int: return NixInt.Of(n);
            case ValueKind.Float: return new NixFloat(nf);
            case ValueKind.Path:
                var path = texts.Join(mark);
                if (context is not null && !context.Build().IsEmpty)
                    throw new EvalError("a string that refers to a store path cannot be appended to a path", pos);
                return new NixPath(CanonicalPath.Normalize(path));
            default:
                return null;
        }
    }
}
