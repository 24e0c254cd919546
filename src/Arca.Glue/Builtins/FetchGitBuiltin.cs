namespace Arca.Glue.Builtins;

using System.Globalization;
using System.Text.RegularExpressions;
using Arca.Core.Hashing;
using Arca.Language.Builtins;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store.Paths;

/// <summary>
/// <c>builtins.fetchGit</c> through the <c>git</c> command. A working tree on this machine is read in place: the tree of
/// a revision (default: <c>HEAD</c>, or the working tree's tracked files when it has uncommitted changes). Any other
/// repository — <c>https://</c>, <c>ssh://</c>, <c>git+…://</c>, scp-like addresses, a bare repository on disk — is
/// fetched into Arca's cache of remote repositories (<see cref="GitCache"/>) and read from there. Either way the tree
/// is added to the store as <c>source</c> (or <c>name</c>), with <c>rev</c>, <c>shortRev</c>, <c>revCount</c>
/// (0 when <c>shallow</c>), <c>lastModified</c>, <c>lastModifiedDate</c>, <c>narHash</c> and <c>submodules</c> as Nix
/// reports them. With <c>submodules = true</c> the submodules' files are part of the tree: a revision is checked out
/// with its submodules at their recorded commits (every <c>.git</c> left out), and a dirty working tree contributes
/// the submodules' tracked files too.
/// </summary>
internal static partial class FetchGitBuiltin
{
    private const string ZeroRev = "0000000000000000000000000000000000000000";

    /// <summary>Nix 2.8's <c>badGitRefRegex</c> (git's own rules for ref names), plus a leading dash, which git would read as an option.</summary>
    [GeneratedRegex(@"//|^[./-]|/\.|\.\.|[\x00-\x20\x7f:?^~\[]|\\|\*|\.lock$|\.lock/|@\{|[/.]$|^@$|^$", RegexOptions.CultureInvariant)]
    private static partial Regex BadRef();

    public static void Register(BuiltinTable table, StoreBridge bridge) =>
        table.Add("fetchGit", 1, (ctx, args, pos) => FetchGit(ctx, bridge, args[0], pos), global: true);

    internal static Value FetchGit(EvalContext ctx, StoreBridge bridge, Value argument, Pos pos)
    {
        string? url = null, rev = null, gitRef = null;
        string name = "source";
        bool submodules = false, shallow = false, allRefs = false;
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
                    case "shallow": shallow = ctx.ForceBool(value, pos); break;
                    case "allRefs": allRefs = ctx.ForceBool(value, pos); break;
                    default:
                        throw new EvalError($"unsupported argument '{attrs.NameAt(i)}' to 'fetchGit'", pos);
                }
            }
            if (url is null) throw new EvalError("'url' argument required", pos);
        }
        else url = ctx.CoerceToString(forced, pos, EvalContext.Coercion.Strict, new StringContext.Builder());

        if (rev is not null) rev = ParseRev(rev, pos);
        if (gitRef is not null && BadRef().IsMatch(gitRef)) throw new EvalError($"invalid Git branch/tag name '{gitRef}'", pos);
        var location = GitUrl.Resolve(ByteString.ToText(url), pos);
        if (ctx.Options.PureEval && rev is null)
            throw new EvalError("in pure evaluation mode, 'fetchGit' requires a locked input", pos);

        bool useWorkingTree = location.WorkTree is { } tree && rev is null && gitRef is null
            && GitCommand.Run(tree, pos, "status", "--porcelain", "--untracked-files=no").Length > 0;
        string temp = SourceTree.TempPath("git");
        Directory.CreateDirectory(temp);
        try
        {
            long lastModified;
            long revCount;
            if (useWorkingTree)
            {
                var repo = location.WorkTree!;
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
                // Where the revision's objects are: the working tree's own repository, or the cache of a remote one.
                string repo;
                if (location.WorkTree is { } workTree)
                {
                    repo = workTree;
                    if (rev is null) rev = GitCommand.Run(repo, pos, "rev-parse", (gitRef ?? "HEAD") + "^{commit}").Trim();
                    else if (!GitCommand.Try(repo, pos, "cat-file", "-e", rev + "^{commit}").Succeeded)
                        throw GitCache.RevisionNotFound(rev, gitRef, ByteString.ToText(url), pos);
                }
                else (repo, rev) = GitCache.Fetch(ctx, location.Url, gitRef, rev, shallow, allRefs, pos);

                // Submodule URLs relative to the superproject resolve against where it came from: the working tree,
                // or the remote's URL (not the cache).
                if (submodules) CheckOutWithSubmodules(repo, location.WorkTree ?? location.Url, rev, temp, pos);
                else GitCommand.Checked("sh", ["-c", "git -C \"$1\" archive --format=tar \"$2\" | tar -xf - -C \"$3\"", "sh", repo, rev, temp], pos);
                // As Nix: a shallow fetch has no history to count, and fetchGit reports 0.
                revCount = shallow ? 0 : long.Parse(GitCommand.Run(repo, pos, "rev-list", "--count", rev).Trim(), CultureInfo.InvariantCulture);
                lastModified = long.Parse(GitCommand.Run(repo, pos, "log", "-1", "--format=%ct", "--no-show-signature", rev).Trim(), CultureInfo.InvariantCulture);
            }

            var path = bridge.AddSourcePath(temp, name, ContentAddressMethod.NixArchive, HashAlgorithm.Sha256, filter: null, pos, evenReadOnly: true);
            var narHash = SourceTree.ContentAddress(temp, ContentAddressMethod.NixArchive, HashAlgorithm.Sha256).Hash;
            var printed = ByteString.FromText(bridge.Directory.Print(path));
            var result = new AttrsBuilder(8);
            result.Add("lastModified", NixInt.Of(lastModified));
            result.Add("lastModifiedDate", NixString.Of(DateTimeOffset.FromUnixTimeSeconds(lastModified).UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)));
            result.Add("narHash", NixString.Of(narHash.ToSri()));
            result.Add("outPath", NixString.Of(printed, StringContext.Of(printed)));
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

    /// <summary>A commit hash as Nix reads it (<c>parseAny</c> as SHA-1): any spelling of a full hash, never an abbreviation.</summary>
    private static string ParseRev(string rev, Pos pos)
    {
        try
        {
            return Hash.Parse(rev, HashAlgorithm.Sha1).ToBase16();
        }
        catch (BadHashException e)
        {
            throw new EvalError(e.Message, pos);
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
    /// Nix's way to a revision with its submodules: a fresh repository fetching the revision from
    /// <paramref name="repo"/> (a working tree's repository or the cache), the revision checked out, and
    /// <c>git submodule update --init --recursive</c> with <c>origin</c> pointing at <paramref name="origin"/>, so
    /// relative submodule URLs resolve against where the superproject came from (local submodules need git's file
    /// protocol, which git refuses for submodules unless allowed). Then every <c>.git</c> goes.
    /// </summary>
    private static void CheckOutWithSubmodules(string repo, string origin, string rev, string temp, Pos pos)
    {
        GitCommand.Run(temp, pos, "init", "-q");
        GitCommand.Run(temp, pos, "remote", "add", "origin", origin);
        // The revision itself, not every ref: a revision fetched alone into the cache is under no ref there.
        GitCommand.Run(temp, pos, "fetch", "--quiet", "--force", "--", repo, rev);
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
