namespace Arca.Core.Tests.IO;

using Arca.Core.IO;

public sealed class BufferPipelineTests
{
    [Fact]
    public void WritesEveryBufferInOrderAndHandsBackEmptyOnes()
    {
        var output = new SlowStream(failAfterWrites: int.MaxValue);
        var pipeline = new BufferPipeline(output, bufferSize: 16);
        var buffer = new byte[16];
        var expected = new List<byte>();
        for (int round = 0; round < 200; round++)
        {
            int count = round % 17;
            for (int i = 0; i < count; i++) buffer[i] = (byte)(round + i);
            expected.AddRange(buffer.AsSpan(0, count).ToArray());
            // The buffer handed back may be this one again once the consumer is done with it; were it handed back
            // while still being written, the producer's next bytes would corrupt the output checked below.
            buffer = pipeline.Exchange(buffer, count);
            Assert.Equal(16, buffer.Length);
        }
        pipeline.Complete();
        Assert.Equal(expected, output.Written);
    }

    [Fact]
    public void AConsumerFailureReachesTheProducer()
    {
        var pipeline = new BufferPipeline(new SlowStream(failAfterWrites: 3), bufferSize: 8);
        var buffer = new byte[8];
        var error = Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < 1000; i++) buffer = pipeline.Exchange(buffer, 8);
            pipeline.Complete();
        });
        Assert.Equal("disk full", error.Message);
    }

    [Fact]
    public void DisposeStopsTheConsumerWithoutWaitingForTheQueue()
    {
        var output = new SlowStream(failAfterWrites: int.MaxValue);
        var pipeline = new BufferPipeline(output, bufferSize: 8);
        var buffer = pipeline.Exchange(new byte[8], 8);
        pipeline.Exchange(buffer, 8);
        pipeline.Dispose(); // returns: the consumer thread has ended
        Assert.True(output.Written.Count <= 16);
    }

    /// <summary>Takes its time over every write (so the queue fills) and fails with "disk full" after a number of them.</summary>
    private sealed class SlowStream(int failAfterWrites) : Stream
    {
        private int _writes;
        public List<byte> Written { get; } = [];
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written.Count;
        public override long Position { get => Written.Count; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (++_writes > failAfterWrites) throw new IOException("disk full");
            if (_writes % 10 == 0) Thread.Sleep(1);
            Written.AddRange(buffer.AsSpan(offset, count).ToArray());
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
