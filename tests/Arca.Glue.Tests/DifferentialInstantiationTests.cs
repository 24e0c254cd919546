namespace Arca.Glue.Tests;

using System.Text;
using Xunit.Abstractions;

/// <summary>
/// Every expression of tests/corpus/derivations through <c>nix-instantiate</c> and <c>arca nix-instantiate</c> with
/// the same store location: the printed paths, the store's contents (by name) and every .drv byte for byte must be
/// identical; <c>fail-*.nix</c> must fail in both (exit 1).
/// </summary>
public sealed class DifferentialInstantiationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Processes.CorpusDirectory, "*.nix").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(Corpus().Count >= 25, "tests/corpus/derivations should hold the corpus");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void InstantiatesLikeNix(string file)
    {
        if (!Processes.OracleAvailable(output.WriteLine)) return;
        var path = Path.Combine(Processes.CorpusDirectory, file);
        var args = ExtraArguments(path);
        args.Add(path);

        using var store = new TempNixStore(Path.GetFileNameWithoutExtension(file));
        var nix = Processes.Run(Processes.OracleInstantiate, args, store.Variables, Processes.CorpusDirectory);
        var (nixNames, nixDrvs) = store.Snapshot();
        store.Reset();
        var arca = Processes.Run(Processes.ArcaInstantiate, args, store.Variables, Processes.CorpusDirectory);
        var (arcaNames, arcaDrvs) = store.Snapshot();

        output.WriteLine($"nix: exit {nix.ExitCode}\n{nix.StdoutText}{nix.Stderr}");
        output.WriteLine($"arca: exit {arca.ExitCode}\n{arca.StdoutText}{arca.Stderr}");
        if (file.StartsWith("fail-", StringComparison.Ordinal))
        {
            Assert.Equal(1, nix.ExitCode);
            Assert.Equal(1, arca.ExitCode);
            return;
        }
        Assert.Equal(0, nix.ExitCode);
        Assert.Equal(0, arca.ExitCode);
        Assert.NotEmpty(nix.Stdout);
        Assert.Equal(nix.StdoutText, arca.StdoutText);
        Assert.Equal(nixNames, arcaNames);
        foreach (var (name, bytes) in nixDrvs)
            Assert.True(bytes.AsSpan().SequenceEqual(arcaDrvs[name]),
                $"{name} differs:\nnix:  {Encoding.UTF8.GetString(bytes)}\narca: {Encoding.UTF8.GetString(arcaDrvs[name])}");
    }

    [Fact]
    public void AddRootMakesTheSameIndirectRoots()
    {
        if (!Processes.OracleAvailable(output.WriteLine)) return;
        using var store = new TempNixStore("add-root");
        var file = Path.Combine(Processes.CorpusDirectory, "selection.nix");
        (string Stdout, List<string> Roots, List<string> Targets) Run(string program)
        {
            store.Reset();
            var rootDir = Directory.CreateDirectory(Path.Combine(store.Root, "roots")).FullName;
            var r = Processes.Run(program, ["--add-root", Path.Combine(rootDir, "r"), "--indirect", file], store.Variables, Processes.CorpusDirectory);
            Assert.Equal(0, r.ExitCode);
            var auto = Path.Combine(store.StateDir, "gcroots", "auto");
            var roots = Directory.GetFileSystemEntries(auto).Select(p => Path.GetFileName(p) + " -> " + new FileInfo(p).LinkTarget).Order(StringComparer.Ordinal).ToList();
            var targets = Directory.GetFileSystemEntries(rootDir).Select(p => Path.GetFileName(p) + " -> " + new FileInfo(p).LinkTarget).Order(StringComparer.Ordinal).ToList();
            return (r.StdoutText, roots, targets);
        }
        var nix = Run(Processes.OracleInstantiate);
        var arca = Run(Processes.ArcaInstantiate);
        Assert.Equal(nix.Stdout, arca.Stdout);
        Assert.Equal(4, nix.Roots.Count);
        Assert.Equal(nix.Roots, arca.Roots);
        Assert.Equal(nix.Targets, arca.Targets);
    }

    /// <summary>A first line <c># args: …</c> gives extra arguments (split on blanks; a quoted group stays whole).</summary>
    private static List<string> ExtraArguments(string file)
    {
        var first = File.ReadLines(file).FirstOrDefault() ?? "";
        const string prefix = "# args: ";
        if (!first.StartsWith(prefix, StringComparison.Ordinal)) return [];
        return [.. first[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
