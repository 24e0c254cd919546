namespace Arca.Glue.Builtins;

using Arca.Core.Hashing;
using Arca.Language.Errors;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Store.Local;

/// <summary>
/// Latest Nix's cache of remote Git repositories: one bare repository per URL, named by the URL's SHA-256 (nix-base32,
/// with <c>-shallow</c> for shallow fetches) under <c>gitv3</c> in Arca's own cache directory
/// (<c>$XDG_CACHE_HOME/arca</c>, else <c>~/.cache/arca</c>) — never Nix's, whose repositories its fetcher cache
/// describes. Each fetch updates only what it needs: a revision already in the cache needs nothing from the remote; a
/// ref is fetched again once its local copy is older than Nix's <c>tarball-ttl</c>.
/// </summary>
internal static class GitCache
{
    /// <summary>Nix's default <c>tarball-ttl</c> (one hour); Arca does not read the setting yet.</summary>
    private static readonly TimeSpan TarballTtl = TimeSpan.FromSeconds(3600);

    /// <summary>
    /// The branch a new cache repository's HEAD names: one no remote has, so HEAD never passes for a remote's default
    /// branch before one was learned (Nix 2.8 uses <c>__nix_dummy_branch</c> for the same purpose).
    /// </summary>
    private const string InitialBranch = "__arca_dummy_branch";

    /// <summary>
    /// Makes <paramref name="rev"/> (or, without it, the tip of <paramref name="gitRef"/>, by default the remote's
    /// HEAD) present in the cache repository of <paramref name="url"/>, fetching when needed.
    /// </summary>
    /// <returns>The cache repository and the revision to use.</returns>
    public static (string Repository, string Rev) Fetch(EvalContext ctx, string url, string? gitRef, string? rev, bool shallow, bool allRefs, Pos pos)
    {
        var repo = RepositoryPath(url, shallow);
        Directory.CreateDirectory(Path.GetDirectoryName(repo)!);
        // Nix's lock (the same file, REPO.lock): two evaluations never fetch into one repository at once.
        using var repoLock = PathLock.Acquire(repo);
        if (!File.Exists(Path.Combine(repo, "HEAD")))
        {
            var init = GitCommand.TryAnywhere(pos, "-c", "init.defaultBranch=" + InitialBranch, "init", "--quiet", "--bare", repo);
            if (!init.Succeeded) throw new EvalError($"fetchGit: cannot create the Git cache '{repo}': {init.Stderr.Trim()}", pos);
        }

        if (rev is not null)
        {
            // A pinned revision: the remote is asked only when the cache lacks it, and then for that revision alone
            // (latest Nix; 2.8 fetched the ref and looked for the revision in it), or for every ref with allRefs.
            if (HasObject(repo, rev, pos)) return (repo, rev);
            var fetched = FetchFromRemote(repo, url, allRefs ? "refs/*:refs/*" : rev, shallow, pos);
            if (!fetched.Succeeded) throw FetchFailed(ctx, url, fetched, pos);
            if (!HasObject(repo, rev, pos)) throw RevisionNotFound(rev, gitRef, url, pos);
            return (repo, rev);
        }

        var wanted = gitRef ?? DefaultRef(ctx, repo, url, pos);
        // Where the ref lands in the cache: "main" as refs/heads/main, "refs/…" as itself (so does "HEAD", as in Nix).
        var local = wanted.StartsWith("refs/", StringComparison.Ordinal) ? wanted : "refs/heads/" + wanted;
        var localFile = Path.Combine(repo, local);
        var now = DateTime.UtcNow;
        if (allRefs || !File.Exists(localFile) || File.GetLastWriteTimeUtc(localFile) + TarballTtl <= now)
        {
            var source = wanted.StartsWith("refs/", StringComparison.Ordinal) || wanted == "HEAD" ? wanted : "refs/heads/" + wanted;
            var fetched = FetchFromRemote(repo, url, allRefs ? "refs/*:refs/*" : $"{source}:{local}", shallow, pos);
            if (!fetched.Succeeded)
            {
                if (!File.Exists(localFile)) throw FetchFailed(ctx, url, fetched, pos);
                // As Nix: an unreachable remote leaves the last copy usable.
                ctx.Diagnostics.Write(fetched.Stderr);
                ctx.Diagnostics.WriteLine($"warning: could not update local clone of Git repository '{url}'; continuing with the most recent version");
            }
            else if (File.Exists(localFile)) File.SetLastWriteTimeUtc(localFile, now);   // the ref's age counts from this fetch
            // Remember the remote's default branch (and when it was learned) in the cache's own HEAD.
            if (gitRef is null && fetched.Succeeded) GitCommand.Try(repo, pos, "symbolic-ref", "HEAD", local);
        }

        var resolved = GitCommand.Try(repo, pos, "rev-parse", "--verify", "--quiet", local + "^{commit}");
        if (!resolved.Succeeded)
            throw new EvalError($"resolving Git reference '{wanted}': no such reference in repository '{url}'", pos);
        return (repo, resolved.Stdout.Trim());
    }

    /// <summary>
    /// <c>$XDG_CACHE_HOME/arca/gitv3/HASH</c> (else under <c>~/.cache</c>), HASH being the nix-base32 SHA-256 of the
    /// URL, as Nix names its own <c>gitv3</c> repositories.
    /// </summary>
    internal static string RepositoryPath(string url, bool shallow)
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cache = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? Path.Combine(xdg, "arca")
            : Path.Combine(Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "arca");
        var name = Hash.Compute(HashAlgorithm.Sha256, url).ToNixBase32() + (shallow ? "-shallow" : "");
        return Path.Combine(cache, "gitv3", name);
    }

    /// <summary>
    /// The remote's default branch (its HEAD, e.g. <c>refs/heads/main</c>), as latest Nix finds it: the cache's own HEAD
    /// while it was set within <c>tarball-ttl</c>, else <c>git ls-remote --symref</c>, else the cache's expired answer,
    /// else <c>master</c> with a warning. (Nix 2.8 always used <c>master</c>.)
    /// </summary>
    private static string DefaultRef(EvalContext ctx, string repo, string url, Pos pos)
    {
        string? cached = null;
        var head = GitCommand.Try(repo, pos, "symbolic-ref", "--quiet", "HEAD");
        if (head.Succeeded && head.Stdout.Trim() is var target && target != "refs/heads/" + InitialBranch
            && GitCommand.Try(repo, pos, "rev-parse", "--verify", "--quiet", target).Succeeded)
        {
            cached = target;
            if (File.GetLastWriteTimeUtc(Path.Combine(repo, "HEAD")) + TarballTtl > DateTime.UtcNow) return cached;
        }

        var remote = GitCommand.TryAnywhere(pos, "ls-remote", "--symref", "--", url, "HEAD");
        if (remote.Succeeded)
        {
            // The first line of a symbolic HEAD: "ref: refs/heads/main<TAB>HEAD".
            var line = remote.Stdout.Split('\n')[0];
            int tab = line.IndexOf('\t');
            if (line.StartsWith("ref: ", StringComparison.Ordinal) && tab > 0 && line[(tab + 1)..] == "HEAD")
                return line["ref: ".Length..tab];
        }
        if (cached is not null)
        {
            ctx.Diagnostics.WriteLine($"warning: could not get HEAD ref for repository '{url}'; using expired cached ref '{cached}'");
            return cached;
        }
        ctx.Diagnostics.WriteLine($"warning: could not read HEAD ref from repo at '{url}', using 'master'");
        return "master";
    }

    /// <summary>Nix's error for a revision the repository does not have (the ref defaults to HEAD in the message).</summary>
    internal static EvalError RevisionNotFound(string rev, string? gitRef, string url, Pos pos) =>
        new($"Cannot find Git revision '{rev}' in ref '{gitRef ?? "HEAD"}' of repository '{url}'! "
            + "Please make sure that the rev exists on the ref you've specified or add allRefs = true; to fetchGit.", pos);

    private static bool HasObject(string repo, string rev, Pos pos) => GitCommand.Try(repo, pos, "cat-file", "-e", rev).Succeeded;

    /// <summary>
    /// <c>git fetch</c> of one refspec into the cache, as latest Nix runs it (<c>--depth 1</c> when shallow). A
    /// <c>shallow.lock</c> left by an interrupted fetch would stop every later one; the repository lock makes removing
    /// it safe.
    /// </summary>
    private static GitCommand.Outcome FetchFromRemote(string repo, string url, string refspec, bool shallow, Pos pos)
    {
        File.Delete(Path.Combine(repo, "shallow.lock"));
        string[] depth = shallow ? ["--depth", "1"] : [];
        return GitCommand.Try(repo, pos, ["fetch", "--quiet", "--force", .. depth, "--", url, refspec]);
    }

    /// <summary>Git's own account of the failure (Nix lets git write it to the terminal), then Nix's error.</summary>
    private static EvalError FetchFailed(EvalContext ctx, string url, GitCommand.Outcome fetched, Pos pos)
    {
        ctx.Diagnostics.Write(fetched.Stderr);
        return new EvalError($"Failed to fetch git repository '{url}'", pos);
    }
}
