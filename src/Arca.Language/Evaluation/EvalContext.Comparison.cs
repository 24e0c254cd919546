namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

// Equality (==) and ordering (<, sort) with Nix's semantics.
public sealed partial class EvalContext
{
    /// <summary><c>a == b</c>. Ints and floats compare numerically; strings ignore context; derivations compare by <c>outPath</c>; functions are never equal.</summary>
    public bool ValuesEqual(Value a, Value b, Pos pos) => ValuesEqual(a, b, pos, topLevel: true);

    private bool ValuesEqual(Value a, Value b, Pos pos, bool topLevel)
    {
        // Nix treats two references to the very same value slot as equal, even functions ([f] == [f] is true), but
        // the operands of `==` itself are fresh slots, so `f == f` is false. Mirror that: identity counts only inside.
        if (!topLevel && ReferenceEquals(a, b)) return true;
        EnsureStack();
        a = a.Force(this);
        b = b.Force(this);
        if (!topLevel && ReferenceEquals(a, b) && a is not NixFunction) return true;

        switch (a)
        {
            case NixInt ia:
                return b switch { NixInt ib => ia.Value == ib.Value, NixFloat fb => ia.Value == fb.Value, _ => false };
            case NixFloat fa:
                return b switch { NixFloat fb => fa.Value == fb.Value, NixInt ib => fa.Value == ib.Value, _ => false };
            case NixBool ba:
                return b is NixBool bb && ba.Value == bb.Value;
            case NixString sa:
                return b is NixString sb && string.Equals(sa.Text, sb.Text);
            case NixPath pa:
                return b is NixPath pb && string.Equals(pa.Path, pb.Path);
            case NixNull:
                return b is NixNull;
            case NixList la:
            {
                if (b is not NixList lb || la.Count != lb.Count) return false;
                for (int i = 0; i < la.Count; i++)
                    if (!ValuesEqual(la.Items[i], lb.Items[i], pos, topLevel: false)) return false;
                return true;
            }
            case NixAttrs aa:
            {
                if (b is not NixAttrs ab) return false;
                if (aa.IsDerivation(this) && ab.IsDerivation(this)
                    && aa.TryGet("outPath", out var oa) && ab.TryGet("outPath", out var ob))
                    return ValuesEqual(oa, ob, pos, topLevel: false);
                if (aa.Count != ab.Count) return false;
                for (int i = 0; i < aa.Count; i++)
                {
                    if (!string.Equals(aa.NameAt(i), ab.NameAt(i))) return false;
                    if (!ValuesEqual(aa.ValueAt(i), ab.ValueAt(i), pos, topLevel: false)) return false;
                }
                return true;
            }
            default:
                return false; // functions are incomparable
        }
    }

    /// <summary>
    /// Ordering for <c>&lt;</c> and <c>sort</c>: numbers (mixed int/float), strings and paths by bytes, lists
    /// lexicographically. Anything else is "cannot compare X with Y". Returns &lt;0, 0 or &gt;0.
    /// </summary>
    public int CompareValues(Value a, Value b, Pos pos)
    {
        EnsureStack();
        a = a.Force(this);
        b = b.Force(this);
        switch (a, b)
        {
            case (NixInt x, NixInt y): return x.Value.CompareTo(y.Value);
            case (NixInt x, NixFloat y): return CompareDoubles(x.Value, y.Value);
            case (NixFloat x, NixInt y): return CompareDoubles(x.Value, y.Value);
            case (NixFloat x, NixFloat y): return CompareDoubles(x.Value, y.Value);
            case (NixString x, NixString y): return Math.Sign(string.CompareOrdinal(x.Text, y.Text));
            case (NixPath x, NixPath y): return Math.Sign(string.CompareOrdinal(x.Path, y.Path));
            case (NixList x, NixList y):
                for (int i = 0; ; i++)
                {
                    if (i == y.Count) return i == x.Count ? 0 : 1;
                    if (i == x.Count) return -1;
                    // Nix compares elements with == first, so equal functions/sets inside lists don't need an order.
                    if (!ValuesEqual(x.Items[i], y.Items[i], pos, topLevel: false))
                    {
                        try { return CompareValues(x.Items[i], y.Items[i], pos); }
                        catch (EvalError e) { e.AddTrace(Pos.None, "while comparing two list elements"); throw; }
                    }
                }
        }
        if (a.Kind != b.Kind)
            throw new EvalError(
                $"cannot compare {a.ShowType} with {b.ShowType}; values are {ErrorValuePrinter.Print(this, a)} and {ErrorValuePrinter.Print(this, b)}", pos);
        throw new EvalError(
            $"cannot compare {a.ShowType} with {b.ShowType}; values of that type are incomparable (values are {ErrorValuePrinter.Print(this, a)} and {ErrorValuePrinter.Print(this, b)})", pos);
    }

    /// <summary>IEEE ordering as C++'s &lt; gives it: NaN is neither less nor greater, so it compares "equal".</summary>
    private static int CompareDoubles(double x, double y) => x < y ? -1 : y < x ? 1 : 0;
}
