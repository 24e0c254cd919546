namespace Arca.Cli.Tests;

using System.Xml.Linq;

/// <summary>Enforces the layering of ARCHITECTURE.md §2 over the project references.</summary>
public sealed class ArchitectureTests
{
    /// <summary>Each layer and the layers it may reference (directly); everything else is a violation.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Arca.Core"] = [],
        ["Arca.Language"] = ["Arca.Core"],
        ["Arca.Store"] = ["Arca.Core"],
        ["Arca.Glue"] = ["Arca.Core", "Arca.Language", "Arca.Store"],
        ["Arca.Build"] = ["Arca.Core", "Arca.Store", "Arca.Glue", "Arca.Language"],
        ["Arca.Substitution"] = ["Arca.Core", "Arca.Store"],
        ["Arca.Cli"] = ["Arca.Core", "Arca.Language", "Arca.Store", "Arca.Glue", "Arca.Build", "Arca.Substitution"],
    };

    public static IEnumerable<object[]> SourceProjects() =>
        Directory.GetFiles(Path.Combine(ArcaProcess.RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferencesPointDownOnly(string project)
    {
        Assert.True(Allowed.ContainsKey(project), $"{project} is not a layer of ARCHITECTURE.md; add it there and here");
        var path = Path.Combine(ArcaProcess.RepoRoot, "src", project, project + ".csproj");
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value));
        foreach (var reference in references)
            Assert.Contains(reference, Allowed[project]);
    }

    [Fact]
    public void LanguageAndStoreNeverKnowEachOther()
    {
        Assert.DoesNotContain("Arca.Store", Allowed["Arca.Language"]);
        Assert.DoesNotContain("Arca.Language", Allowed["Arca.Store"]);
        Assert.Contains(SourceProjects(), p => (string)p[0] == "Arca.Language");
    }
}
