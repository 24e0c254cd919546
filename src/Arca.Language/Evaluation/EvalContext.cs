namespace Arca.Language.Evaluation;

using System.Runtime.CompilerServices;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// The state of one evaluation: settings, the outside world (<see cref="IEvalIO"/>), the optional store bridge, the
/// built-ins, and the shared operations every part of the evaluator and every built-in uses — forcing to a type,
/// calling functions, coercing to strings, comparing. Split into partial files by concern.
/// </summary>
public sealed partial class EvalContext
{
    private int callDepth;

    public EvalContext(EvalOptions options, IEvalIO io, IStoreBridge? store = null, TextWriter? diagnostics = null)
    {
        Options = options;
        IO = new CorePackagesEvalIO(io);
        Store = store;
        Diagnostics = diagnostics ?? Console.Error;
        Builtins = BuiltinModules.CreateTable(options);
        store?.RegisterBuiltins(Builtins);
    }

    public EvalOptions Options { get; }
    public IEvalIO IO { get; }
    public IStoreBridge? Store { get; }
    public BuiltinTable Builtins { get; }

    /// <summary>Where <c>trace</c>, <c>warn</c> and other diagnostics go (standard error for the CLI).</summary>
    public TextWriter Diagnostics { get; }

    /// <summary>The shared copies of small layouts that sets built at run time repeat.</summary>
    public AttrsLayouts Layouts { get; } = new();

    /// <summary>The layouts of recent <c>//</c> merges, shared by merges of the same operand layouts.</summary>
    public AttrsMergeLayouts MergeLayouts { get; } = new();

    /// <summary>Frames reused by calls that keep nothing of theirs.</summary>
    internal FramePool Frames { get; } = new();

    /// <summary>The texts of the joins under way (<see cref="TextStack"/>).</summary>
    internal TextStack Texts { get; } = new();

    /// <summary>Short strings made recently, shared when made again (<see cref="RecentStrings"/>).</summary>
    internal RecentStrings RecentStrings { get; } = new();

    /// <summary>The results of <c>toString</c> on small integers, made once.</summary>
    public IntegerStrings IntegerStrings { get; } = new();

    /// <summary>Files already imported, by resolved path: <c>import</c> evaluates each file once per evaluation.</summary>
    public Dictionary<string, Value> ImportCache { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Turns native stack exhaustion into a Nix error before it can kill the process (.NET cannot catch a stack
    /// overflow). Called when forcing thunks and applying functions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void EnsureStack()
    {
        // Asking the runtime is a call into native code, and this runs for every thunk and call. The runtime's
        // answer guarantees a comfortable margin below the point where it was asked, so while the stack pointer
        // stays within a fraction of that margin below the deepest point already approved, no new question is needed.
        byte probe;
        nint sp = (nint)(&probe);
        if (sp >= approvedStackPointer - StackCheckSlack && approvedStackPointer != 0) return;
        AskForStack(sp);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AskForStack(nint sp)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new StackOverflowError("stack overflow; max-call-depth exceeded");
        approvedStackPointer = sp;
    }

    /// <summary>The deepest stack pointer the runtime confirmed had enough stack below it (0: none yet). One evaluation runs on one thread.</summary>
    private nint approvedStackPointer;

    /// <summary>Well under the 64 KiB the runtime keeps free when it says there is enough.</summary>
    private const int StackCheckSlack = 16 * 1024;

    /// <summary>Applies <paramref name="function"/> (a function, or a set with <c>__functor</c>) to one argument.</summary>
    public Value Call(Value function, Value argument, Pos pos)
    {
        EnterCall(pos);
        try
        {
            EnsureStack();
            var f = function.Force(this);
            // Lambdas first: a sealed type is tested inline and its Apply called directly.
            if (f is Closure closure) return closure.Apply(this, argument, pos);
            if (f is NixFunction fn) return fn.Apply(this, argument, pos);
            if (f is NixAttrs attrs && attrs.TryGet("__functor", out var functor))
            {
                // `f arg` on a functor set is `(f.__functor f) arg`.
                var bound = Call(functor, f, pos);
                return Call(bound, argument, pos);
            }
            throw new TypeError($"attempt to call something which is not a function but {f.ShowType}: {ErrorValuePrinter.Print(this, f)}", pos);
        }
        finally
        {
            LeaveCall();
        }
    }

    /// <summary>Counts a call towards <see cref="EvalOptions.MaxCallDepth"/>; every call entered is left in a <c>finally</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterCall(Pos pos)
    {
        if (++callDepth > Options.MaxCallDepth) throw CallTooDeep(pos);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveCall()
    {
        if (callDepth > 0) callDepth--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private StackOverflowError CallTooDeep(Pos pos)
    {
        callDepth = 0; // let the error unwind and be reported without tripping again
        return new StackOverflowError("stack overflow; max-call-depth exceeded", pos);
    }

    /// <summary>
    /// <c>function first second</c>. When the function is a lambda whose body is another lambda (<c>x: y: …</c>, the
    /// curried shape of nearly every function of two arguments), the inner lambda is applied in the outer one's frame
    /// at once: the closure that applying the outer lambda to <paramref name="first"/> would return is only ever applied
    /// to <paramref name="second"/> here, so it is not made (measured on bench/eval/modules.nix: 2.7 million closures,
    /// 87 MB). The calls count towards the depth limit as two calls do.
    /// </summary>
    public Value Call2(Value function, Value first, Value second, Pos pos)
    {
        var f = function.Force(this);
        if (f is not Closure { Definition.Body: Nodes.LambdaNode inner } outer) return Call(Call(f, first, pos), second, pos);
        Env frame;
        EnterCall(pos);
        try
        {
            EnsureStack();
            // Not from the pool: the inner lambda keeps this frame as its scope.
            frame = Closure.Bind(this, outer.Definition, outer.Scope, first, pos, pool: null);
        }
        finally
        {
            LeaveCall();
        }
        EnterCall(pos);
        try
        {
            EnsureStack();
            return Closure.Apply(this, inner, frame, second, pos);
        }
        finally
        {
            LeaveCall();
        }
    }

    /// <summary>Applies a function to several arguments in turn.</summary>
    public Value Call(Value function, ReadOnlySpan<Value> arguments, Pos pos)
    {
        var result = function;
        foreach (var a in arguments) result = Call(result, a, pos);
        return result;
    }
}
