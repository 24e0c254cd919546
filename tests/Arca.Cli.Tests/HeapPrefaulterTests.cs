namespace Arca.Cli.Tests;

using System.Runtime.InteropServices;

/// <summary>
/// <see cref="HeapPrefaulter"/>: the kernel advice it gives must make pages resident without changing a byte of them,
/// since the allocator may already have written an object where the advice lands.
/// </summary>
public sealed unsafe partial class HeapPrefaulterTests
{
    private const int ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20;

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc")]
    private static partial int munmap(nint address, nuint length);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int mincore(nint address, nuint length, byte* residency);

    [Fact]
    public void Populating_makes_fresh_pages_resident_and_keeps_what_was_written()
    {
        Assert.True(OperatingSystem.IsLinux(), "the prefaulter is Linux-only, and so is this test's mmap");
        int page = Environment.SystemPageSize;
        const int pages = 256;
        nuint length = (nuint)(pages * page);
        nint memory = mmap(0, length, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
        Assert.NotEqual(-1, memory);
        try
        {
            // Written before the advice: an object the allocator already put there.
            var written = new Span<byte>((void*)(memory + 3 * page + 17), 64);
            for (int i = 0; i < written.Length; i++) written[i] = (byte)(i * 7 + 1);
            Assert.True(ResidentPages(memory, pages) < pages / 2, "a fresh anonymous mapping should be mostly absent");

            Assert.True(HeapPrefaulter.Populate(memory, memory + (nint)length), $"madvise failed: errno {Marshal.GetLastPInvokeError()}");

            Assert.Equal(pages, ResidentPages(memory, pages));
            for (int i = 0; i < written.Length; i++) Assert.Equal((byte)(i * 7 + 1), written[i]);
            Assert.True(new Span<byte>((void*)(memory + 100 * page), page).IndexOfAnyExcept((byte)0) < 0, "a populated page reads as zeros");
        }
        finally
        {
            munmap(memory, length);
        }
    }

    [Fact]
    public void An_empty_range_needs_no_advice() => Assert.True(HeapPrefaulter.Populate(4096, 4096));

    private static int ResidentPages(nint memory, int pages)
    {
        var residency = new byte[pages];
        fixed (byte* r = residency)
            Assert.Equal(0, mincore(memory, (nuint)(pages * Environment.SystemPageSize), r));
        return residency.Count(b => (b & 1) != 0);
    }
}
