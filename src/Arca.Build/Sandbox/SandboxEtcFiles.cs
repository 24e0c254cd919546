namespace Arca.Build.Sandbox;

/// <summary>
/// The <c>/etc</c> files Nix writes into a Linux sandbox: the build user <c>nixbld</c> (uid 1000, gid 100) with
/// the build directory as home, a root entry, <c>nobody</c>, and <c>/etc/hosts</c> naming only localhost.
/// </summary>
public static class SandboxEtcFiles
{
    public const int SandboxUid = 1000;
    public const int SandboxGid = 100;

    public static string Passwd(string sandboxBuildDir) =>
        $"root:x:0:0:Nix build user:{sandboxBuildDir}:/noshell\n" +
        $"nixbld:x:{SandboxUid}:{SandboxGid}:Nix build user:{sandboxBuildDir}:/noshell\n" +
        "nobody:x:65534:65534:Nobody:/:/noshell\n";

    public static string Group() =>
        "root:x:0:\n" +
        $"nixbld:!:{SandboxGid}:\n" +
        "nogroup:x:65534:\n";

    public const string Hosts = "127.0.0.1 localhost\n::1 localhost\n";
}
