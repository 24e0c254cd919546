namespace Arca.Glue.Builtins;

using Arca.Core;
using Arca.Core.Hashing;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store.Paths;
using Arca.Language.Text;

/// <summary>
/// The builtins that put files into the store or name store paths: <c>toFile</c>, <c>path</c>, <c>filterSource</c>
/// and <c>storePath</c>, with latest Nix's arguments, checks and messages.
/// </summary>
internal static class StoreBuiltins
{
    public static void Register(BuiltinTable table, StoreBridge bridge)
    {
        table.Add("toFile", 2, (ctx, args, pos) => ToFile(ctx, bridge, args, pos));
        table.Add("storePath", 1, (ctx, args, pos) => StorePathBuiltin(ctx, bridge, args, pos));
        table.Add("path", 1, (ctx, args, pos) => PathBuiltin(ctx, bridge, args, pos));
        table.Add("filterSource", 2, (ctx, args, pos) => FilterSource(ctx, bridge, args, pos));
    }

    private static Value ToFile(EvalContext ctx, StoreBridge bridge, ReadOnlySpan<Value> args, Pos pos)
    {
        string name;
        try
        {
            name = ctx.ForceStringNoContext(args[0], Pos.None);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating the first argument passed to builtins.toFile"))
        {
            throw;
        }
        NixString contents;
        try
        {
            contents = ctx.ForceString(args[1], Pos.None);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating the second argument passed to builtins.toFile"))
        {
            throw;
        }
        var references = new SortedSet<StorePath>();
        foreach (var element in contents.Context.Elements)
        {
            var parsed = bridge.ParseContextElement(element);
            if (parsed.Kind != ContextKind.Opaque)
                throw new EvalError($"files created by builtins.toFile may not reference derivations, but {name} references {element}", pos);
            references.Add(parsed.Path);
        }
        StoreBridge.CheckName(name, pos);
        StorePath path;
        try
        {
            path = bridge.AddText(name, ByteString.ToBytes(contents.Text), references);
        }
        catch (ArcaException e)
        {
            throw new EvalError(e.Message, pos);
        }
        return StorePathString(bridge, path);
    }

    private static Value StorePathBuiltin(EvalContext ctx, StoreBridge bridge, ReadOnlySpan<Value> args, Pos pos)
    {
        if (ctx.Options.PureEval) throw new EvalError("'builtins.storePath' is not allowed in pure evaluation mode", pos);
        var context = new StringContext.Builder();
        string path;
        try
        {
            path = ctx.CoerceToPath(args[0], Pos.None, context);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating the first argument passed to 'builtins.storePath'"))
        {
            throw;
        }
        var text = ByteString.ToText(path);
        // Resolve symlinks, unless the path itself is a store path (a symlink directly in the store stays as is).
        if (!bridge.Directory.TryParsePath(text, out _)) text = ResolveAll(text);
        if (!bridge.Directory.IsInStore(text)) throw new EvalError($"path '{ByteString.FromText(text)}' is not in the Nix store", pos);
        StorePath storePath;
        try
        {
            storePath = bridge.Directory.ToStorePath(text).Path;
        }
        catch (BadStorePathException e)
        {
            throw new EvalError(e.Message, pos);
        }
        if (!bridge.ReadOnly && !bridge.Store.IsValidPath(storePath))
            throw new EvalError($"path '{bridge.Directory.Print(storePath)}' does not exist and cannot be created", pos);
        context.Add(ByteString.FromText(bridge.Directory.Print(storePath)));
        return NixString.Of(ByteString.FromText(text), context.Build());
    }

    private static Value PathBuiltin(EvalContext ctx, StoreBridge bridge, ReadOnlySpan<Value> args, Pos pos)
    {
        NixAttrs attrs;
        var forced = args[0].Force(ctx);
        if (forced is not NixAttrs a)
            throw ctx.Expected("a set", forced, pos).AddTrace(pos, "while evaluating the argument passed to 'builtins.path'");
        attrs = a;
        string? path = null;
        string name = "";
        Value? filter = null;
        var method = ContentAddressMethod.NixArchive;
        Hash? expected = null;
        var context = new StringContext.Builder();
        for (int i = 0; i < attrs.Count; i++)
        {
            var attrPos = attrs.PosAt(i);
            var value = attrs.ValueAt(i);
            switch (attrs.NameAt(i))
            {
                case "path":
                    try
                    {
                        path = ctx.CoerceToPath(value, attrPos, context);
                    }
                    catch (EvalError e) when (Traces.Add(e, attrPos, "while evaluating the 'path' attribute passed to 'builtins.path'"))
                    {
                        throw;
                    }
                    break;
                case "name":
                    name = ctx.ForceStringNoContext(value, attrPos);
                    break;
                case "filter":
                    filter = ctx.ForceFunction(value, attrPos);
                    break;
                case "recursive":
                    method = ctx.ForceBool(value, attrPos) ? ContentAddressMethod.NixArchive : ContentAddressMethod.Flat;
                    break;
                case "sha256":
                    var hashText = ctx.ForceStringNoContext(value, attrPos);
                    try
                    {
                        expected = hashText.Length == 0
                            ? Hash.FromBytes(HashAlgorithm.Sha256, new byte[32])
                            : Hash.Parse(hashText, HashAlgorithm.Sha256);
                    }
                    catch (BadHashException e)
                    {
                        throw new EvalError(e.Message, attrPos);
                    }
                    break;
                default:
                    throw new EvalError($"unsupported argument '{NixStringEscaper.FormatAttributeName(attrs.NameAt(i))}' to 'builtins.path'", attrPos);
            }
        }
        if (path is null) throw new EvalError("missing required 'path' attribute in the first argument to 'builtins.path'", pos);
        if (name.Length == 0) name = StoreBridge.BaseName(path);
        return AddPath(ctx, bridge, pos, name, path, filter, method, expected);
    }

    private static Value FilterSource(EvalContext ctx, StoreBridge bridge, ReadOnlySpan<Value> args, Pos pos)
    {
        var context = new StringContext.Builder();
        string path;
        try
        {
            path = ctx.CoerceToPath(args[1], Pos.None, context);
        }
        catch (EvalError e) when (Traces.Add(e, Pos.None, "while evaluating the second argument (the path to filter) passed to 'builtins.filterSource'"))
        {
            throw;
        }
        Value filter;
        try
        {
            filter = ctx.ForceFunction(args[0], pos);
        }
        catch (EvalError e) when (Traces.Add(e, pos, "while evaluating the first argument passed to builtins.filterSource"))
        {
            throw;
        }
        return AddPath(ctx, bridge, pos, StoreBridge.BaseName(path), path, filter, ContentAddressMethod.NixArchive, null);
    }

    /// <summary>Nix's <c>addPath</c>: the (filtered) tree into the store, or the expected path if it is already valid.</summary>
    private static Value AddPath(EvalContext ctx, StoreBridge bridge, Pos pos, string name, string path, Value? filter,
        ContentAddressMethod method, Hash? expected)
    {
        try
        {
            StorePath? expectedPath = null;
            if (expected is { } hash)
            {
                StoreBridge.CheckName(name, pos);
                expectedPath = bridge.Directory.MakeFixedOutputPath(name, new ContentAddress(method, hash));
                if (bridge.ExistingStore?.IsValidPath(expectedPath.Value) == true) return StorePathString(bridge, expectedPath.Value);
            }
            Func<string, FileKind, bool>? predicate = null;
            if (filter is not null)
                predicate = (entry, kind) => CallFilter(ctx, filter, ByteString.FromText(entry), kind, pos);
            var real = ResolveAll(ByteString.ToText(path));
            var added = bridge.AddSourcePath(real, name, method, HashAlgorithm.Sha256, predicate, pos);
            if (expectedPath is { } wanted && wanted != added)
                throw new EvalError($"store path mismatch in (possibly filtered) path added from '{path}'", pos);
            return StorePathString(bridge, added);
        }
        catch (EvalError e) when (Traces.Add(e, pos, $"while adding path '{path}'"))
        {
            throw;
        }
    }

    private static bool CallFilter(EvalContext ctx, Value filter, string entry, FileKind kind, Pos pos)
    {
        var type = kind switch
        {
            FileKind.Regular => "regular",
            FileKind.Directory => "directory",
            FileKind.Symlink => "symlink",
            _ => "unknown",
        };
        var result = ctx.Call2(filter, NixString.Of(entry), NixString.Of(type), pos).Force(ctx);
        if (result is NixBool b) return b.Value;
        throw ctx.Expected("a Boolean", result, pos).AddTrace(pos, "while evaluating the return value of the path filter function");
    }

    private static NixString StorePathString(StoreBridge bridge, StorePath path)
    {
        var printed = ByteString.FromText(bridge.Directory.Print(path));
        return NixString.Of(printed, StringContext.Of(printed));
    }

    private static string ResolveAll(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var resolved = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
            return StoreBridge.ResolveAncestorSymlinks(resolved);
        }
        catch (IOException)
        {
            return path;
        }
    }
}
