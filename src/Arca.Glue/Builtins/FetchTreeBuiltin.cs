namespace Arca.Glue.Builtins;

using System.Globalization;
using Arca.Core.Hashing;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store.Paths;

/// <summary>
/// <c>builtins.fetchTree</c> (experimental, as in Nix) for the input types <c>git</c> (a local or remote repository,
/// as <c>fetchGit</c>), <c>tarball</c> (as <c>fetchTarball</c>) and <c>path</c>; with Nix's result attributes for each.
/// As a URL string only the offline forms are read (see <see cref="FromUrl"/>).
/// </summary>
internal static class FetchTreeBuiltin
{
    public static void Register(BuiltinTable table, StoreBridge bridge) =>
        table.Add("fetchTree", 1, (ctx, args, pos) => FetchTree(ctx, bridge, args[0], pos), global: true);

    private static Value FetchTree(EvalContext ctx, StoreBridge bridge, Value argument, Pos pos)
    {
        if (!ctx.Options.ExperimentalFeatures.Contains("flakes") && !ctx.Options.ExperimentalFeatures.Contains("fetch-tree"))
            throw new EvalError("experimental Nix feature 'flakes' is disabled; add '--extra-experimental-features flakes' to enable it", pos);
        var forced = argument.Force(ctx);
        NixAttrs attrs = forced switch
        {
            NixAttrs a => a,
            NixString s => FromUrl(s.Text, pos),
            _ => throw ctx.Expected("a set", forced, pos),
        };
        var type = attrs.TryGet("type", out var t) ? ctx.ForceStringNoContext(t, pos) : throw new EvalError("attribute 'type' is missing in call to 'fetchTree'", pos);
        var rest = new AttrsBuilder(attrs.Count);
        for (int i = 0; i < attrs.Count; i++)
            if (attrs.NameAt(i) != "type") rest.Add(attrs.NameAt(i), attrs.ValueAt(i), attrs.PosAt(i));
        var arguments = rest.Build();
        switch (type)
        {
            case "git":
                return FetchGitBuiltin.FetchGit(ctx, bridge, arguments, pos);
            case "tarball":
            {
                var path = (NixString)FetchBuiltins.Fetch(ctx, bridge, arguments, pos, "fetchTree", unpack: true, defaultName: "source").Force(ctx);
                var result = new AttrsBuilder(2);
                result.Add("narHash", NixString.Of(NarHash(bridge, path.Text).ToSri()));
                result.Add("outPath", path);
                return result.Build();
            }
            case "path":
            {
                var source = arguments.TryGet("path", out var p) ? ctx.ForceStringNoContext(p, pos) : throw new EvalError("attribute 'path' is missing in call to 'fetchTree'", pos);
                var real = ByteString.ToText(source);
                var stored = bridge.AddSourcePath(real, "source", ContentAddressMethod.NixArchive, HashAlgorithm.Sha256, filter: null, pos, evenReadOnly: true);
                var printed = ByteString.FromText(bridge.Directory.Print(stored));
                long modified = new DateTimeOffset(File.GetLastWriteTimeUtc(real)).ToUnixTimeSeconds();
                var result = new AttrsBuilder(4);
                result.Add("lastModified", NixInt.Of(modified));
                result.Add("lastModifiedDate", NixString.Of(DateTimeOffset.FromUnixTimeSeconds(modified).UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)));
                result.Add("narHash", NixString.Of(NarHash(bridge, printed).ToSri()));
                result.Add("outPath", NixString.Of(printed, StringContext.Of(printed)));
                return result.Build();
            }
            default:
                throw new EvalError($"cannot fetch unsupported input type '{type}' (Arca fetches git, tarball and path inputs)", pos);
        }
    }

    /// <summary>The few URL forms that name offline inputs: <c>git+file://</c>, <c>path:</c>, and tarballs by extension.</summary>
    private static NixAttrs FromUrl(string url, Pos pos)
    {
        var builder = new AttrsBuilder(2);
        if (url.StartsWith("git+file://", StringComparison.Ordinal))
        {
            builder.Add("type", NixString.Of("git"));
            builder.Add("url", NixString.Of(url["git+file://".Length..]));
        }
        else if (url.StartsWith("path:", StringComparison.Ordinal))
        {
            builder.Add("type", NixString.Of("path"));
            builder.Add("path", NixString.Of(url["path:".Length..]));
        }
        else if (url.StartsWith("file://", StringComparison.Ordinal) &&
                 (url.EndsWith(".tar", StringComparison.Ordinal) || url.Contains(".tar.", StringComparison.Ordinal) || url.EndsWith(".tgz", StringComparison.Ordinal)))
        {
            builder.Add("type", NixString.Of("tarball"));
            builder.Add("url", NixString.Of(url));
        }
        else throw new EvalError($"input '{url}' is not supported by Arca's offline fetchTree", pos);
        return builder.Build();
    }

    private static Hash NarHash(StoreBridge bridge, string printedPath)
    {
        var path = bridge.Directory.ParsePath(ByteString.ToText(printedPath));
        return bridge.ExistingStore?.QueryPathInfo(path)?.NarHash
            ?? SourceTree.ContentAddress(ByteString.ToText(printedPath), ContentAddressMethod.NixArchive, HashAlgorithm.Sha256).Hash;
    }
}
