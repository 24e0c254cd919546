namespace Arca.Core.IO;

/// <summary>
/// Writes full buffers to a stream on a second thread, so that the producer (reading files into a NAR, say) and the
/// consumer (hashing it, say) run on two cores at once instead of taking turns. SHA-256 is inherently sequential,
/// but the reads that feed it are not: overlapping the two is what lets a NAR hash approach the machine's raw
/// SHA-256 speed. Buffers are exchanged, never copied: the producer hands over a full one and gets back an empty one.
/// The consumer writes them in order; an error on its side is rethrown to the producer at its next call.
/// </summary>
public sealed class BufferPipeline : IDisposable
{
    /// <summary>One buffer being filled, one queued, one being written: enough to keep both threads busy.</summary>
    private const int BufferCount = 3;

    private readonly Stream _output;
    private readonly Queue<(byte[] Buffer, int Count)> _full = new();
    private readonly Stack<byte[]> _empty = new();
    private readonly Thread _consumer;
    private Exception? _failure;
    private bool _completing;
    private bool _stopped;

    /// <summary>Starts the consumer thread; <paramref name="bufferSize"/> is the size of the buffers it hands back.</summary>
    public BufferPipeline(Stream output, int bufferSize)
    {
        _output = output;
        for (int i = 0; i < BufferCount - 1; i++) _empty.Push(GC.AllocateUninitializedArray<byte>(bufferSize));
        _consumer = new Thread(Consume) { IsBackground = true, Name = "arca-pipeline" };
        _consumer.Start();
    }

    /// <summary>Queues the first <paramref name="count"/> bytes of <paramref name="full"/> and returns an empty buffer of the same size.</summary>
    public byte[] Exchange(byte[] full, int count)
    {
        lock (_full)
        {
            ThrowIfFailed();
            _full.Enqueue((full, count));
            Monitor.PulseAll(_full);
            while (_empty.Count == 0 && _failure is null) Monitor.Wait(_full);
            ThrowIfFailed();
            return _empty.Pop();
        }
    }

    /// <summary>Waits until everything queued has been written; rethrows the consumer's failure, if any.</summary>
    public void Complete()
    {
        lock (_full)
        {
            _completing = true;
            Monitor.PulseAll(_full);
        }
        _consumer.Join();
        ThrowIfFailed();
    }

    /// <summary>Stops the consumer without waiting for queued buffers (the producer failed; what is queued no longer matters).</summary>
    public void Dispose()
    {
        lock (_full)
        {
            _stopped = true;
            Monitor.PulseAll(_full);
        }
        _consumer.Join();
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_failure).Throw();
    }

    private void Consume()
    {
        while (true)
        {
            byte[] buffer;
            int count;
            lock (_full)
            {
                while (_full.Count == 0 && !_completing && !_stopped) Monitor.Wait(_full);
                if (_stopped || _full.Count == 0) return;
                (buffer, count) = _full.Dequeue();
            }
            try
            {
                _output.Write(buffer, 0, count);
            }
            catch (Exception e)
            {
                lock (_full)
                {
                    _failure = e;
                    Monitor.PulseAll(_full);
                }
                return;
            }
            lock (_full)
            {
                _empty.Push(buffer);
                Monitor.PulseAll(_full);
            }
        }
    }
}
