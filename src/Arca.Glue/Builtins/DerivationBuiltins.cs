namespace Arca.Glue.Builtins;

using System.Reflection;
using Arca.Language.Builtins;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// <c>derivationStrict</c> (see <see cref="DerivationStrict"/>) and <c>derivation</c>, the Nix-level wrapper that
/// evaluates lazily to the derivation's attribute set. Both are global, as in Nix.
/// </summary>
internal static class DerivationBuiltins
{
    /// <summary>How positions inside the wrapper are named in error traces (latest Nix's name for it).</summary>
    public const string WrapperOrigin = "«nix-internal»/derivation-internal.nix";

    public static void Register(BuiltinTable table, StoreBridge bridge)
    {
        // Finished calls wait here to be reused; a call that failed is dropped with whatever it held. Calls nest
        // (an attribute's value may need another derivation), so there can be as many as the deepest nesting.
        var idle = new Stack<DerivationStrict>();
        table.Add("derivationStrict", 1, (ctx, args, pos) =>
        {
            var call = idle.Count > 0 ? idle.Pop() : new DerivationStrict(bridge);
            var result = call.Run(ctx, args[0], pos);
            call.Reset();
            idle.Push(call);
            return result;
        }, global: true);
        // The wrapper is Nix code evaluated once per evaluation, on first use.
        table.AddConstant("derivation", new Thunk(new WrapperNode(), Frame.Empty), global: true);
    }

    private static readonly Lazy<string> WrapperSource = new(() =>
    {
        using var stream = typeof(DerivationBuiltins).Assembly.GetManifestResourceStream("derivation.nix")
            ?? throw new InvalidOperationException("the derivation wrapper is missing from Arca.Glue");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed class WrapperNode : Node
    {
        public override Value Eval(EvalContext ctx, Env env) =>
            ctx.EvaluateSource(new Source(WrapperOrigin, WrapperSource.Value, "/", IsFile: false));
    }
}
