namespace Arca.Cli;

/// <summary>
/// Entry point. Dispatches on the name the program was invoked under (busybox style), so a symlink
/// named <c>nix-instantiate</c> acts as <c>nix-instantiate</c>, and <c>arca nix-instantiate …</c> does too.
/// </summary>
public static class Program
{
    /// <summary>
    /// The evaluator recurses on the native stack; a deep Nix recursion must become a Nix error, never a
    /// process crash (.NET cannot catch a stack overflow). Commands therefore run on a thread whose stack
    /// is far larger than the default; only the touched pages are committed, so this costs nothing up front.
    /// </summary>
    private const int CommandStackBytes = 1024 * 1024 * 1024;

    public static int Main(string[] args)
    {
        var invokedAs = Path.GetFileName(InvocationName.Read());
        int exitCode = 1;
        var thread = new Thread(() => exitCode = Run(invokedAs, args), CommandStackBytes) { Name = "arca-main" };
        thread.Start();
        thread.Join();
        Console.Out.Flush();
        return exitCode;
    }

    private static int Run(string invokedAs, string[] args)
    {
        try
        {
            return CommandTable.Dispatch(invokedAs, args);
        }
        catch (UsageException e)
        {
            ErrorOutput.Write(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence: a user never sees a .NET stack trace.
            ErrorOutput.Write($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("ARCA_DEBUG") is "1") Console.Error.WriteLine(e);
            return 1;
        }
    }
}
