namespace Arca.Language.Evaluation;

using Arca.Language.Errors;
using Arca.Language.Syntax;

// Call-depth accounting for recursive walks that are not function calls (toJSON, toXML, deep forcing), which Nix
// counts against the same max-call-depth as calls (its addCallDepth), so a deeply nested value fails with Nix's
// "stack overflow" error instead of exhausting the native stack.
public sealed partial class EvalContext
{
    /// <summary>
    /// Enters one level of a recursive walk: fails as Nix's <c>addCallDepth</c> does when the depth is already past
    /// <see cref="EvalOptions.MaxCallDepth"/>. Dispose the returned scope to leave the level.
    /// </summary>
    public DepthScope EnterDepth(Pos pos)
    {
        if (callDepth > Options.MaxCallDepth)
        {
            callDepth = 0; // as Call: let the error unwind and be reported without tripping again
            throw new StackOverflowError("stack overflow; max-call-depth exceeded", pos);
        }
        EnsureStack();
        callDepth++;
        return new DepthScope(this);
    }

    /// <summary>One level entered with <see cref="EnterDepth"/>; a struct so entering allocates nothing.</summary>
    public readonly struct DepthScope(EvalContext ctx) : IDisposable
    {
        public void Dispose()
        {
            if (ctx.callDepth > 0) ctx.callDepth--;
        }
    }
}
