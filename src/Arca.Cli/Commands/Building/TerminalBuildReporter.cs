namespace Arca.Cli.Commands.Building;

using System.Text;
using Arca.Build.Goals;
using Arca.Store.Paths;

/// <summary>
/// Shows a run of builds as Nix's classic commands do — the plan, <c>building '…'...</c>, the builders' output
/// line by line — and, on a terminal, a status line at the bottom with what is done and what is running.
/// </summary>
internal sealed class TerminalBuildReporter(Func<StorePath, string> print) : IBuildReporter
{
    private readonly object _gate = new();
    private readonly Stream _stderr = Console.OpenStandardError();
    private readonly bool _live = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");
    private readonly Dictionary<StorePath, List<byte>> _partial = new();
    private readonly SortedSet<string> _running = new(StringComparer.Ordinal);
    private int _planned;
    private int _done;
    private bool _statusShown;

    public void Planned(IReadOnlyList<StorePath> toBuild)
    {
        if (toBuild.Count == 0) return;
        var sb = new StringBuilder();
        sb.Append(toBuild.Count == 1 ? "this derivation will be built:\n" : $"these {toBuild.Count} derivations will be built:\n");
        foreach (var p in toBuild) sb.Append("  ").Append(print(p)).Append('\n');
        lock (_gate)
        {
            _planned = toBuild.Count;
            WriteLines(sb.ToString());
        }
    }

    public void Started(StorePath drvPath)
    {
        lock (_gate)
        {
            _running.Add(drvPath.Name[..^4]);
            WriteLines($"building '{print(drvPath)}'...\n");
        }
    }

    public void Output(StorePath drvPath, ReadOnlySpan<byte> chunk)
    {
        lock (_gate)
        {
            if (!_partial.TryGetValue(drvPath, out var pending)) _partial[drvPath] = pending = [];
            int start = 0;
            for (int i = 0; i < chunk.Length; i++)
            {
                if (chunk[i] != (byte)'\n') continue;
                pending.AddRange(chunk[start..(i + 1)]);
                WriteBytes(pending);
                pending.Clear();
                start = i + 1;
            }
            pending.AddRange(chunk[start..]);
        }
    }

    public void Finished(StorePath drvPath, bool succeeded)
    {
        lock (_gate)
        {
            if (_partial.Remove(drvPath, out var pending) && pending.Count > 0)
            {
                pending.Add((byte)'\n');
                WriteBytes(pending);
            }
            _running.Remove(drvPath.Name[..^4]);
            _done++;
            WriteLines("");
        }
    }

    public void Message(string text)
    {
        lock (_gate) WriteLines(text + "\n");
    }

    /// <summary>Clears the status line of a terminal before the program ends or prints its result.</summary>
    public void Close()
    {
        lock (_gate)
        {
            ClearStatus();
            _stderr.Flush();
        }
    }

    private void WriteBytes(List<byte> bytes)
    {
        ClearStatus();
        _stderr.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
        ShowStatus();
    }

    private void WriteLines(string text)
    {
        ClearStatus();
        if (text.Length > 0) _stderr.Write(Encoding.UTF8.GetBytes(text));
        ShowStatus();
    }

    private void ClearStatus()
    {
        if (!_statusShown) return;
        _stderr.Write("\r\e[K"u8);
        _statusShown = false;
    }

    private void ShowStatus()
    {
        if (!_live || _planned == 0 || _running.Count == 0)
        {
            _stderr.Flush();
            return;
        }
        var status = $"[{_done}/{_planned} built, {_running.Count} running] {string.Join(", ", _running)}";
        int width = Console.WindowWidth > 10 ? Console.WindowWidth - 1 : 79;
        if (status.Length > width) status = status[..width];
        _stderr.Write(Encoding.UTF8.GetBytes(status));
        _stderr.Flush();
        _statusShown = true;
    }
}
