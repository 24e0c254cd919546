namespace Arca.Build.Sandbox;

using Arca.Build.Settings;
using Arca.Core;

/// <summary>
/// Runs a builder inside bubblewrap, reproducing Nix's Linux sandbox: new user (uid 1000 "nixbld", gid 100),
/// mount, PID, IPC, UTS (hostname <c>localhost</c>) and — unless the derivation is fixed-output — network
/// namespaces; a root holding only a minimal <c>/dev</c>, <c>/proc</c>, a writable <c>/tmp</c>, Nix's
/// <c>/etc/passwd</c>, <c>/etc/group</c> and <c>/etc/hosts</c>, the build directory at <c>sandbox-build-dir</c>,
/// the input closure read-only, and <c>sandbox-paths</c>.
/// <para>
/// The store directory inside is a fresh scratch directory next to the real store (so finished outputs move
/// into place with a rename, on the same file system), as Nix's <c>&lt;drv&gt;.chroot</c> is.
/// </para>
/// </summary>
public sealed class SandboxedRunner(BuildSettings settings) : IBuilderRunner
{
    /// <summary>The descriptor number at which bubblewrap finds the seccomp program.</summary>
    private const int SeccompDescriptor = 3;

    public string BuildDirectoryInside(string hostBuildDirectory) => settings.SandboxBuildDir;

    /// <summary>Fails with the remedy when bubblewrap is not there.</summary>
    public static void EnsureAvailable(BuildSettings settings)
    {
        if (!File.Exists(settings.BwrapPath))
            throw new ArcaException(
                $"sandboxing is enabled ('sandbox = true') but bubblewrap is not installed at '{settings.BwrapPath}'; " +
                "install it with 'apt-get install bubblewrap', or set 'sandbox = false' in nix.conf to build without a sandbox");
    }

    public BuilderOutcome Run(BuilderInvocation invocation, IBuildOutputSink output, CancellationToken cancel)
    {
        EnsureAvailable(settings);
        var chroot = invocation.ChrootDirectory
            ?? Path.Combine(invocation.StoreDir, ".arca-chroot-" + Path.GetFileName(invocation.BuildDirectory.TrimEnd('/')));
        DeleteIfPresent(chroot);
        Directory.CreateDirectory(chroot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var scratchStore = Path.Combine(chroot, "store");
            Directory.CreateDirectory(scratchStore);
            File.SetUnixFileMode(scratchStore, (UnixFileMode)Convert.ToInt32("1775", 8));
            var tmp = Path.Combine(chroot, "tmp");
            Directory.CreateDirectory(tmp);
            File.SetUnixFileMode(tmp, (UnixFileMode)Convert.ToInt32("1777", 8));
            var etc = Path.Combine(chroot, "etc");
            Directory.CreateDirectory(etc);
            File.WriteAllText(Path.Combine(etc, "passwd"), SandboxEtcFiles.Passwd(settings.SandboxBuildDir));
            File.WriteAllText(Path.Combine(etc, "group"), SandboxEtcFiles.Group());
            if (!invocation.AllowNetwork) File.WriteAllText(Path.Combine(etc, "hosts"), SandboxEtcFiles.Hosts);

            var argv = BuildCommandLine(invocation, scratchStore, tmp, etc);
            var seccompPath = Path.Combine(chroot, "seccomp.bpf");
            File.WriteAllBytes(seccompPath, SeccompFilter.Program());
            BuilderOutcome outcome;
            using (var seccomp = File.OpenHandle(seccompPath))
            {
                outcome = SupervisedProcess.Run(settings.BwrapPath, argv, invocation.Environment, invocation.BuildDirectory, output,
                    invocation.Timeout, invocation.MaxSilentTime, cancel, [(seccomp, SeccompDescriptor)]);
            }

            // Move what the builder produced to its real place; the scratch store disappears with the chroot.
            foreach (var outputPath in invocation.OutputPaths)
            {
                var produced = Path.Combine(scratchStore, Path.GetFileName(outputPath));
                if (!Exists(produced)) continue;
                var destination = invocation.OutputDestinations?.GetValueOrDefault(outputPath) ?? outputPath;
                DeleteIfPresent(destination);
                Directory.Move(produced, destination);
            }
            return outcome;
        }
        finally
        {
            DeleteIfPresent(chroot);
        }
    }

    internal List<string> BuildCommandLine(BuilderInvocation invocation, string scratchStore, string tmp, string etc)
    {
        var a = new List<string>
        {
            settings.BwrapPath,
            "--unshare-user", "--uid", SandboxEtcFiles.SandboxUid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gid", SandboxEtcFiles.SandboxGid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--unshare-ipc", "--unshare-pid", "--unshare-uts", "--unshare-cgroup-try",
            "--hostname", "localhost",
            "--die-with-parent",
            "--seccomp", SeccompDescriptor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Nix makes the builder PID 1 of its namespace; when it exits, everything it started dies with it.
            "--as-pid-1",
        };
        if (!invocation.AllowNetwork) a.Add("--unshare-net");
        a.AddRange(["--proc", "/proc", "--dev", "/dev", "--bind", tmp, "/tmp"]);
        a.AddRange(["--bind", scratchStore, invocation.StoreDir]);

        var inputs = new List<string>(invocation.InputPaths);
        inputs.Sort(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var info = new FileInfo(input);
            if (info.LinkTarget is { } target) a.AddRange(["--symlink", target, input]);
            else a.AddRange(["--ro-bind", input, input]);
        }

        a.AddRange(["--bind", invocation.BuildDirectory, settings.SandboxBuildDir]);
        a.AddRange(["--ro-bind", Path.Combine(etc, "passwd"), "/etc/passwd"]);
        a.AddRange(["--ro-bind", Path.Combine(etc, "group"), "/etc/group"]);
        if (invocation.AllowNetwork)
        {
            // Fixed-output builds may download: give them the host's name resolution, as Nix does.
            a.AddRange(["--ro-bind-try", "/etc/resolv.conf", "/etc/resolv.conf"]);
            a.AddRange(["--ro-bind-try", "/etc/services", "/etc/services"]);
            a.AddRange(["--ro-bind-try", "/etc/hosts", "/etc/hosts"]);
        }
        else
        {
            a.AddRange(["--ro-bind", Path.Combine(etc, "hosts"), "/etc/hosts"]);
        }

        foreach (var path in settings.SandboxPaths)
        {
            if (!Exists(path.Source))
            {
                if (path.Optional) continue;
                throw new ArcaException($"path '{path.Source}' is configured as part of the 'sandbox-paths' option, but is inaccessible");
            }
            var info = new FileInfo(path.Source);
            if (info.LinkTarget is { } target && path.Source == path.Target) a.AddRange(["--symlink", target, path.Target]);
            else a.AddRange(["--ro-bind", path.Source, path.Target]);
        }

        a.AddRange(["--chdir", settings.SandboxBuildDir, "--", invocation.Builder]);
        a.AddRange(invocation.Arguments);
        return a;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    internal static void DeleteIfPresent(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || File.Exists(path)) { MakeWritable(path); File.Delete(path); return; }
        if (!Directory.Exists(path)) return;
        MakeTreeWritable(path);
        Directory.Delete(path, recursive: true);
    }

    private static void MakeWritable(string path)
    {
        var parent = Path.GetDirectoryName(path);
        if (parent is not null && Directory.Exists(parent))
        {
            var mode = File.GetUnixFileMode(parent);
            if ((mode & UnixFileMode.UserWrite) == 0) File.SetUnixFileMode(parent, mode | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Outputs are read-only once canonicalised; directories need write permission to be emptied.</summary>
    private static void MakeTreeWritable(string directory)
    {
        var mode = File.GetUnixFileMode(directory);
        const UnixFileMode needed = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if ((mode & needed) != needed) File.SetUnixFileMode(directory, mode | needed);
        foreach (var sub in Directory.EnumerateDirectories(directory))
            if (new DirectoryInfo(sub).LinkTarget is null) MakeTreeWritable(sub);
    }
}
