namespace Arca.Glue.Tests;

using Arca.Language.Evaluation;
using Arca.Language.Syntax;
using Arca.Language.Values;
using Arca.Store;

/// <summary>An evaluation wired to a store in a temporary directory through <see cref="StoreBridge"/>.</summary>
internal sealed class GlueTestStore : IDisposable
{
    private readonly TempNixStore temp;

    public GlueTestStore(string tag, bool readOnly = false)
    {
        temp = new TempNixStore("unit-" + tag);
        Locations = new StoreLocations(temp.StoreDir, temp.StateDir, Path.Combine(temp.Root, "log"));
        Bridge = new StoreBridge(Locations, readOnly);
        Diagnostics = new StringWriter();
        var options = new EvalOptions { StoreDir = ByteString.FromText(temp.StoreDir) };
        Context = new EvalContext(options, new FileSystemEvalIO(), Bridge, Diagnostics);
        WorkDirectory = Directory.CreateDirectory(Path.Combine(temp.Root, "work")).FullName;
    }

    public StoreLocations Locations { get; }
    public StoreBridge Bridge { get; }
    public EvalContext Context { get; }
    public StringWriter Diagnostics { get; }
    public string WorkDirectory { get; }
    public string StoreDir => temp.StoreDir;

    public Value Eval(string expression)
    {
        var value = Context.EvaluateSource(new Source("«string»", ByteString.FromText(expression), ByteString.FromText(WorkDirectory), false));
        Context.ForceDeep(value, default);
        return value;
    }

    public string EvalString(string expression) => ((NixString)Eval(expression).Force(Context)).Text;

    public void Dispose()
    {
        Bridge.Dispose();
        temp.Dispose();
    }
}
