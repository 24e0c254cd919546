namespace Arca.Cli.Commands;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Arca.Store.Local;
using Arca.Store.Paths;

/// <summary>
/// <c>arca path-info [-r] [-s] [-S] [-h] [--sigs] [--json]</c> like <c>nix path-info</c>: paths in dependency order,
/// sizes right-aligned after the longest path, JSON in Nix's version-1 layout (keys sorted, compact).
/// </summary>
internal static class PathInfoCommand
{
    public static int Run(string[] args) => StoreCli.Guard(() =>
    {
        bool recursive = false, size = false, closureSize = false, human = false, sigs = false, json = false, all = false;
        var operands = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Length > 2 && arg[0] == '-' && arg[1] != '-')
            {
                foreach (var c in arg.AsSpan(1)) Flag("-" + c);
                continue;
            }
            if (arg == "--json-format")
            {
                if (++i >= args.Length || args[i] != "1")
                    throw new UsageException("Arca supports only '--json-format 1' for path-info");
                continue;
            }
            Flag(arg);
        }

        void Flag(string arg)
        {
            switch (arg)
            {
                case "--recursive" or "-r": recursive = true; break;
                case "--size" or "-s": size = true; break;
                case "--closure-size" or "-S": closureSize = true; break;
                case "--human-readable" or "-h": human = true; break;
                case "--sigs": sigs = true; break;
                case "--json": json = true; break;
                case "--all": all = true; break;
                default:
                    if (arg.StartsWith('-')) throw new UsageException(StoreCli.Unrecognised("arca", arg));
                    operands.Add(arg);
                    break;
            }
        }

        using var store = StoreCli.OpenStore();
        var roots = all ? store.QueryAllValidPaths() : new SortedSet<StorePath>(operands.Select(a => StoreCli.ResolveStorePath(store, a)));
        foreach (var root in roots) store.RequirePathInfo(root);
        var set = recursive ? store.ComputeClosure(roots) : roots;
        var ordered = store.TopoSort(set);
        ordered.Reverse();

        using var output = StoreCli.OpenStdout();
        if (json)
        {
            output.WriteLine(ToJson(store, set, closureSize));
        }
        else
        {
            int width = ordered.Count == 0 ? 0 : ordered.Max(p => store.Print(p).Length);
            foreach (var path in ordered)
            {
                var info = store.RequirePathInfo(path);
                var line = new StringBuilder(store.Print(path));
                if (size || closureSize || sigs) line.Append(' ', width - line.Length);
                if (size) AppendSize(line, info.NarSize, human);
                if (closureSize) AppendSize(line, ClosureSize(store, path), human);
                if (sigs)
                {
                    line.Append('\t');
                    var parts = new List<string>();
                    if (info.Ultimate) parts.Add("ultimate");
                    if (info.ContentAddress is { } ca) parts.Add("ca:" + ca.Render());
                    parts.AddRange(info.Signatures);
                    line.Append(string.Join(' ', parts));
                }
                output.WriteLine(line.ToString());
            }
        }
        output.Flush();
        return 0;
    });

    private static long ClosureSize(LocalStore store, StorePath path)
    {
        long total = 0;
        foreach (var p in store.ComputeClosure([path])) total += store.RequirePathInfo(p).NarSize;
        return total;
    }

    private static void AppendSize(StringBuilder line, long value, bool human)
    {
        if (human) line.Append('\t').Append(StoreCli.RenderSize(value).PadLeft(10));
        else line.Append('\t').Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(11));
    }

    /// <summary>Nix's <c>--json-format 1</c>: an object keyed by store path, members in key order (nlohmann sorts them).</summary>
    private static string ToJson(LocalStore store, IEnumerable<StorePath> paths, bool closureSize)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var path in paths.OrderBy(p => store.Print(p), StringComparer.Ordinal))
            {
                var info = store.RequirePathInfo(path);
                writer.WritePropertyName(store.Print(path));
                writer.WriteStartObject();
                if (info.ContentAddress is { } ca) writer.WriteString("ca", ca.Render()); else writer.WriteNull("ca");
                if (closureSize) writer.WriteNumber("closureSize", ClosureSize(store, path));
                if (info.Deriver is { } d) writer.WriteString("deriver", store.Print(d)); else writer.WriteNull("deriver");
                writer.WriteString("narHash", info.NarHash.ToSri());
                writer.WriteNumber("narSize", info.NarSize);
                writer.WriteStartArray("references");
                foreach (var reference in info.References) writer.WriteStringValue(store.Print(reference));
                writer.WriteEndArray();
                if (info.RegistrationTime != 0) writer.WriteNumber("registrationTime", info.RegistrationTime); else writer.WriteNull("registrationTime");
                writer.WriteStartArray("signatures");
                foreach (var sig in info.Signatures) writer.WriteStringValue(sig);
                writer.WriteEndArray();
                writer.WriteString("storeDir", store.Directory.Path);
                writer.WriteBoolean("ultimate", info.Ultimate);
                writer.WriteNumber("version", 1);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
