namespace Arca.Build.Tests;

/// <summary>
/// The sandbox tests need bubblewrap and a static busybox. Missing tools make a test fail with the reason
/// under CI=true, and otherwise skip loudly (the message is printed and the test returns early).
/// </summary>
public static class Requirements
{
    public const string Busybox = "/bin/busybox";
    public const string Bwrap = "/usr/bin/bwrap";

    public static bool SandboxToolsPresent(out string why)
    {
        why = "";
        if (!File.Exists(Bwrap)) why = "bubblewrap (/usr/bin/bwrap) is missing: apt-get install bubblewrap";
        else if (!File.Exists(Busybox)) why = "static busybox (/bin/busybox) is missing: apt-get install busybox-static";
        else return true;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Console.Error.WriteLine("SKIPPED (loudly): " + why);
        return false;
    }
}
