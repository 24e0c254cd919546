namespace Arca.Language.Builtins;

using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>
/// Reading the file system: <c>readFile</c>, <c>readDir</c>, <c>readFileType</c>, <c>pathExists</c>, <c>toPath</c>.
/// All access goes through <see cref="EvalContext.IO"/>; paths are byte strings; errors use Nix's wording.
/// </summary>
public static class FileBuiltins
{
    // Shared results: readDir of a large tree returns one of these four strings for every entry.
    private static readonly NixString Regular = new("regular");
    private static readonly NixString Directory = new("directory");
    private static readonly NixString Symlink = new("symlink");
    private static readonly NixString Unknown = new("unknown");

    public static void Register(BuiltinTable table)
    {
        table.Add("readFile", 1, ReadFile);
        table.Add("readDir", 1, ReadDir);
        table.Add("readFileType", 1, ReadFileType);
        table.Add("pathExists", 1, PathExists);
        table.Add("toPath", 1, ToPath);
    }

    private static Value ReadFile(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var path = IoArgs.RealisePath(ctx, args[0]);
        var bytes = ReadRegularFile(ctx, path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new EvalError($"the contents of the file '{path}' cannot be represented as a Nix string");
        var text = ByteString.FromBytes(bytes);
        return NixString.Of(text, ReferencesIn(ctx, path, text));
    }

    /// <summary>
    /// The bytes of a regular file, following symlinks; shared with <c>hashFile</c>. Fails with Nix's messages for a
    /// missing path or one that is not a regular file.
    /// </summary>
    internal static byte[] ReadRegularFile(EvalContext ctx, string path)
    {
        try
        {
            var resolved = ctx.IO.ResolveSymlinks(path);
            switch (ctx.IO.GetKind(resolved))
            {
                case null: throw new EvalError($"path '{resolved}' does not exist");
                case FileKind.Directory: throw new EvalError($"file '{resolved}' is not a regular file");
            }
            return ctx.IO.ReadFile(resolved);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalError($"reading file '{path}': {e.Message}");
        }
    }

    /// <summary>
    /// A file inside the store depends on what its store path references — but only on the references whose hash
    /// occurs in the contents, as Nix rescans them. Needs the store bridge; without one there is no context.
    /// </summary>
    private static StringContext ReferencesIn(EvalContext ctx, string path, string contents)
    {
        if (ctx.Store is not { } store) return StringContext.Empty;
        var storePath = StorePaths.ContainingStorePath(ctx.Options.StoreDir, path);
        if (storePath is null) return StringContext.Empty;
        List<string>? found = null;
        foreach (var reference in store.QueryReferences(storePath))
        {
            var hash = StorePaths.HashPart(ctx.Options.StoreDir, reference);
            if (hash is not null && contents.Contains(hash, StringComparison.Ordinal)) (found ??= []).Add(reference);
        }
        return found is null ? StringContext.Empty : StringContext.Of(found);
    }

    private static Value ReadDir(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var path = IoArgs.RealisePath(ctx, args[0]);
        IReadOnlyList<(string Name, FileKind Kind)> entries;
        try
        {
            var resolved = ctx.IO.ResolveSymlinks(path);
            var kind = ctx.IO.GetKind(resolved);
            if (kind is null) throw new EvalError($"path '{resolved}' does not exist");
            if (kind != FileKind.Directory) throw new EvalError($"'{resolved}' is not a directory");
            entries = ctx.IO.ReadDirectory(resolved);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalError($"reading directory '{path}': {e.Message}");
        }
        var attrs = new AttrsBuilder(entries.Count);
        foreach (var (name, kind) in entries) attrs.Add(name, TypeName(kind));
        return attrs.Build();
    }

    private static Value ReadFileType(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var path = IoArgs.RealisePath(ctx, args[0]);
        FileKind? kind;
        try
        {
            kind = ctx.IO.GetKind(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalError($"getting status of '{path}': {e.Message}");
        }
        return kind is { } k ? TypeName(k) : throw new EvalError($"path '{path}' does not exist");
    }

    private static NixString TypeName(FileKind kind) => kind switch
    {
        FileKind.Regular => Regular,
        FileKind.Directory => Directory,
        FileKind.Symlink => Symlink,
        _ => Unknown,
    };

    private static Value PathExists(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        // A string ending in "/" or "/." asks for a directory: canonicalisation would lose that, so look first.
        var arg = args[0].Force(ctx);
        bool mustBeDirectory = arg is NixString s
            && (s.Text.EndsWith('/') || s.Text.EndsWith("/.", StringComparison.Ordinal));
        var path = IoArgs.RealisePath(ctx, arg);
        try
        {
            if (mustBeDirectory) return NixBool.Of(ctx.IO.GetKind(ctx.IO.ResolveSymlinks(path)) == FileKind.Directory);
            // Without the slash the final component is not followed: a dangling symlink exists.
            return NixBool.Of(ctx.IO.GetKind(path) is not null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NixBool.False;
        }
    }

    private static Value ToPath(EvalContext ctx, ReadOnlySpan<Value> args, Pos pos)
    {
        var context = new StringContext.Builder();
        var path = IoArgs.Path(ctx, args[0], context, "while evaluating the first argument passed to builtins.toPath");
        return NixString.Of(path, context.Build());
    }
}
