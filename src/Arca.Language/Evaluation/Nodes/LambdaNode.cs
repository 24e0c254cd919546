namespace Arca.Language.Evaluation.Nodes;

using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// A function literal. Its frame holds, in order, the <c>@</c>-bound argument (if any) and then each formal in
/// name order; a plain <c>x: …</c> has one slot.
/// </summary>
public sealed class LambdaNode : Node
{
    public LambdaNode(LambdaExpr syntax, Pos pos, string? name, bool hasArg, FormalSlot[]? formals, bool ellipsis, Node body)
    {
        Syntax = syntax;
        Pos = pos;
        Name = name;
        HasArg = hasArg;
        Formals = formals;
        Ellipsis = ellipsis;
        Body = body;
        FrameSize = (hasArg ? 1 : 0) + (formals?.Length ?? 0);
        FrameIsPrivate = !body.EvalMayKeepFrame && Array.TrueForAll(formals ?? [], formal => formal.Default is null);
    }

    /// <summary>The function as written (for <c>toXML</c>, <c>functionArgs</c> and messages).</summary>
    public LambdaExpr Syntax { get; }

    public Pos Pos { get; }

    /// <summary>The binding the function was defined by (<c>f = x: …</c>), for messages; null for an anonymous lambda.</summary>
    public string? Name { get; }

    public bool HasArg { get; }

    /// <summary>The formals sorted by name, or null for a plain <c>x: …</c> function.</summary>
    public FormalSlot[]? Formals { get; }

    public bool Ellipsis { get; }
    public Node Body { get; }
    public int FrameSize { get; }

    /// <summary>
    /// Whether nothing of a call's frame outlives the call: no default (a default is a thunk over the frame) and a
    /// body that keeps nothing of it (<see cref="Node.EvalMayKeepFrame"/>), as in <c>i: "pkg${toString i}"</c> or
    /// <c>d: d.outPath</c>. Such calls reuse frames (<see cref="FramePool"/>).
    /// </summary>
    public bool FrameIsPrivate { get; }

    /// <summary>The function's name in messages: <c>'f'</c> or "anonymous lambda".</summary>
    public string DisplayName => Name ?? "anonymous lambda";

    // No Delay shortcut: Nix thunks a lambda bound in a set or passed as an argument, and `--eval` without
    // `--strict` shows such a binding as <CODE>, so it must stay a thunk until forced.
    public override Value Eval(EvalContext ctx, Env env) => new Closure(this, env);
}

/// <summary>One formal argument: its name, position and the default (compiled in the function's own frame), if any.</summary>
public sealed record FormalSlot(string Name, Pos Pos, Node? Default);
