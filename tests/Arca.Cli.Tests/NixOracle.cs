namespace Arca.Cli.Tests;

/// <summary>
/// The reference Nix (nix-bin) for differential tests. Missing oracle: the test says so loudly and returns,
/// except under CI (CI=true), where a missing oracle is a failure.
/// </summary>
public static class NixOracle
{
    public static string? Find(string program)
    {
        foreach (var dir in new[] { "/usr/bin", "/usr/local/bin", "/nix/var/nix/profiles/default/bin" })
        {
            var path = Path.Combine(dir, program);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>True when the oracle is present; otherwise prints why the calling test does nothing (or fails under CI).</summary>
    public static bool Available(string test)
    {
        if (Find("nix-store") is not null && Find("nix-hash") is not null && Find("nix-instantiate") is not null) return true;
        var message = $"SKIPPED {test}: the oracle (nix-bin: nix-store, nix-hash) is not installed; run ./test.sh as root to install it";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message);
        Console.Error.WriteLine("*** " + message + " ***");
        Console.WriteLine("*** " + message + " ***");
        return false;
    }
}
