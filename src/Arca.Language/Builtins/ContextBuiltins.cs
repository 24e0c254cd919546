namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Inspecting and changing string contexts: <c>getContext</c>, <c>appendContext</c>, <c>hasContext</c>,
/// <c>unsafeDiscardStringContext</c>, <c>unsafeDiscardOutputDependency</c>, <c>addDrvOutputDependencies</c>.
/// Context elements use the encodings documented on <see cref="StringContext"/>: <c>/nix/store/…</c> (opaque),
/// <c>=/nix/store/….drv</c> (a derivation with all outputs), <c>!out!/nix/store/….drv</c> (one output).
/// </summary>
public static class ContextBuiltins
{
    public static void Register(BuiltinTable table)
    {
        table.Add("unsafeDiscardStringContext", 1, UnsafeDiscardStringContext);
        table.Add("hasContext", 1, HasContext);
        table.Add("unsafeDiscardOutputDependency", 1, UnsafeDiscardOutputDependency);
        table.Add("addDrvOutputDependencies", 1, AddDrvOutputDependencies);
        table.Add("getContext", 1, GetContext);
        table.Add("appendContext", 2, AppendContext);
    }

    private static Value UnsafeDiscardStringContext(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var arg = args[0].Force(ctx);
        if (arg is NixString { HasContext: false }) return arg;
        var text = IoArgs.Coerce(ctx, arg, new StringContext.Builder(),
            "while evaluating the argument passed to builtins.unsafeDiscardStringContext");
        return NixString.Of(text);
    }

    private static Value HasContext(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos) =>
        NixBool.Of(IoArgs.String(ctx, args[0], "while evaluating the argument passed to builtins.hasContext").HasContext);

    private static Value UnsafeDiscardOutputDependency(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var context = new StringContext.Builder();
        var text = IoArgs.Coerce(ctx, args[0], context, "while evaluating the argument passed to builtins.unsafeDiscardOutputDependency");
        var original = context.Build();
        var result = new StringContext.Builder();
        foreach (var element in original.Elements)
        {
            // A derivation with all its outputs becomes just the .drv file.
            if (element.StartsWith('=')) result.Add(element[1..]);
            else result.Add(element);
        }
        return NixString.Of(text, result.Build());
    }

    private static Value AddDrvOutputDependencies(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var context = new StringContext.Builder();
        var text = IoArgs.Coerce(ctx, args[0], context, "while evaluating the argument passed to builtins.addDrvOutputDependencies");
        var original = context.Build();
        if (original.Count != 1)
            throw new EvalError($"context of string '{text}' must have exactly one element, but has {original.Count}");
        var element = original.Elements[0];
        switch (element[0])
        {
            case '=':
                return NixString.Of(text, original); // idempotent
            case '!':
                var output = element[1..element.IndexOf('!', 1)];
                throw new EvalError($"`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as '{output}'");
            default:
                if (!StorePaths.IsDerivation(element)) throw new EvalError($"path '{element}' is not a derivation");
                return NixString.Of(text, StringContext.Of("=" + element));
        }
    }

    private static Value GetContext(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var s = IoArgs.String(ctx, args[0], "while evaluating the argument passed to builtins.getContext");
        if (!s.HasContext) return NixAttrs.Empty;
        var infos = new Dictionary<string, (bool Path, bool AllOutputs, List<string>? Outputs)>(StringComparer.Ordinal);
        // Elements are sorted, so the outputs of one derivation come in name order, as Nix lists them.
        foreach (var element in s.Context.Elements)
        {
            switch (element[0])
            {
                case '=':
                {
                    var path = element[1..];
                    infos.TryGetValue(path, out var info);
                    infos[path] = info with { AllOutputs = true };
                    break;
                }
                case '!':
                {
                    int bang = element.IndexOf('!', 1);
                    var path = element[(bang + 1)..];
                    infos.TryGetValue(path, out var info);
                    (info.Outputs ??= []).Add(element[1..bang]);
                    infos[path] = info;
                    break;
                }
                default:
                {
                    infos.TryGetValue(element, out var info);
                    infos[element] = info with { Path = true };
                    break;
                }
            }
        }
        var result = new AttrsBuilder(infos.Count);
        foreach (var (path, info) in infos)
        {
            var attrs = new AttrsBuilder(3);
            if (info.AllOutputs) attrs.Add("allOutputs", NixBool.True);
            if (info.Outputs is { } outputs)
            {
                var items = new Value[outputs.Count];
                for (int i = 0; i < items.Length; i++) items[i] = new NixString(outputs[i]);
                attrs.Add("outputs", new NixList(items));
            }
            if (info.Path) attrs.Add("path", NixBool.True);
            result.Add(path, attrs.Build());
        }
        return result.Build();
    }

    private static Value AppendContext(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var original = IoArgs.String(ctx, args[0], "while evaluating the first argument passed to builtins.appendContext");
        var additions = IoArgs.Attrs(ctx, args[1], "while evaluating the second argument passed to builtins.appendContext");
        var storeDir = ctx.Options.StoreDir;
        var context = new StringContext.Builder();
        context.Add(original.Context);
        for (int i = 0; i < additions.Count; i++)
        {
            var name = additions.NameAt(i);
            var namePos = additions.PosAt(i);
            if (!StorePaths.IsStorePath(storeDir, name))
                throw new EvalError($"context key '{name}' is not a store path", namePos);
            var info = IoArgs.Attrs(ctx, additions.ValueAt(i), "while evaluating the value of a string context", namePos);

            int index = info.IndexOf("path");
            if (index >= 0 && IoArgs.Bool(ctx, info.ValueAt(index), "while evaluating the `path` attribute of a string context", info.PosAt(index)))
                context.Add(name);

            index = info.IndexOf("allOutputs");
            if (index >= 0 && IoArgs.Bool(ctx, info.ValueAt(index), "while evaluating the `allOutputs` attribute of a string context", info.PosAt(index)))
            {
                if (!StorePaths.IsDerivation(name))
                    throw new EvalError($"tried to add all-outputs context of {name}, which is not a derivation, to a string", namePos);
                context.Add("=" + name);
            }

            index = info.IndexOf("outputs");
            if (index >= 0)
            {
                var outputsPos = info.PosAt(index);
                var outputs = IoArgs.List(ctx, info.ValueAt(index), "while evaluating the `outputs` attribute of a string context", outputsPos);
                if (outputs.Count > 0 && !StorePaths.IsDerivation(name))
                    throw new EvalError($"tried to add derivation output context of {name}, which is not a derivation, to a string", namePos);
                foreach (var item in outputs.Items)
                {
                    var output = IoArgs.StringNoContext(ctx, item, "while evaluating an output name within a string context", outputsPos);
                    context.Add("!" + output + "!" + name);
                }
            }
        }
        return NixString.Of(original.Text, context.Build());
    }
}
