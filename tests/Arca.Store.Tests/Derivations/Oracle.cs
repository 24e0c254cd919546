namespace Arca.Store.Tests.Derivations;

using System.Diagnostics;

/// <summary>
/// Runs the oracle (Nix's <c>nix-instantiate</c>) in a throw-away store. When the oracle is missing the caller skips,
/// saying so loudly — except under <c>CI=true</c>, where a missing oracle is a failure.
/// </summary>
internal sealed class Oracle : IDisposable
{
    private const string NixInstantiate = "/usr/bin/nix-instantiate";

    private Oracle(string root)
    {
        Root = root;
        Directory.CreateDirectory(Path.Combine(root, "conf"));
        File.WriteAllText(Path.Combine(root, "conf", "nix.conf"), "sandbox = false\n");
    }

    public string Root { get; }

    public string StoreDir => Path.Combine(Root, "store");

    /// <summary>A fresh store, or null (after explaining why) when the oracle is not installed.</summary>
    public static Oracle? TryCreate(Action<string> log)
    {
        if (!File.Exists(NixInstantiate))
        {
            var why = $"SKIPPED: the oracle {NixInstantiate} is not installed (apt-get install nix-bin)";
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why + " — required when CI=true");
            log(why);
            Console.Error.WriteLine(why);
            return null;
        }
        return new Oracle(Directory.CreateTempSubdirectory("arca-drv-oracle-").FullName);
    }

    /// <summary>Runs nix-instantiate with the store's environment; returns stdout, failing on a non-zero exit.</summary>
    public string Instantiate(params string[] args)
    {
        var psi = new ProcessStartInfo(NixInstantiate)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NIX_STORE_DIR"] = StoreDir;
        psi.Environment["NIX_STATE_DIR"] = Path.Combine(Root, "state");
        psi.Environment["NIX_LOG_DIR"] = Path.Combine(Root, "log");
        psi.Environment["NIX_CONF_DIR"] = Path.Combine(Root, "conf");
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"nix-instantiate {string.Join(' ', args)} failed:\n{stderr.Result}");
        return stdout;
    }

    public void Dispose()
    {
        // The oracle makes store files read-only; make them writable again so they can be deleted.
        foreach (var entry in new DirectoryInfo(Root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
            if (entry.LinkTarget is null) entry.UnixFileMode |= UnixFileMode.UserWrite;
        new DirectoryInfo(Root).UnixFileMode |= UnixFileMode.UserWrite;
        Directory.Delete(Root, recursive: true);
    }
}
