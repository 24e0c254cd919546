namespace Arca.Cli;

using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

/// <summary>
/// Takes the first touch of the evaluator's fresh memory off the evaluating thread, as a JVM's heap pre-touch does.
/// <para>
/// Inside the allowance (<see cref="InitialHeap"/>) every object lands on memory no one has used yet, and the
/// kernel gives each new page on its first write: a fault, a zeroed page, accounting. On bench/eval/packages.nix that
/// is about a quarter of the evaluating thread's time. Nix pays it too, on its one thread. Arca asks the kernel to
/// populate the pages a little ahead of the allocator (<c>madvise(MADV_POPULATE_WRITE)</c>, which maps pages as a
/// write would, without writing), on a second core, so the allocator finds them ready.
/// </para>
/// <para>
/// Where the allocator is comes from the runtime's count of allocated bytes, from where a probe object landed when
/// the region opened: the runtime fills the region's memory upwards. Every few megabytes a fresh probe re-anchors the
/// estimate, so a region that is not one run of addresses costs at most a lookahead of untouched pages, never a
/// second heap. Populating ahead adds at most <see cref="LookaheadBytes"/> to the resident size.
/// </para>
/// <para>
/// Only on Linux 5.14 or later (older kernels refuse the advice and the thread ends), and only with a second processor:
/// on one, the work would only move, not overlap.
/// </para>
/// </summary>
internal static partial class HeapPrefaulter
{
    /// <summary>How far ahead of the allocator pages are populated (measured: 2 MB adds ~1 MB of peak RSS on packages.nix; 8 MB is no faster).</summary>
    private const long LookaheadBytes = 2L * 1024 * 1024;

    /// <summary>How much allocation passes between re-anchoring the estimate on a fresh probe object.</summary>
    private const long ReanchorBytes = 16L * 1024 * 1024;

    /// <summary>
    /// A probe larger than the runtime's allocation quantum (8 KB), so it gets room of its own at the allocator's
    /// frontier rather than a slot in this thread's old quantum.
    /// </summary>
    private const int ProbeBytes = 12 * 1024;

    /// <summary>The longest pause between looks when the allocator is idle (a build after the evaluation, say).</summary>
    private const int MaxIdleSleepMs = 64;

    private const int MadvPopulateWrite = 23;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int madvise(nint address, nuint length, int advice);

    /// <summary>Starts populating ahead of the allocator for the no-GC region just opened, of <paramref name="regionBytes"/>.</summary>
    public static void Start(long regionBytes)
    {
        if (!OperatingSystem.IsLinux() || Environment.ProcessorCount < 2) return;
        var thread = new Thread(() => Run(regionBytes)) { IsBackground = true, Name = "arca heap prefault" };
        thread.Start();
    }

    /// <summary>
    /// Asks the kernel to populate [<paramref name="start"/>, <paramref name="end"/>) as a write would, changing no
    /// byte. False if it refuses (an old kernel, memory not mapped writable).
    /// </summary>
    internal static bool Populate(nint start, nint end) =>
        end <= start || madvise(start, (nuint)(end - start), MadvPopulateWrite) == 0;

    private static void Run(long regionBytes)
    {
        try
        {
            long page = Environment.SystemPageSize;
            var (anchor, allocatedAtAnchor) = Probe();
            long done = RoundDown(anchor, page);
            long limit = anchor + regionBytes;
            int idleSleep = 1;
            while (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                long allocated = GC.GetTotalAllocatedBytes();
                if (allocated - allocatedAtAnchor >= ReanchorBytes)
                {
                    (anchor, allocatedAtAnchor) = Probe();
                    limit = anchor + regionBytes;
                    // Normally the probe lands just behind what is populated. Anywhere else, the region went on at
                    // other addresses: start again from the probe, never populating what lies between.
                    if (anchor < done - 2 * LookaheadBytes || anchor > done + LookaheadBytes) done = RoundDown(anchor, page);
                    continue;
                }
                long target = Math.Min(RoundDown(anchor + (allocated - allocatedAtAnchor) + LookaheadBytes, page), limit);
                if (target > done)
                {
                    if (!Populate((nint)done, (nint)target)) return;
                    done = target;
                    idleSleep = 1;
                }
                else
                {
                    Thread.Sleep(idleSleep);
                    idleSleep = Math.Min(idleSleep * 2, MaxIdleSleepMs);
                }
            }
        }
        catch (Exception)
        {
            // Only an optimisation: whatever goes wrong here, the evaluation goes on as it would without it.
        }
    }

    /// <summary>Where a fresh allocation lands now, and the allocation count it landed at.</summary>
    private static unsafe (long Address, long Allocated) Probe()
    {
        var probe = GC.AllocateUninitializedArray<byte>(ProbeBytes);
        long allocated = GC.GetTotalAllocatedBytes();
        // No object moves inside a no-GC region, and the address is only a hint: a collection in between ends the loop.
        long address = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(probe)) + ProbeBytes;
        GC.KeepAlive(probe);
        return (address, allocated);
    }

    private static long RoundDown(long value, long page) => value & ~(page - 1);
}
