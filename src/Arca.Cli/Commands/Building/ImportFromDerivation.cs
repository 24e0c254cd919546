namespace Arca.Cli.Commands.Building;

using Arca.Build.Goals;
using Arca.Store;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// Import from derivation: when an evaluation reads a path that a derivation still has to produce, the store bridge
/// calls this to build that output first, with the build settings of nix.conf, reporting like any build.
/// </summary>
internal static class ImportFromDerivation
{
    public static void Build(StorePath drvPath, string output)
    {
        using var store = LocalStore.OpenFromEnvironment();
        var options = new BuildOptions();
        var reporter = new TerminalBuildReporter(store.Print);
        var context = new BuildContext(store, options.Settings(), reporter) { LogCommand = "nix-store -l" };
        var scheduler = new Scheduler(context);
        using var interruption = new Interruption();
        try
        {
            scheduler.Realise([new Scheduler.Target(drvPath, new HashSet<string>(StringComparer.Ordinal) { output })],
                options.Mode, dryRun: false, interruption.Token);
        }
        finally
        {
            reporter.Close();
        }
    }
}
