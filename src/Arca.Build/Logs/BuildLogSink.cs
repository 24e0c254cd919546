namespace Arca.Build.Logs;

using Arca.Build.Sandbox;

/// <summary>
/// Where a builder's output goes: the stored log, the last lines kept for the error message of a failed build
/// (Nix's <c>log-lines</c>), and optionally a live view.
/// </summary>
public sealed class BuildLogSink(Stream? log, Action<ReadOnlySpan<byte>>? live, int tailLines = 25) : IBuildOutputSink, IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<string> _tail = new();
    private readonly List<byte> _partialLine = [];

    public void Write(ReadOnlySpan<byte> chunk)
    {
        lock (_gate)
        {
            log?.Write(chunk);
            live?.Invoke(chunk);
            // Only the last lines matter: skip to the start of the last tailLines lines of this chunk.
            int skipTo = 0, seen = 0;
            for (int i = chunk.Length - 1; i >= 0; i--)
            {
                if (chunk[i] != (byte)'\n') continue;
                if (++seen > tailLines) { skipTo = i + 1; break; }
            }
            if (skipTo > 0) _partialLine.Clear();
            var rest = chunk[skipTo..];
            int newline;
            while ((newline = rest.IndexOf((byte)'\n')) >= 0)
            {
                _partialLine.AddRange(rest[..newline]);
                PushLine();
                rest = rest[(newline + 1)..];
            }
            _partialLine.AddRange(rest);
            // A line without end (binary output) must not grow without bound.
            if (_partialLine.Count > 64 * 1024) _partialLine.RemoveRange(0, _partialLine.Count - 64 * 1024);
        }
    }

    private void PushLine()
    {
        _tail.Enqueue(System.Text.Encoding.UTF8.GetString([.. _partialLine]));
        _partialLine.Clear();
        while (_tail.Count > tailLines) _tail.Dequeue();
    }

    /// <summary>The last lines written (a final unterminated line included).</summary>
    public IReadOnlyList<string> Tail
    {
        get
        {
            lock (_gate)
            {
                var lines = new List<string>(_tail);
                if (_partialLine.Count > 0) lines.Add(System.Text.Encoding.UTF8.GetString([.. _partialLine]));
                if (lines.Count > tailLines) lines.RemoveAt(0);
                return lines;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate) log?.Dispose();
    }
}
