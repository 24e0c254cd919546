namespace Arca.Language.Tests.Builtins;

using Arca.Language.Builtins;
using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;

/// <summary>The builtins that reach the store through <see cref="IStoreBridge"/>, with a fake bridge that records calls.</summary>
public sealed class StoreBridgeTests : IDisposable
{
    private const string Ref1 = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-dep";
    private const string Ref2 = "/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-other";

    private readonly string storeDir = Directory.CreateTempSubdirectory("arca-store-").FullName;
    private readonly FakeStore store = new();
    private readonly EvalContext ctx;

    public StoreBridgeTests()
    {
        store.StoreDir = storeDir;
        ctx = new EvalContext(new EvalOptions { StoreDir = storeDir }, new FileSystemEvalIO(), store);
    }

    /// <summary>A real file to copy (copying checks that the path exists, as Nix does); its name is f.txt.</summary>
    private string Source()
    {
        var dir = Directory.CreateDirectory(Path.Combine(storeDir, "src")).FullName;
        var file = Path.Combine(dir, "f.txt");
        File.WriteAllText(file, "f");
        return file;
    }

    private Value Call(string name, params Value[] args) => ctx.Call(ctx.Builtins.Get(name)!, args, default).Force(ctx);

    [Fact]
    public void ReadFileInTheStoreGetsTheReferencesThatOccurInIt()
    {
        var storePath = storeDir + "/cccccccccccccccccccccccccccccccc-file";
        string ref1 = storeDir + Ref1[10..], ref2 = storeDir + Ref2[10..];
        File.WriteAllText(storePath, "uses " + Ref1[^36..]);
        store.References[storePath] = [ref1, ref2];
        var s = Assert.IsType<NixString>(Call("readFile", new NixPath(storePath)));
        Assert.Equal([ref1], s.Context.Elements);
    }

    [Fact]
    public void PathsWithContextAreRealisedBeforeReading()
    {
        var file = Path.Combine(storeDir, "plain");
        File.WriteAllText(file, "x");
        Call("readFile", NixString.Of(file, StringContext.Of("!out!/nix/store/dddddddddddddddddddddddddddddddd-x.drv")));
        Assert.Equal(["!out!/nix/store/dddddddddddddddddddddddddddddddd-x.drv"], Assert.Single(store.Realised).Elements);
    }

    [Fact]
    public void ContextBuiltinsCopyPathsToTheStore()
    {
        var s = Assert.IsType<NixString>(Call("unsafeDiscardStringContext", new NixPath(Source())));
        Assert.Equal("/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-f.txt", s.Text);
        Assert.False(s.HasContext);
        var kept = Assert.IsType<NixString>(Call("unsafeDiscardOutputDependency", new NixPath(Source())));
        Assert.Equal(["/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-f.txt"], kept.Context.Elements);
    }

    [Fact]
    public void ToJsonCopiesPathsButNotThoseReturnedByToString()
    {
        var s = Assert.IsType<NixString>(Call("toJSON", new NixList([new NixPath(Source())])));
        Assert.Equal("[\"/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-f.txt\"]", s.Text);
        Assert.Equal(["/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-f.txt"], s.Context.Elements);
        var viaToString = new AttrsBuilder().Add("__toString", new PrimOp("f", 1, (c, a, p) => new NixPath(Source()))).Build();
        Assert.Equal($"\"{Source()}\"", Assert.IsType<NixString>(Call("toJSON", viaToString)).Text);
    }

    public void Dispose() => Directory.Delete(storeDir, recursive: true);

    private sealed class FakeStore : IStoreBridge
    {
        public string StoreDir = "/nix/store";
        public readonly Dictionary<string, string[]> References = new(StringComparer.Ordinal);
        public readonly List<StringContext> Realised = [];

        public string CopyPathToStore(EvalContext ctx, string path, Pos pos) =>
            "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-" + Path.GetFileName(path);

        public void RegisterBuiltins(BuiltinTable table) { }

        public void RealiseContext(EvalContext ctx, StringContext context, Pos pos) => Realised.Add(context);

        public IReadOnlyCollection<string> QueryReferences(string storePath) =>
            References.TryGetValue(storePath, out var refs) ? refs : [];
    }
}
