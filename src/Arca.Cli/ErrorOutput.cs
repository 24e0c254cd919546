namespace Arca.Cli;

/// <summary>Writes user-facing errors in Nix's style: <c>error: …</c> on standard error.</summary>
internal static class ErrorOutput
{
    public static void Write(string message)
    {
        var useColor = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        message = LogText.Filter(message);
        Console.Error.WriteLine(useColor ? $"\e[31;1merror:\e[0m {message}" : $"error: {message}");
    }
}
