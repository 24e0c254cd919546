namespace Arca.Store.References;

using Arca.Core.Hashing;
using Arca.Store.Paths;

/// <summary>
/// Finds which of a set of candidate store paths occur in a byte stream, by their 32-character hash parts (Nix's
/// <c>RefScanSink</c>). Fed in chunks of any size; matches spanning chunk boundaries are found. Scanning skips
/// ahead past any byte outside the nix-base32 alphabet, so binary data costs about one look-up per 32 bytes.
/// </summary>
public sealed class ReferenceScanner
{
    private const int L = StorePath.HashPartLength;

    private readonly Dictionary<string, StorePath> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StorePath>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<StorePath> _found = [];

    /// <summary>The last up to 31 bytes of the previous chunk, to catch hashes split across chunks.</summary>
    private readonly byte[] _tail = new byte[2 * L];
    private int _tailLength;

    public ReferenceScanner(IEnumerable<StorePath> candidates)
    {
        foreach (var candidate in candidates) _candidates[candidate.HashPart] = candidate;
        _lookup = _candidates.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlySet<StorePath> Found => _found;

    /// <summary>
    /// Which <paramref name="candidates"/> a file system tree refers to, found in its NAR serialisation (as Nix scans
    /// build outputs: file contents, symlink targets and names all count).
    /// </summary>
    public static IReadOnlySet<StorePath> ScanPath(string path, IEnumerable<StorePath> candidates)
    {
        var scanner = new ReferenceScanner(candidates);
        new Nar.NarWriter(new ScanningStream(scanner)).WritePath(path);
        return scanner.Found;
    }

    /// <summary>A write-only stream that feeds the scanner.</summary>
    private sealed class ScanningStream(ReferenceScanner scanner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Write(ReadOnlySpan<byte> buffer) => scanner.Feed(buffer);
        public override void Write(byte[] buffer, int offset, int count) => scanner.Feed(buffer.AsSpan(offset, count));
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    public void Feed(ReadOnlySpan<byte> data)
    {
        if (_candidates.Count == 0 || data.Length == 0) return;

        // Boundary: scan the old tail joined with the first bytes of the new chunk.
        if (_tailLength > 0)
        {
            int take = Math.Min(L - 1, data.Length);
            Span<byte> joined = stackalloc byte[2 * L];
            _tail.AsSpan(0, _tailLength).CopyTo(joined);
            data[..take].CopyTo(joined[_tailLength..]);
            Scan(joined[..(_tailLength + take)]);
        }

        Scan(data);

        // Keep the last L-1 bytes (of tail + data) for the next call.
        if (data.Length >= L - 1)
        {
            data[^(L - 1)..].CopyTo(_tail);
            _tailLength = L - 1;
        }
        else
        {
            int keepOld = Math.Min(_tailLength, L - 1 - data.Length);
            _tail.AsSpan(_tailLength - keepOld, keepOld).CopyTo(_tail);
            data.CopyTo(_tail.AsSpan(keepOld));
            _tailLength = keepOld + data.Length;
        }
    }

    private void Scan(ReadOnlySpan<byte> data)
    {
        Span<char> window = stackalloc char[L];
        int i = 0;
        while (i + L <= data.Length)
        {
            // Check the window from its end; on a non-alphabet byte, restart just after it.
            int j = L - 1;
            while (j >= 0 && NixBase32.IsDigit(data[i + j])) j--;
            if (j >= 0)
            {
                i += j + 1;
                continue;
            }
            for (int k = 0; k < L; k++) window[k] = (char)data[i + k];
            if (_lookup.TryGetValue(window, out var path))
            {
                _found.Add(path);
                _candidates.Remove(path.HashPart);
                if (_candidates.Count == 0) return;
            }
            i++;
        }
    }
}
