namespace Arca.Build.Sandbox;

using System.Diagnostics;
using Arca.Build.Native;

/// <summary>
/// Runs one process to its end while copying its output to a sink, enforcing <c>timeout</c> and
/// <c>max-silent-time</c>, and killing its whole process group at the end so nothing it started outlives it.
/// </summary>
internal static class SupervisedProcess
{
    private const int PollMilliseconds = 100;

    public static BuilderOutcome Run(string program, IReadOnlyList<string> argv, IReadOnlyDictionary<string, string> environment,
        string workingDirectory, IBuildOutputSink sink, int timeoutSeconds, int maxSilentSeconds, CancellationToken cancel,
        IReadOnlyList<(System.Runtime.InteropServices.SafeHandle File, int Descriptor)>? inheritedFiles = null)
    {
        var env = new List<KeyValuePair<string, string>>(environment);
        // Nix keeps its environment in a sorted map; builders that dump it see that order.
        env.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        ProcessSpawner.SetBuilderUmask();
        var clock = Stopwatch.StartNew();
        var spawned = ProcessSpawner.Spawn(program, argv, env, workingDirectory, inheritedFiles);
        long lastOutputTicks = clock.ElapsedTicks;

        var reader = new Thread(() =>
        {
            using var stream = new FileStream(spawned.Output, FileAccess.Read, bufferSize: 0);
            var buffer = new byte[64 * 1024];
            try
            {
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    Interlocked.Exchange(ref lastOutputTicks, clock.ElapsedTicks);
                    sink.Write(buffer.AsSpan(0, n));
                }
            }
            catch (IOException)
            {
                // The pipe broke: the process is gone; whatever it wrote has been passed on.
            }
        })
        { IsBackground = true, Name = "builder output" };
        reader.Start();

        int status = 0;
        var waiter = new Thread(() => status = ProcessSpawner.WaitForExit(spawned.Pid)) { IsBackground = true, Name = "builder wait" };
        waiter.Start();

        BuilderEnd? forcedEnd = null;
        while (!waiter.Join(PollMilliseconds))
        {
            if (forcedEnd is not null) continue;
            var elapsed = clock.Elapsed;
            var silent = TimeSpan.FromTicks((long)((clock.ElapsedTicks - Interlocked.Read(ref lastOutputTicks)) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
            if (cancel.IsCancellationRequested) forcedEnd = BuilderEnd.Cancelled;
            else if (timeoutSeconds > 0 && elapsed.TotalSeconds >= timeoutSeconds) forcedEnd = BuilderEnd.TimedOut;
            else if (maxSilentSeconds > 0 && silent.TotalSeconds >= maxSilentSeconds) forcedEnd = BuilderEnd.Silent;
            if (forcedEnd is not null) ProcessSpawner.KillGroup(spawned.Pid);
        }

        // Anything the builder left running in its session goes now, so the pipe reaches end-of-file.
        ProcessSpawner.KillGroup(spawned.Pid);
        reader.Join(TimeSpan.FromSeconds(10));
        var duration = clock.Elapsed;

        if (forcedEnd is { } end) return new BuilderOutcome(end, -1, ProcessSpawner.SIGKILL, duration);
        if (ProcessSpawner.Exited(status, out int code)) return new BuilderOutcome(BuilderEnd.Exited, code, 0, duration);
        return new BuilderOutcome(BuilderEnd.Signalled, -1, ProcessSpawner.TermSignal(status), duration);
    }
}
