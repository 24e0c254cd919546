namespace Arca.Build.Goals;

using Arca.Store.Paths;

/// <summary>What a run of builds tells its user: the plan, each build's start and end, builder output, errors.</summary>
public interface IBuildReporter
{
    void Planned(IReadOnlyList<StorePath> toBuild);

    void Started(StorePath drvPath);

    /// <summary>Builder output; called from the build's own thread.</summary>
    void Output(StorePath drvPath, ReadOnlySpan<byte> chunk);

    void Finished(StorePath drvPath, bool succeeded);

    /// <summary>A message Nix prints on its own line (notes, errors of builds when the run keeps going).</summary>
    void Message(string text);
}

/// <summary>A reporter that stays silent (library use, tests).</summary>
public sealed class SilentBuildReporter : IBuildReporter
{
    public void Planned(IReadOnlyList<StorePath> toBuild) { }
    public void Started(StorePath drvPath) { }
    public void Output(StorePath drvPath, ReadOnlySpan<byte> chunk) { }
    public void Finished(StorePath drvPath, bool succeeded) { }
    public void Message(string text) { }
}
