namespace Arca.Cli.Commands;

using Arca.Core;
using Arca.Language.Values;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary><c>nix-store --query</c> (<c>-q</c>) and its query types, with Nix's orders and formats.</summary>
internal static partial class NixStoreCommand
{
    private enum QueryType { Outputs, Requisites, References, Referrers, ReferrersClosure, Deriver, ValidDerivers, Binding, Hash, Size, Tree, Graph, Resolve, Roots }

    private static int Query(List<string> flags, List<string> args)
    {
        QueryType? query = null;
        bool useOutput = false;
        foreach (var flag in flags)
        {
            var previous = query;
            switch (flag)
            {
                case "--outputs": query = QueryType.Outputs; break;
                case "--requisites" or "-R": query = QueryType.Requisites; break;
                case "--references": query = QueryType.References; break;
                case "--referrers" or "--referers": query = QueryType.Referrers; break;
                case "--referrers-closure" or "--referers-closure": query = QueryType.ReferrersClosure; break;
                case "--deriver" or "-d": query = QueryType.Deriver; break;
                case "--valid-derivers": query = QueryType.ValidDerivers; break;
                case "--binding" or "-b": query = QueryType.Binding; break;
                case "--hash": query = QueryType.Hash; break;
                case "--size": query = QueryType.Size; break;
                case "--tree": query = QueryType.Tree; break;
                case "--graph": query = QueryType.Graph; break;
                case "--resolve": query = QueryType.Resolve; break;
                case "--roots": query = QueryType.Roots; break;
                case "--use-output" or "-u": useOutput = true; break;
                case "--include-outputs": break;
                case "--force-realise" or "--force-realize" or "-f":
                    throw new UsageException("nix-store --query --force-realise is not supported by Arca yet");
                default: throw Usage($"unknown flag '{flag}'");
            }
            if (previous is not null && previous != query) throw Usage($"query type '{flag}' conflicts with earlier flag");
        }

        // As in Nix, the binding's name is the first operand, the paths come after it.
        string? bindingName = null;
        if (query == QueryType.Binding)
        {
            if (args.Count == 0) throw Usage("expected binding name");
            bindingName = args[0];
            args = args[1..];
        }

        using var store = StoreCli.OpenStore();
        using var output = StoreCli.OpenStdout();
        var paths = args.Select(a => StoreCli.ResolveStorePath(store, a)).ToList();

        IEnumerable<StorePath> Outputs(StorePath path, bool use) =>
            use && path.IsDerivation
                ? DerivationQueries.OutputPaths(store, path)
                : [path];

        switch (query ?? QueryType.Outputs)
        {
            case QueryType.Outputs:
                foreach (var path in paths)
                    foreach (var output1 in Outputs(path, true)) output.WriteLine(store.Print(output1));
                break;

            case QueryType.Requisites or QueryType.References or QueryType.Referrers or QueryType.ReferrersClosure:
            {
                var result = new SortedSet<StorePath>();
                foreach (var path in paths)
                {
                    foreach (var p in Outputs(path, useOutput))
                    {
                        switch (query)
                        {
                            case QueryType.Requisites: result.UnionWith(store.ComputeClosure([p])); break;
                            case QueryType.References: result.UnionWith(store.RequirePathInfo(p).References); break;
                            case QueryType.Referrers: store.RequirePathInfo(p); result.UnionWith(store.QueryReferrers(p)); break;
                            default: result.UnionWith(store.ComputeClosure([p], referrers: true)); break;
                        }
                    }
                }
                var sorted = store.TopoSort(result);
                for (int i = sorted.Count - 1; i >= 0; i--) output.WriteLine(store.Print(sorted[i]));
                break;
            }

            case QueryType.Deriver:
                foreach (var path in paths)
                {
                    var info = store.RequirePathInfo(path);
                    output.WriteLine(info.Deriver is { } d ? store.Print(d) : "unknown-deriver");
                }
                break;

            case QueryType.Binding:
                foreach (var path in paths)
                {
                    // Environment values are byte strings (one char per byte): written back as those bytes.
                    output.Flush();
                    ByteString.Write(output.BaseStream, DerivationQueries.Binding(store, path, bindingName!) + "\n");
                }
                break;

            case QueryType.ValidDerivers:
            {
                var result = new SortedSet<StorePath>();
                foreach (var path in paths) result.UnionWith(store.QueryValidDerivers(path));
                var sorted = store.TopoSort(result);
                for (int i = sorted.Count - 1; i >= 0; i--) output.WriteLine(store.Print(sorted[i]));
                break;
            }

            case QueryType.Hash or QueryType.Size:
                foreach (var path in paths)
                    foreach (var p in Outputs(path, useOutput))
                    {
                        var info = store.RequirePathInfo(p);
                        output.WriteLine(query == QueryType.Hash ? info.NarHash.ToString() : info.NarSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                break;

            case QueryType.Tree:
            {
                var done = new HashSet<StorePath>();
                foreach (var path in paths) PrintTree(store, output, path, "", "", done);
                break;
            }

            case QueryType.Graph:
                PrintGraph(store, output, new SortedSet<StorePath>(paths.SelectMany(p => Outputs(p, useOutput))));
                break;

            case QueryType.Resolve:
                foreach (var path in paths) output.WriteLine(store.Print(path));
                break;

            case QueryType.Roots:
            {
                var referrers = store.ComputeClosure(paths.SelectMany(p => Outputs(p, useOutput)), referrers: true);
                foreach (var (link, target) in store.FindRoots())
                    if (referrers.Contains(target)) output.WriteLine($"{link} -> {store.Print(target)}");
                break;
            }
        }
        output.Flush();
        return 0;
    }

    private static void PrintTree(LocalStore store, TextWriter output, StorePath path, string firstPad, string tailPad, HashSet<StorePath> done)
    {
        if (!done.Add(path))
        {
            output.WriteLine($"{firstPad}{store.Print(path)} [...]");
            return;
        }
        output.WriteLine($"{firstPad}{store.Print(path)}");
        var info = store.RequirePathInfo(path);
        // Topologically sorted so that a path's dependencies come after it, which keeps the tree flat.
        var sorted = store.TopoSort(new SortedSet<StorePath>(info.References));
        for (int i = sorted.Count - 1, n = 0; i >= 0; i--, n++)
        {
            bool last = i == 0;
            PrintTree(store, output, sorted[i], tailPad + (last ? "└───" : "├───"), tailPad + (last ? "    " : "│   "), done);
        }
    }

    private static void PrintGraph(LocalStore store, TextWriter output, SortedSet<StorePath> roots)
    {
        string[] colours = ["black", "red", "green", "blue", "magenta", "burlywood"];
        int colour = 0;
        var work = new SortedSet<StorePath>(roots);
        var done = new HashSet<StorePath>();
        output.WriteLine("digraph G {");
        while (work.Count > 0)
        {
            var path = work.Min;
            work.Remove(path);
            if (!done.Add(path)) continue;
            output.WriteLine($"\"{path.BaseName}\" [label = \"{path.Name}\", shape = box, style = filled, fillcolor = \"#ff0000\"];");
            foreach (var reference in store.RequirePathInfo(path).References)
            {
                if (reference == path) continue;
                work.Add(reference);
                output.WriteLine($"\"{reference.BaseName}\" -> \"{path.BaseName}\" [color = \"{colours[colour++ % colours.Length]}\"];");
            }
        }
        output.WriteLine("}");
    }
}
