namespace Arca.Store.Tests.Nar;

using System.Text;

/// <summary>A temporary tree with every NAR feature: executables, symlinks, empty files and directories, odd names.</summary>
internal sealed class TestTree : IDisposable
{
    public string Root { get; }

    private readonly string? _ownedParent;

    public TestTree(string? root = null)
    {
        if (root is null) _ownedParent = Directory.CreateTempSubdirectory("arca-tree-").FullName;
        Root = root ?? Path.Combine(_ownedParent!, "tree");
        Directory.CreateDirectory(Root);
        Write("hello.txt", "hello world");
        Write("empty", "");
        Write("bin/run.sh", "#!/bin/sh\necho hi\n", executable: true);
        Write("bin/seven", "1234567");
        Write("bin/eight", "12345678");
        Directory.CreateDirectory(Path.Combine(Root, "emptydir"));
        Directory.CreateDirectory(Path.Combine(Root, "nested/a/b/c"));
        Write("nested/a/b/c/deep", new string('x', 100_000));
        Write("names/Zeta", "Z");
        Write("names/alpha", "a");
        Write("names/_under", "_");
        Write("names/Ärger", "ä");
        Write("names/日本", "j");
        Write("names/e\u0301", "combining");
        Write("names/\U0001F600", "emoji");
        Write("names/\uFB01", "ligature");
        File.CreateSymbolicLink(Path.Combine(Root, "link-relative"), "hello.txt");
        File.CreateSymbolicLink(Path.Combine(Root, "link-absolute"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(Root, "link-dangling"), "does/not/exist");
        File.CreateSymbolicLink(Path.Combine(Root, "link-dir"), "nested");
    }

    private void Write(string relative, string contents, bool executable = false)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(contents));
        if (executable) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        if (_ownedParent is not null) Directory.Delete(_ownedParent, recursive: true);
    }
}
