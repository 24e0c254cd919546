namespace Arca.Cli;

/// <summary>Finds argv[0] exactly as the caller wrote it (a symlink's own name, not its target).</summary>
internal static class InvocationName
{
    public static string Read()
    {
        // .NET's apphost resolves symlinks before the runtime sees argv[0]; /proc/self/cmdline keeps the
        // name the process was started with.
        try
        {
            var bytes = File.ReadAllBytes("/proc/self/cmdline");
            int end = Array.IndexOf(bytes, (byte)0);
            if (end > 0) return System.Text.Encoding.UTF8.GetString(bytes, 0, end);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Environment.GetCommandLineArgs()[0];
    }
}
