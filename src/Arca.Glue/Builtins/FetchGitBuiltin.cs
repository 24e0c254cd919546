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
/// <c>builtins.fetchGit</c> for repositories on the local file system (through the <c>git</c> command): the tree of
/// a revision (default: <c>HEAD</c>, or the working tree's tracked files when it has uncommitted changes) added to
/// the store as <c>source</c>, with <c>rev</c>, <c>shortRev</c>, <c>revCount</c>, <c>lastModified</c>,
/// <c>lastModifiedDate</c>, <c>narHash</c> and <c>submodules</c> as Nix reports them. With <c>submodules = true</c>
/// the submodules' files are part of the tree: a revision is checked out with its submodules at their recorded
/// commits (every <c>.git</c> left out), and a dirty working tree contributes the submodules' tracked files too.
/// </summary>
internal static class FetchGitBuiltin
{
    private const string ZeroRev = "0000000000000000000000000000000000000000";

    public static void Register(BuiltinTable table, StoreBridge bridge) =>
        table.Add("fetchGit", 1, (ctx, args, pos) => FetchGit(ctx, bridge, args[0], pos), global: true);

    internal static Value FetchGit(EvalContext ctx, StoreBridge bridge, Value argument, Pos pos)
    {
        string? url = null, rev = null, gitRef = null;
        string name = "source";
        bool submodules = false;
        var forced = argument.Force(ctx);
        if (forced is NixAttrs attrs)
        {
            for (int i = 0; i < attrs.Count; i++)
            {
                var value = attrs.ValueAt(i);
                switch (attrs.NameAt(i))
                {
                    // As Nix: a path names the repository where it is; it is not copied to the store first.
                    case "url": url = ctx.CoerceToString(value, pos, EvalContext.Coercion.Strict, new StringContext.Builder()); break;
                    case "name": name = ctx.ForceStringNoContext(value, pos); break;
                    case "rev": rev = ctx.ForceStringNoContext(value, pos); break;
                    case "ref": gitRef = ctx.ForceStringNoContext(value, pos); break;
                    case "submodules": submodules = ctx.ForceBool(value, pos); break;
                    case "shallow" or "allRefs": ctx.ForceBool(value, pos); break;
                    default:
                        throw new EvalError($"unsupported argument '{attrs.NameAt(i)}' to 'fetchGit'", pos);
                }
            }
            if (url is null) throw new EvalError("'url' argument required", pos);
        }
        else url = ctx.CoerceToString(forced, pos, EvalContext.Coercion.Strict, new StringContext.Builder());

        var repo = ByteString.ToText(url.StartsWith("file://", StringComparison.Ordinal) ? url["file://".Length..] : url);
        if (!Path.IsPathRooted(repo) || !Directory.Exists(repo))
            throw new EvalError($"fetchGit: '{url}' is not a local repository; Arca's fetchers are offline", pos);
        if (ctx.Options.PureEval && rev is null)
            throw new EvalError("in pure evaluation mode, 'fetchGit' requires a locked input", pos);

        bool useWorkingTree = rev is null && gitRef is null && GitCommand.Run(repo, pos, "status", "--porcelain", "--untracked-files=no").Length > 0;
        string temp = Path.Combine(Path.GetTempPath(), $"arca-git-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            long lastModified;
            long revCount;
            if (useWorkingTree)
            {
                ctx.Diagnostics.WriteLine($"warning: Git tree '{url}' is dirty");
                string[] listing = submodules ? ["ls-files", "-z", "--recurse-submodules"] : ["ls-files", "-z"];
                foreach (var file in GitCommand.Run(repo, pos, listing).Split('\0', StringSplitOptions.RemoveEmptyEntries))
                    CopyTracked(repo, file, temp);
                rev = ZeroRev;
                revCount = 0;
                lastModified = long.Parse(GitCommand.Run(repo, pos, "log", "-1", "--format=%ct", "HEAD").Trim(), CultureInfo.InvariantCulture);
            }
            else
            {
                rev ??= GitCommand.Run(repo, pos, "rev-parse", (gitRef ?? "HEAD") + "^{commit}").Trim();
                if (submodules) CheckOutWithSubmodules(repo, rev, temp, pos);
                else GitCommand.Checked("sh", ["-c", "git -C \"$1\" archive --format=tar \"$2\" | tar -xf - -C \"$3\"", "sh", repo, rev, temp], pos);
                revCount = long.Parse(GitCommand.Run(repo, pos, "rev-list", "--count", rev).Trim(), CultureInfo.InvariantCulture);
                lastModified = long.Parse(GitCommand.Run(repo, pos, "log", "-1", "--format=%ct", rev).Trim(), CultureInfo.InvariantCulture);
            }

            var path = bridge.AddSourcePath(temp, name, ContentAddressMethod.NixArchive, HashAlgorithm.Sha256, filter: null, pos, evenReadOnly: true);
            var narHash = SourceTree.ContentAddress(temp, ContentAddressMethod.NixArchive, HashAlgorithm.Sha256).Hash;
            var printed = ByteString.FromText(bridge.Directory.Print(path));
            var result = new AttrsBuilder(8);
            result.Add("lastModified", NixInt.Of(lastModified));
            result.Add("lastModifiedDate", NixString.Of(DateTimeOffset.FromUnixTimeSeconds(lastModified).UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)));
            result.Add("narHash", NixString.Of(narHash.ToSri()));
            result.Add("outPath", new NixString(printed, StringContext.Of(printed)));
            result.Add("rev", NixString.Of(rev));
            result.Add("revCount", NixInt.Of(revCount));
            result.Add("shortRev", NixString.Of(rev[..7]));
            result.Add("submodules", NixBool.Of(submodules));
            return result.Build();
        }
        finally
        {
            SourceTree.Delete(temp);
        }
    }

    /// <summary>
    /// A tracked entry <paramref name="file"/> of the working tree <paramref name="repo"/> copied into
    /// <paramref name="target"/>. Nix filters the tree on disk: a directory stays when a listed path lies under it, a
    /// listed path that is gone leaves nothing of its own, and a submodule not recursed into (listed as its directory,
    /// with nothing listed under it) is left out.
    /// </summary>
    private static void CopyTracked(string repo, string file, string target)
    {
        var source = Path.Combine(repo, file);
        var info = new FileInfo(source);
        if (info.LinkTarget is null && !info.Exists)
        {
            for (var dir = Path.GetDirectoryName(file); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
                if (Directory.Exists(Path.Combine(repo, dir)))
                {
                    Directory.CreateDirectory(Path.Combine(target, dir));
                    break;
                }
            return;
        }
        var destination = Path.Combine(target, file);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (info.LinkTarget is { } link) File.CreateSymbolicLink(destination, link);
        else File.Copy(source, destination);
    }

    /// <summary>
    /// Nix's way to a revision with its submodules: a fresh repository fetching every ref of <paramref name="repo"/>,
    /// the revision checked out, and <c>git submodule update --init --recursive</c> with <c>origin</c> pointing at
    /// <paramref name="repo"/>, so relative submodule URLs resolve against it (local submodules need git's file
    /// protocol, which git refuses for submodules unless allowed). Then every <c>.git</c> goes.
    /// </summary>
    private static void CheckOutWithSubmodules(string repo, string rev, string temp, Pos pos)
    {
        GitCommand.Run(temp, pos, "init", "-q");
        GitCommand.Run(temp, pos, "remote", "add", "origin", repo);
        GitCommand.Run(temp, pos, "fetch", "--quiet", "--force", "--update-head-ok", "--", repo, "refs/*:refs/*");
        GitCommand.Run(temp, pos, "checkout", "--quiet", rev);
        GitCommand.Run(temp, pos, "-c", "protocol.file.allow=always", "submodule", "--quiet", "update", "--init", "--recursive");
        DeleteGitEntries(temp);
    }

    private static void DeleteGitEntries(string directory)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry.Name == ".git")
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null) SourceTree.Delete(entry.FullName);
                else entry.Delete();
            }
            else if (entry is DirectoryInfo && entry.LinkTarget is null) DeleteGitEntries(entry.FullName);
        }
    }
}
