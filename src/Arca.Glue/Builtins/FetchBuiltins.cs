namespace Arca.Glue.Builtins;

using System.Diagnostics;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store.Paths;

/// <summary>
/// <c>fetchurl</c> and <c>fetchTarball</c> for <c>file://</c>, <c>http://</c> and <c>https://</c> URLs
/// (<see cref="UrlDownload"/>). Arguments, names, the pinned-hash shortcut (no download when the pinned path is
/// already valid) and errors follow latest Nix; the tarball itself is not kept in the store (as in latest Nix, unlike
/// 2.8), only its unpacked tree.
/// </summary>
internal static class FetchBuiltins
{
    public static void Register(BuiltinTable table, StoreBridge bridge)
    {
        table.Add("fetchurl", 1, (ctx, args, pos) => Fetch(ctx, bridge, args[0], pos, "fetchurl", unpack: false, defaultName: ""));
        table.Add("fetchTarball", 1, (ctx, args, pos) => Fetch(ctx, bridge, args[0], pos, "fetchTarball", unpack: true, defaultName: "source"), global: true);
    }

    internal static Value Fetch(EvalContext ctx, StoreBridge bridge, Value argument, Pos pos, string who, bool unpack, string defaultName)
    {
        string? url = null;
        Hash? expected = null;
        string name = defaultName;
        bool nameGiven = false;
        var forced = argument.Force(ctx);
        bool isAttrs = forced is NixAttrs;
        if (forced is NixAttrs attrs)
        {
            for (int i = 0; i < attrs.Count; i++)
            {
                var value = attrs.ValueAt(i);
                var attrPos = attrs.PosAt(i);
                switch (attrs.NameAt(i))
                {
                    case "url":
                        url = StringNoContext(ctx, value, attrPos, "while evaluating the url we should fetch");
                        break;
                    case "sha256":
                        var text = StringNoContext(ctx, value, attrPos, "while evaluating the sha256 of the content we should fetch");
                        try
                        {
                            expected = text.Length == 0 ? Hash.FromBytes(HashAlgorithm.Sha256, new byte[32]) : Hash.Parse(text, HashAlgorithm.Sha256);
                        }
                        catch (BadHashException e)
                        {
                            throw new EvalError(e.Message, attrPos);
                        }
                        break;
                    case "name":
                        nameGiven = true;
                        name = StringNoContext(ctx, value, attrPos, "while evaluating the name of the content we should fetch");
                        break;
                    default:
                        throw new EvalError($"unsupported argument '{attrs.NameAt(i)}' to '{who}'");
                }
            }
            if (url is null) throw new EvalError("'url' argument required");
        }
        else url = StringNoContext(ctx, forced, Pos.None, "while evaluating the url we should fetch");

        if (name.Length == 0) name = BaseNameOf(url);
        try
        {
            StorePath.CheckName(name);
        }
        catch (BadStorePathException e)
        {
            var resolution = nameGiven
                ? $"Please change the value for the 'name' attribute passed to '{who}', so that it can create a valid store path."
                : isAttrs
                    ? $"Please add a valid 'name' attribute to the argument for '{who}', so that it can create a valid store path."
                    : $"Please pass an attribute set with 'url' and 'name' attributes to '{who}',  so that it can create a valid store path.";
            throw new EvalError($"invalid store path name when fetching URL '{url}': {e.Message}. {resolution}");
        }
        if (ctx.Options.PureEval && expected is null)
            throw new EvalError($"in pure evaluation mode, '{who}' requires a 'sha256' argument");

        var method = unpack ? ContentAddressMethod.NixArchive : ContentAddressMethod.Flat;
        if (expected is { } pinned)
        {
            var pinnedPath = bridge.Directory.MakeFixedOutputPath(name, new ContentAddress(method, pinned));
            if (bridge.ExistingStore?.IsValidPath(pinnedPath) == true) return StorePathString(bridge, pinnedPath);
        }

        using var download = UrlDownload.Fetch(url);
        var local = download.LocalPath;
        StorePath path;
        if (!unpack)
        {
            path = bridge.AddSourcePath(local, name, ContentAddressMethod.Flat, HashAlgorithm.Sha256, filter: null, pos, evenReadOnly: true);
            if (expected is { } hash && path != bridge.Directory.MakeFixedOutputPath(name, new ContentAddress(method, hash)))
            {
                var got = SourceTreeHash(local, ContentAddressMethod.Flat);
                throw new EvalError(
                    $"hash mismatch in file downloaded from '{url}':\n  specified: {hash}\n  got:       {got}");
            }
        }
        else
        {
            var unpacked = Unpack(local, url);
            try
            {
                var root = SingleTopLevelDirectory(unpacked) ?? unpacked;
                path = bridge.AddSourcePath(root, name, ContentAddressMethod.NixArchive, HashAlgorithm.Sha256, filter: null, pos, evenReadOnly: true);
                if (expected is { } hash && path != bridge.Directory.MakeFixedOutputPath(name, new ContentAddress(method, hash)))
                    throw new EvalError(
                        $"NAR hash mismatch in input '{url}', expected '{hash.ToSri()}' but got '{SourceTreeHash(root, ContentAddressMethod.NixArchive).ToSri()}'");
            }
            finally
            {
                SourceTree.Delete(unpacked);
            }
        }
        return StorePathString(bridge, path);
    }

    private static Hash SourceTreeHash(string path, ContentAddressMethod method) =>
        SourceTree.ContentAddress(path, method, HashAlgorithm.Sha256).Hash;

    private static string StringNoContext(EvalContext ctx, Value value, Pos pos, string errorContext)
    {
        try
        {
            return ctx.ForceStringNoContext(value, pos);
        }
        catch (EvalError e) when (Traces.Add(e, pos, errorContext))
        {
            throw;
        }
    }

    /// <summary>Nix's <c>baseNameOf</c>: the last component, ignoring one trailing slash.</summary>
    private static string BaseNameOf(string url)
    {
        var trimmed = url.EndsWith('/') ? url[..^1] : url;
        int slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    /// <summary>Unpacks any archive GNU tar understands (gzip, xz, bzip2, zstd, plain) into a temporary directory.</summary>
    private static string Unpack(string archive, string url)
    {
        var target = SourceTree.TempPath("unpack");
        Directory.CreateDirectory(target);
        var psi = new ProcessStartInfo("tar") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-xf", archive, "-C", target, "--no-same-owner", "--no-same-permissions" }) psi.ArgumentList.Add(a);
        using var tar = Process.Start(psi) ?? throw new ArcaException("cannot run tar");
        var error = tar.StandardError.ReadToEnd();
        tar.WaitForExit();
        if (tar.ExitCode != 0)
        {
            SourceTree.Delete(target);
            throw new EvalError($"failed to unpack the archive downloaded from '{url}': {error.Trim()}");
        }
        return target;
    }

    /// <summary>Tarballs usually hold one top-level directory; the tree is what it contains.</summary>
    private static string? SingleTopLevelDirectory(string directory)
    {
        var entries = Directory.GetFileSystemEntries(directory);
        if (entries.Length != 1) return null;
        var info = new DirectoryInfo(entries[0]);
        return info.Exists && info.LinkTarget is null ? info.FullName : null;
    }

    private static NixString StorePathString(StoreBridge bridge, StorePath path)
    {
        var printed = ByteString.FromText(bridge.Directory.Print(path));
        return NixString.Of(printed, StringContext.Of(printed));
    }
}
