namespace Arca.Build.Native;

using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// Starts a builder the way Nix's child does: its own session (so the whole group can be killed), every signal
/// back at its default disposition and unblocked (the .NET runtime ignores SIGPIPE, which an exec would
/// otherwise pass on), stdin from <c>/dev/null</c>, and stdout and stderr both on one pipe so the log keeps the
/// order in which the builder wrote. <see cref="System.Diagnostics.Process"/> can give neither the single pipe
/// nor the signal reset, hence <c>posix_spawn</c>.
/// </summary>
internal static unsafe partial class ProcessSpawner
{
    private const short POSIX_SPAWN_SETSIGDEF = 0x04;
    private const short POSIX_SPAWN_SETSIGMASK = 0x08;
    private const short POSIX_SPAWN_SETSID = 0x80;
    private const int O_RDONLY = 0;
    private const int O_CLOEXEC = 0x80000;
    private const int EINTR = 4;
    private const int ECHILD = 10;
    public const int SIGKILL = 9;

    // glibc's opaque types, over-allocated: posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128.
    private const int OpaqueSize = 1024;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int pipe2(int* fds, int flags);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_init(void* actions);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_destroy(void* actions);

    [LibraryImport("libc")]
    private static partial int posix_spawn_file_actions_adddup2(void* actions, int fd, int newfd);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn_file_actions_addopen(void* actions, int fd, string path, int oflag, int mode);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int posix_spawn_file_actions_addchdir_np(void* actions, string path);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_init(void* attr);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_destroy(void* attr);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_setflags(void* attr, short flags);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_setsigdefault(void* attr, void* sigset);

    [LibraryImport("libc")]
    private static partial int posix_spawnattr_setsigmask(void* attr, void* sigset);

    [LibraryImport("libc")]
    private static partial int sigfillset(void* set);

    [LibraryImport("libc")]
    private static partial int sigemptyset(void* set);

    [LibraryImport("libc")]
    private static partial int posix_spawn(int* pid, byte* path, void* actions, void* attr, byte** argv, byte** envp);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int waitpid(int pid, int* status, int options);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial int close(int fd);

    [LibraryImport("libc")]
    private static partial uint umask(uint mask);

    /// <summary>Builders inherit umask 022, as under Nix (group-writable outputs are rejected).</summary>
    public static void SetBuilderUmask() => umask(Convert.ToUInt32("022", 8));

    /// <summary>A started child: its pid (also its session and process-group id) and the read end of its output pipe.</summary>
    public sealed record Spawned(int Pid, SafeFileHandle Output);

    /// <summary>
    /// Starts <paramref name="program"/>; each of <paramref name="inheritedFiles"/> is made available to the child
    /// at the given descriptor number (bubblewrap reads its seccomp program that way).
    /// </summary>
    public static Spawned Spawn(string program, IReadOnlyList<string> argv, IReadOnlyList<KeyValuePair<string, string>> environment,
        string workingDirectory, IReadOnlyList<(SafeHandle File, int Descriptor)>? inheritedFiles = null)
    {
        int* fds = stackalloc int[2];
        if (pipe2(fds, O_CLOEXEC) != 0)
            throw new IOException("creating the builder's output pipe: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        var readEnd = new SafeFileHandle(fds[0], ownsHandle: true);
        int writeEnd = fds[1];

        var strings = new List<nint>();
        void* actions = NativeMemory.AllocZeroed(OpaqueSize);
        void* attr = NativeMemory.AllocZeroed(OpaqueSize);
        void* allSignals = NativeMemory.AllocZeroed(OpaqueSize);
        void* noSignals = NativeMemory.AllocZeroed(OpaqueSize);
        try
        {
            posix_spawn_file_actions_init(actions);
            posix_spawn_file_actions_addopen(actions, 0, "/dev/null", O_RDONLY, 0);
            posix_spawn_file_actions_adddup2(actions, writeEnd, 1);
            posix_spawn_file_actions_adddup2(actions, writeEnd, 2);
            posix_spawn_file_actions_addchdir_np(actions, workingDirectory);
            foreach (var (file, descriptor) in inheritedFiles ?? [])
                posix_spawn_file_actions_adddup2(actions, (int)file.DangerousGetHandle(), descriptor);

            posix_spawnattr_init(attr);
            sigfillset(allSignals);
            sigemptyset(noSignals);
            posix_spawnattr_setsigdefault(attr, allSignals);
            posix_spawnattr_setsigmask(attr, noSignals);
            posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSID);

            byte* path = CString(program, strings);
            byte** args = stackalloc byte*[argv.Count + 1];
            for (int i = 0; i < argv.Count; i++) args[i] = CString(argv[i], strings);
            args[argv.Count] = null;
            byte** env = stackalloc byte*[environment.Count + 1];
            for (int i = 0; i < environment.Count; i++)
                env[i] = CString(environment[i].Key + "=" + environment[i].Value, strings);
            env[environment.Count] = null;

            int pid;
            int error = posix_spawn(&pid, path, actions, attr, args, env);
            if (error != 0)
            {
                readEnd.Dispose();
                throw new IOException($"executing '{program}': {Marshal.GetPInvokeErrorMessage(error)}");
            }
            return new Spawned(pid, readEnd);
        }
        finally
        {
            close(writeEnd);
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attr);
            NativeMemory.Free(actions);
            NativeMemory.Free(attr);
            NativeMemory.Free(allSignals);
            NativeMemory.Free(noSignals);
            foreach (var s in strings) NativeMemory.Free((void*)s);
        }
    }

    /// <summary>Blocks until <paramref name="pid"/> ends; returns the raw wait status.</summary>
    public static int WaitForExit(int pid)
    {
        int status;
        while (true)
        {
            if (waitpid(pid, &status, 0) == pid) return status;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno == ECHILD) return 0;
            throw new IOException("waiting for the builder: " + Marshal.GetPInvokeErrorMessage(errno));
        }
    }

    /// <summary>Kills the child's whole session/process group; a group already gone is fine.</summary>
    public static void KillGroup(int pid) => kill(-pid, SIGKILL);

    public static bool Exited(int status, out int exitCode)
    {
        exitCode = (status >> 8) & 0xff;
        return (status & 0x7f) == 0;
    }

    public static int TermSignal(int status) => status & 0x7f;

    private static bool IsByteString(string text)
    {
        foreach (var c in text)
            if (c > 0xFF) return false;
        return true;
    }

    private static byte* CString(string text, List<nint> owned)
    {
        // Derivation strings are byte strings (one char per byte); anything wider is ordinary text, sent as UTF-8.
        var encoding = IsByteString(text) ? Encoding.Latin1 : Encoding.UTF8;
        int length = encoding.GetByteCount(text);
        byte* p = (byte*)NativeMemory.Alloc((nuint)length + 1);
        owned.Add((nint)p);
        encoding.GetBytes(text, new Span<byte>(p, length));
        p[length] = 0;
        return p;
    }
}
