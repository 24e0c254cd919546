namespace Arca.Cli.Tests;

using Xunit.Abstractions;

/// <summary>
/// The oracle (Debian's nix-bin): differential tests run it when present. When it is missing they say so loudly and
/// pass vacuously, except under <c>CI=true</c>, where a missing oracle is a failure.
/// </summary>
internal static class Oracle
{
    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The oracle command, or null after reporting why the test cannot compare.</summary>
    public static string? Require(string name, ITestOutputHelper output)
    {
        var path = Find(name);
        if (path is not null) return path;
        var message = $"ORACLE MISSING: '{name}' is not on PATH; differential test skipped (install nix-bin)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message);
        output.WriteLine(message);
        Console.Error.WriteLine(message);
        return null;
    }
}
