namespace Arca.Cli;

using System.Globalization;

/// <summary>
/// The evaluator's memory allowance before its first real collection, as Nix gives its collector. Nix's evaluator
/// expands the Boehm heap at start-up to a quarter of the machine's memory, at most 384 MiB (libgc's
/// <c>GC_INITIAL_HEAP_SIZE</c> overrides it), "so that in most cases we don't need to garbage collect at all".
/// Arca asks the .NET runtime for the same allowance through a no-GC region.
/// <para>
/// Why it matters: an evaluation keeps most of what it builds (a package set stays reachable until it is printed), so
/// a collection in the middle of one copies tens of megabytes of live, scattered objects, and the runtime's
/// generational budget, sized from the first survivors, puts exactly one such collection in the middle of a typical
/// large evaluation (measured on bench/eval/packages.nix: one gen1 collection of ~58 MB survivors, 220–290 ms of a
/// ~900 ms run; with the allowance all collections together take 50–65 ms). Evaluations that fit allocate without
/// collecting, as Nix's do; one that outgrows the allowance ends the region, the runtime collects, and ordinary
/// generational collection takes over.
/// </para>
/// <para>
/// Not every evaluation gains. One that keeps little of what it allocates (a module system merging the same options
/// over and over) collects cheaply in a small, cache-warm young generation, and the allowance would make it touch
/// hundreds of megabytes of fresh memory instead: page faults, and Nix's resident size rather than a fraction of it
/// (measured on bench/eval/modules.nix: +0.3 s, 75 MB → 450 MB). So the runtime's own first collection decides: the
/// region is opened after it only if a large share of what that collection found survived it.
/// </para>
/// <para>
/// When that first collection comes matters as much. Left to the runtime it comes after ~16 MB (a budget sized from
/// the processor's cache), by which time a package set's evaluation is thousands of calls deep, and a collection
/// walks every frame of that stack: 33–50 ms on packages.nix, where the same collection after 4 MB takes 5 ms. So
/// arming opens a small no-GC region first (<see cref="ProbeBytes"/>): the runtime's first collection then comes
/// when it is used up, early and shallow. On bench/eval that collection keeps 93% of packages.nix's allocation and
/// 30% of modules.nix's, hence the threshold of a half. Both regions are opened without the full blocking collection the
/// runtime would otherwise make first (another 22 ms on packages.nix, and ~9 MB of peak RSS from compacting into
/// fresh memory): each is only room to allocate in, not a promise that nothing is collected before it. Inside the
/// allowance, <see cref="HeapPrefaulter"/> has the kernel map the fresh memory ahead of the allocator on another core.
/// </para>
/// </summary>
internal static class InitialHeap
{
    /// <summary>Nix's cap on the initial heap.</summary>
    private const long MaxDefaultBytes = 384L * 1024 * 1024;

    /// <summary>The share of the allocation surviving the first collection above which the evaluation is one that keeps what it builds.</summary>
    private const double RetainingShare = 0.5;

    /// <summary>What the evaluation may allocate before the runtime's first collection, which decides on the allowance.</summary>
    private const long ProbeBytes = 4L * 1024 * 1024;

    private static int armed;

    /// <summary>Arranges for the first collection to decide on the allowance; once per process.</summary>
    public static void ArmForEvaluation()
    {
        if (Interlocked.Exchange(ref armed, 1) != 0) return;
        TryOpenRegion(ProbeBytes);
        _ = new FirstCollectionWatch();
    }

    /// <summary>Whether a collection that kept <paramref name="promotedBytes"/> of <paramref name="collectedBytes"/> shows an evaluation that keeps much of what it allocates.</summary>
    public static bool Retains(long promotedBytes, long collectedBytes) =>
        collectedBytes > 0 && promotedBytes >= RetainingShare * collectedBytes;

    /// <summary>
    /// <see cref="Retains(long, long)"/> for the collection <paramref name="info"/> describes, from the runtime's own
    /// figures at that collection: what it kept of the generations it collected, as they were when it began. (The
    /// process's allocation count would be read later, when the finalizer runs, and by then the evaluation has
    /// allocated more, by how much depending on how busy the machine is: 6.0 to 7.3 MB for the same 4.3.)
    /// </summary>
    private static bool Retains(GCMemoryInfo info)
    {
        long collected = 0;
        var generations = info.GenerationInfo;
        for (int g = 0; g <= info.Generation && g < generations.Length; g++) collected += generations[g].SizeBeforeBytes;
        return Retains(info.PromotedBytes, collected);
    }

    /// <summary>
    /// Unreachable from birth, so its finalizer runs after the runtime's first collection. A finalizer must never
    /// throw (that would end the process), and the runtime refuses sizes it cannot honour: either way the evaluation
    /// goes on with ordinary collection.
    /// </summary>
    private sealed class FirstCollectionWatch
    {
        ~FirstCollectionWatch()
        {
            try
            {
                var info = GC.GetGCMemoryInfo();
                if (!Retains(info)) return;
                // The memory the runtime may use: physical memory, or the container's limit when there is one.
                var bytes = AllowanceBytes(Environment.GetEnvironmentVariable("GC_INITIAL_HEAP_SIZE"), info.TotalAvailableMemoryBytes);
                if (bytes > 0 && TryOpenRegion(bytes)) HeapPrefaulter.Start(bytes);
            }
            catch (Exception)
            {
                // Not an error the user can act on: without the allowance the evaluation is only slower.
            }
        }
    }

    /// <summary>
    /// Room to allocate <paramref name="bytes"/> without a collection (true if granted), without the full blocking collection the
    /// runtime makes first by default. The runtime refuses sizes it cannot honour, and a region already open (the
    /// probe, if the first collection came from elsewhere) makes it throw; either way evaluation goes on with ordinary
    /// collection.
    /// </summary>
    private static bool TryOpenRegion(long bytes)
    {
        try
        {
            return GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The allowance: <c>GC_INITIAL_HEAP_SIZE</c> when set and valid (bytes, or with libgc's k/M/G suffixes), otherwise
    /// a quarter of <paramref name="availableBytes"/> capped at 384 MiB, as Nix computes it. (Nix takes a quarter of the
    /// physical memory; the runtime's figure is the same unless a container limits the process, and then the limit is
    /// what matters.) A configured size is held to half of that memory: the runtime commits the whole region when it
    /// opens it, and a commit beyond what the machine has ends the process instead of failing (measured: 64 GiB on a
    /// 24 GiB machine).
    /// </summary>
    public static long AllowanceBytes(string? configured, long availableBytes)
    {
        if (configured is { Length: > 0 } && TryParseSize(configured, out var size)) return Math.Min(size, availableBytes / 2);
        return Math.Min(availableBytes / 4, MaxDefaultBytes);
    }

    /// <summary>libgc's size syntax: a decimal number of bytes, optionally followed by k, M or G (either case).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        if (text.Length == 0) return false;
        long multiplier = 1;
        var digits = text.AsSpan();
        switch (digits[^1])
        {
            case 'k' or 'K': multiplier = 1L << 10; digits = digits[..^1]; break;
            case 'm' or 'M': multiplier = 1L << 20; digits = digits[..^1]; break;
            case 'g' or 'G': multiplier = 1L << 30; digits = digits[..^1]; break;
        }
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return false;
        if (count > long.MaxValue / multiplier) return false;
        bytes = count * multiplier;
        return true;
    }
}
