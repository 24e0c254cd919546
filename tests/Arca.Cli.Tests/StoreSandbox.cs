namespace Arca.Cli.Tests;

using System.Text;

/// <summary>
/// A private store for one test: its own NIX_STORE_DIR, NIX_STATE_DIR, NIX_LOG_DIR and NIX_CONF_DIR, used by Arca and
/// the oracle alike, plus helpers to run both and to build a tree with every NAR feature.
/// </summary>
public sealed class StoreSandbox : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("arca-diff-").FullName;

    public string StoreDir => Path.Combine(Root, "store");

    public string StateDir => Path.Combine(Root, "state");

    public Dictionary<string, string> Environment => new()
    {
        ["NIX_STORE_DIR"] = StoreDir,
        ["NIX_STATE_DIR"] = StateDir,
        ["NIX_LOG_DIR"] = Path.Combine(Root, "log"),
        ["NIX_CONF_DIR"] = Path.Combine(Root, "conf"),
        ["NIX_REMOTE"] = "",
        ["HOME"] = Root,
    };

    public StoreSandbox() => Directory.CreateDirectory(Path.Combine(Root, "conf"));

    public ArcaProcess.Result Arca(params string[] args) => ArcaProcess.Run(args, env: Environment);

    public ArcaProcess.Result ArcaWithInput(byte[] stdin, params string[] args) =>
        RunWithBinaryInput(ArcaProcess.Executable, stdin, args);

    public ArcaProcess.Result Nix(string program, params string[] args) =>
        ArcaProcess.RunProgram(NixOracle.Find(program)!, args, env: Environment);

    public ArcaProcess.Result NixWithInput(string program, byte[] stdin, params string[] args) =>
        RunWithBinaryInput(NixOracle.Find(program)!, stdin, args);

    private ArcaProcess.Result RunWithBinaryInput(string program, byte[] stdin, string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in Environment) psi.Environment[k] = v;
        psi.Environment["NO_COLOR"] = "1";
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = Task.Run(() => { var ms = new MemoryStream(); p.StandardOutput.BaseStream.CopyTo(ms); return ms.ToArray(); });
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program may stop reading early (e.g. on a corrupt archive).
        }
        p.WaitForExit();
        var bytes = stdout.Result;
        return new ArcaProcess.Result(p.ExitCode, Encoding.UTF8.GetString(bytes), stderr.Result, bytes);
    }

    /// <summary>
    /// A tree with executables, symlinks (relative, absolute, dangling, to a directory), empty files and directories,
    /// padding edge cases and names whose byte order differs from culture and UTF-16 order.
    /// </summary>
    public string MakeTree(string name = "tree")
    {
        var root = Path.Combine(Root, "src", name);
        void Write(string relative, string contents, bool executable = false)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(contents));
            if (executable && !OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
        }
        Directory.CreateDirectory(root);
        Write("hello.txt", "hello world");
        Write("empty", "");
        Write("bin/run.sh", "#!/bin/sh\necho hi\n", executable: true);
        Write("bin/empty-exec", "", executable: true);
        for (int n = 1; n <= 17; n++) Write($"pad/len{n:D2}", new string('p', n));
        Write("big/blob", new string('b', 3 * 1024 * 1024 + 5));
        Directory.CreateDirectory(Path.Combine(root, "emptydir"));
        Directory.CreateDirectory(Path.Combine(root, "nested/a/b/c/d/e"));
        Write("nested/a/b/c/deep", "deep");
        foreach (var n in new[] { "Zeta", "alpha", "_under", "Ärger", "ärger", "日本", "e\u0301", "é", "\U0001F600", "\uFB01", "a-b", "a.b", "a", "A", "B", "~tilde", "space name", "\uFF21" })
            Write("names/" + n, n);
        File.CreateSymbolicLink(Path.Combine(root, "link-relative"), "hello.txt");
        File.CreateSymbolicLink(Path.Combine(root, "link-absolute"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(root, "link-dangling"), "does/not/exist");
        File.CreateSymbolicLink(Path.Combine(root, "link-dir"), "nested");
        File.CreateSymbolicLink(Path.Combine(root, "names/link-ünïcode"), "日本");
        return root;
    }

    public string WriteFile(string name, string contents)
    {
        var path = Path.Combine(Root, "src", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        // Store paths are read-only; make everything writable again before removing it.
        if (!OperatingSystem.IsWindows())
            foreach (var dir in Directory.EnumerateDirectories(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Root, recursive: true);
    }
}
