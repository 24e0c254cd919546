namespace Arca.Store.Tests.Local;

using System.Text;
using Arca.Core;
using Arca.Core.Hashing;
using Arca.Store.Local;
using Arca.Store.Nar;
using Arca.Store.Paths;
using Arca.Store.Tests.Nar;
using Microsoft.Data.Sqlite;

public sealed class LocalStoreTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly LocalStore _store;

    public LocalStoreTests() => _store = _temp.Open();

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private string WriteSource(string name, string contents)
    {
        var dir = Path.Combine(_temp.Root, "src");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, contents);
        return path;
    }

    [Fact]
    public void CreatesNixsDatabaseLayout()
    {
        var db = Path.Combine(_temp.Locations.StateDir, "db");
        Assert.Equal("10", File.ReadAllText(Path.Combine(db, "schema")));
        Assert.True(File.Exists(Path.Combine(db, "big-lock")));
        using var connection = new SqliteConnection($"Data Source={Path.Combine(db, "db.sqlite")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select name from sqlite_master where type in ('table','index','trigger') and name not like 'sqlite_%' order by name";
        var names = new List<string>();
        using (var reader = command.ExecuteReader()) while (reader.Read()) names.Add(reader.GetString(0));
        Assert.Equal(["DeleteSelfRefs", "DerivationOutputs", "IndexDerivationOutputs", "IndexReference", "IndexReferrer", "Refs", "ValidPaths"], names);
        command.CommandText = "pragma journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void AddsAFileAsASourcePathAndCanonicalisesIt()
    {
        var source = WriteSource("hw.txt", "hello world");
        var path = _store.AddPath(source, "hw.txt");
        var narHash = Hash.Parse("sha256:ae45042aef5b148835db02d045fe89b4c09ff9e476dab001a14bc0322d3f2093", null);
        Assert.Equal(_store.Directory.MakeFixedOutputPath("hw.txt", ContentAddressMethod.NixArchive, narHash), path);
        var info = _store.RequirePathInfo(path);
        Assert.Equal(narHash, info.NarHash);
        Assert.Equal(128, info.NarSize);
        Assert.Equal("fixed:r:sha256:14r07wnk5h2bl40v1nknwkwrzh5li7z4bl02vcsqh52vxwm08idf", info.ContentAddress!.Value.Render());
        Assert.Empty(info.References);
        var real = _store.RealPath(path);
        Assert.Equal("hello world", File.ReadAllText(real));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(real));
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1), File.GetLastWriteTimeUtc(real));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_store.Directory.Path), e => Path.GetFileName(e).StartsWith(".arca-tmp"));
        Assert.Equal(path, _store.AddPath(source, "hw.txt"));
    }

    [Fact]
    public void FlatAndRecursiveFixedOutputsOfAnyAlgorithm()
    {
        var source = WriteSource("hw.txt", "hello world");
        var flat = _store.AddPath(source, "hw.txt", ContentAddressMethod.Flat, HashAlgorithm.Md5);
        Assert.Equal("fixed:md5:63rmd8zfr2rf9x1vhyw2xkpdjy", _store.RequirePathInfo(flat).ContentAddress!.Value.Render());
        var sha1 = _store.AddPath(source, "hw.txt", ContentAddressMethod.NixArchive, HashAlgorithm.Sha1);
        Assert.Equal("fixed:r:sha1:65d7af3k9l961sk53v239rhbgabs54jg", _store.RequirePathInfo(sha1).ContentAddress!.Value.Render());
        Assert.Equal("ae45042aef5b148835db02d045fe89b4c09ff9e476dab001a14bc0322d3f2093", _store.RequirePathInfo(sha1).NarHash.ToBase16());
    }

    [Fact]
    public void AddsATreeWhoseNarMatchesTheSource()
    {
        using var tree = new TestTree();
        var path = _store.AddPath(tree.Root, "tree");
        var source = new MemoryStream();
        new NarWriter(source).WritePath(tree.Root);
        var stored = new MemoryStream();
        _store.DumpPath(path, stored);
        Assert.Equal(source.ToArray(), stored.ToArray());
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha256, source.ToArray()), _store.RequirePathInfo(path).NarHash);
        var real = _store.RealPath(path);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute,
            File.GetUnixFileMode(Path.Combine(real, "bin/run.sh")));
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1), File.GetLastWriteTimeUtc(Path.Combine(real, "nested")));
        Assert.False(_store.Verify(checkContents: true, repair: false, TextWriter.Null));
    }

    [Fact]
    public void ADerivationsOutputsAreRecordedWithIt()
    {
        var outPath = _store.Directory.MakeTextPath("result", "r"u8, []);
        var devPath = _store.Directory.MakeTextPath("result-dev", "d"u8, []);
        var drv = _store.AddText("result.drv", "Derive(…)"u8, [], [("dev", devPath), ("out", outPath)]);
        Assert.True(_store.IsValidPath(drv));
        Assert.Equal(new[] { drv }, _store.QueryValidDerivers(outPath));
        Assert.Equal(new[] { drv }, _store.QueryValidDerivers(devPath));
        // Adding it again changes nothing and fails nothing.
        Assert.Equal(drv, _store.AddText("result.drv", "Derive(…)"u8, [], [("out", outPath)]));
    }

    [Fact]
    public void TextPathsRecordReferencesAndRequireThemValid()
    {
        var foo = _store.AddText("foo", "bar"u8, []);
        var baz = _store.AddText("baz", Encoding.UTF8.GetBytes($"x {_store.Print(foo)} y"), [foo]);
        Assert.Equal(new[] { foo }, _store.RequirePathInfo(baz).References);
        Assert.Equal(new[] { baz }, _store.QueryReferrers(foo));
        Assert.StartsWith("text:sha256:", _store.RequirePathInfo(baz).ContentAddress!.Value.Render());
        var ghost = _store.Directory.MakeTextPath("ghost", "g"u8, []);
        var e = Assert.Throws<ArcaException>(() => _store.AddText("x", "y"u8, [ghost]));
        Assert.Equal($"cannot add path '{_store.Print(_store.Directory.MakeTextPath("x", "y"u8, [ghost]))}' because it lacks a valid reference '{_store.Print(ghost)}'", e.Message);
        // Nothing is left of it: no file, no row.
        Assert.False(File.Exists(_store.RealPath(_store.Directory.MakeTextPath("x", "y"u8, [ghost]))));
        Assert.False(_store.IsValidPath(_store.Directory.MakeTextPath("x", "y"u8, [ghost])));
        Assert.Equal(new[] { foo, baz }.Order(), _store.ComputeClosure([baz]));
        Assert.Equal(new List<StorePath> { baz, foo }, _store.TopoSort(new HashSet<StorePath> { foo, baz }));
    }

    [Fact]
    public void DeleteRefusesLivePathsAndRemovesDeadOnes()
    {
        var foo = _store.AddText("foo", "bar"u8, []);
        var baz = _store.AddText("baz", Encoding.UTF8.GetBytes(_store.Print(foo)), [foo]);
        var e = Assert.Throws<ArcaException>(() => _store.DeletePaths([foo]));
        Assert.StartsWith($"Cannot delete path '{_store.Print(foo)}' since it is still alive.", e.Message);
        File.CreateSymbolicLink(Path.Combine(_temp.Locations.StateDir, "gcroots", "r"), _store.Print(baz));
        Assert.Throws<ArcaException>(() => _store.DeletePaths([baz]));
        File.Delete(Path.Combine(_temp.Locations.StateDir, "gcroots", "r"));
        var result = _store.DeletePaths([foo, baz]);
        Assert.Equal(2, result.Deleted.Count);
        Assert.False(_store.IsValidPath(foo));
        Assert.False(Path.Exists(_store.RealPath(baz)));
    }

    [Fact]
    public void VerifyFindsModifiedAndVanishedPaths()
    {
        var source = WriteSource("a", "aaa");
        var a = _store.AddPath(source, "a");
        var b = _store.AddText("b", "bbb"u8, []);
        var real = _store.RealPath(a);
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(real, "AAA");
        var log = new StringWriter();
        Assert.True(_store.Verify(checkContents: true, repair: false, log));
        Assert.Contains($"path '{_store.Print(a)}' was modified! expected hash 'sha256:", log.ToString());
        Canonicaliser.DeleteTree(_store.RealPath(b));
        log = new StringWriter();
        _store.Verify(checkContents: false, repair: false, log);
        Assert.Contains($"path '{_store.Print(b)}' disappeared, removing from database...", log.ToString());
        Assert.False(_store.IsValidPath(b));
    }

    [Fact]
    public void AnInvalidLeftoverAtTheFinalPathIsReplaced()
    {
        var path = _store.Directory.MakeTextPath("t", "contents"u8, []);
        Directory.CreateDirectory(_store.RealPath(path));
        File.WriteAllText(Path.Combine(_store.RealPath(path), "junk"), "half-written");
        Assert.Equal(path, _store.AddText("t", "contents"u8, []));
        Assert.Equal("contents", File.ReadAllText(_store.RealPath(path)));
    }

    [Fact]
    public void ATextFileIsCanonicalAndRecordedAsText()
    {
        var path = _store.AddText("t", "contents"u8, []);
        var real = _store.RealPath(path);
        Assert.Equal("contents", File.ReadAllText(real));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(real));
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(1), File.GetLastWriteTimeUtc(real));
        var info = _store.RequirePathInfo(path);
        Assert.Equal(new ContentAddress(ContentAddressMethod.Text, Hash.Compute(HashAlgorithm.Sha256, "contents"u8)), info.ContentAddress);
        var nar = new MemoryStream();
        NarWriter.WriteRegularFile(nar, "contents"u8);
        Assert.Equal(Hash.Compute(HashAlgorithm.Sha256, nar.ToArray()), info.NarHash);
        Assert.Equal(nar.Length, info.NarSize);
        // What verification recomputes from the file on disk agrees.
        Assert.False(_store.Verify(checkContents: true, repair: false, new StringWriter()));
    }

    [Fact]
    public void ADanglingSymlinkLeftAtTheFinalPathIsReplaced()
    {
        var path = _store.Directory.MakeTextPath("t", "contents"u8, []);
        File.CreateSymbolicLink(_store.RealPath(path), "/nonexistent/target");
        Assert.Equal(path, _store.AddText("t", "contents"u8, []));
        Assert.Null(new FileInfo(_store.RealPath(path)).LinkTarget);
        Assert.Equal("contents", File.ReadAllText(_store.RealPath(path)));
    }

    [Fact]
    public void ExportAndImportBetweenStores()
    {
        var foo = _store.AddText("foo", "bar"u8, []);
        var baz = _store.AddText("baz", Encoding.UTF8.GetBytes(_store.Print(foo)), [foo]);
        var stream = new MemoryStream();
        ExportFormat.Export(_store, new HashSet<StorePath> { baz, foo }, stream);
        using var otherTemp = new TempStore();
        var other = LocalStore.Open(_temp.Locations with { StateDir = Path.Combine(otherTemp.Root, "state") });
        using (other)
        {
            // Same store directory, different database: the import must register both, in order.
            foreach (var p in new[] { foo, baz })
            {
                // Remove the files so the import really writes them (the first store's DB still lists them).
                Canonicaliser.DeleteTree(_store.RealPath(p));
            }
            stream.Position = 0;
            var imported = ExportFormat.Import(other, stream);
            Assert.Equal(new[] { foo, baz }, imported);
            Assert.Equal(_store.RequirePathInfo(baz).NarHash, other.RequirePathInfo(baz).NarHash);
            Assert.Equal(new[] { foo }, other.RequirePathInfo(baz).References);
            Assert.Equal("bar", File.ReadAllText(other.RealPath(foo)));
        }
    }

    [Fact]
    public void ANewerSchemaIsRefused()
    {
        _store.Dispose();
        File.WriteAllText(Path.Combine(_temp.Locations.StateDir, "db", "schema"), "11");
        var e = Assert.Throws<ArcaException>(() => _temp.Open());
        Assert.Equal("current Nix store schema is version 11, but I only support 10", e.Message);
        File.WriteAllText(Path.Combine(_temp.Locations.StateDir, "db", "schema"), "10");
    }

    [Fact]
    public void ACorruptDatabaseIsAClearError()
    {
        _store.Dispose();
        var db = Path.Combine(_temp.Locations.StateDir, "db", "db.sqlite");
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(db)!, "db.sqlite*")) File.Delete(f);
        File.WriteAllText(db, "this is not a database, just some text that is long enough to look like a header......");
        var e = Assert.Throws<ArcaException>(() => _temp.Open());
        Assert.Contains("database", e.Message);
    }
}
