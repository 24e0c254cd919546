namespace Arca.Language.Builtins;

using Arca.Language.Values;

/// <summary>
/// The stable sort behind <c>builtins.sort</c>: peeksort (Munro and Wild, "Nearly-Optimal Mergesorts", 2018), the
/// natural mergesort latest Nix uses. Being a mergesort it stays safe with a comparator that is not a strict weak
/// order (the result is always a permutation of the input, never a crash or an endless loop), it is linear on
/// already sorted input, and it calls the comparator in the same pattern as Nix, which matters when the comparator
/// traces or throws. Recursion depth is logarithmic in the length; runs of up to 16 use insertion sort.
/// </summary>
internal static class PeekSort
{
    /// <summary>"a is less than b"; may throw (the user's comparator), leaving the array a permutation of the input.</summary>
    public delegate bool Less(Value a, Value b);

    private const int InsertionSortThreshold = 16;

    public static void Sort(Value[] items, Less less)
    {
        int n = items.Length;
        if (n < 2) return;
        if (n == 2)
        {
            if (less(items[1], items[0])) (items[0], items[1]) = (items[1], items[0]);
            return;
        }
        var buffer = new Value[n];
        SortRange(items, buffer, less, 0, n, leftRunEnd: 0, rightRunBegin: n);
    }

    /// <summary>Sorts [begin, end) knowing [begin, leftRunEnd) and [rightRunBegin, end) are already sorted runs.</summary>
    private static void SortRange(Value[] a, Value[] buffer, Less less, int begin, int end, int leftRunEnd, int rightRunBegin)
    {
        if (leftRunEnd == end || rightRunBegin == begin) return;
        int length = end - begin;
        if (length <= InsertionSortThreshold)
        {
            InsertionSort(a, less, begin, end);
            return;
        }
        int middle = begin + length / 2;
        if (middle <= leftRunEnd)
        {
            SortRange(a, buffer, less, leftRunEnd, end, leftRunEnd + 1, rightRunBegin);
            Merge(a, buffer, less, begin, leftRunEnd, end);
            return;
        }
        if (middle >= rightRunBegin)
        {
            SortRange(a, buffer, less, begin, rightRunBegin, leftRunEnd, rightRunBegin - 1);
            Merge(a, buffer, less, begin, rightRunBegin, end);
            return;
        }

        // Find the run that contains middle - 1 and extend it both ways; a strictly descending run is reversed.
        int i, j;
        if (!less(a[middle], a[middle - 1]))
        {
            i = WeaklyIncreasingSuffixStart(a, less, leftRunEnd, middle);
            j = WeaklyIncreasingPrefixEnd(a, less, middle - 1, rightRunBegin);
        }
        else
        {
            i = StrictlyDecreasingSuffixStart(a, less, leftRunEnd, middle);
            j = StrictlyDecreasingPrefixEnd(a, less, middle - 1, rightRunBegin);
            Array.Reverse(a, i, j - i);
        }
        if (i == begin && j == end) return; // one run covers everything

        if (middle - i < j - middle)
        {
            SortRange(a, buffer, less, begin, i, leftRunEnd, i - 1);
            SortRange(a, buffer, less, i, end, j, rightRunBegin);
            Merge(a, buffer, less, begin, i, end);
        }
        else
        {
            SortRange(a, buffer, less, begin, j, leftRunEnd, i);
            SortRange(a, buffer, less, j, end, j + 1, rightRunBegin);
            Merge(a, buffer, less, begin, j, end);
        }
    }

    /// <summary>Stable merge of [begin, middle) and [middle, end) through the buffer: on ties the left element goes first.</summary>
    private static void Merge(Value[] a, Value[] buffer, Less less, int begin, int middle, int end)
    {
        Array.Copy(a, begin, buffer, begin, end - begin);
        int left = begin, right = middle, output = begin;
        while (left < middle && right < end)
            a[output++] = !less(buffer[right], buffer[left]) ? buffer[left++] : buffer[right++];
        while (left < middle) a[output++] = buffer[left++];
        while (right < end) a[output++] = buffer[right++];
    }

    private static void InsertionSort(Value[] a, Less less, int begin, int end)
    {
        for (int current = begin + 1; current < end; current++)
            for (int k = current; k > begin && less(a[k], a[k - 1]); k--)
                (a[k], a[k - 1]) = (a[k - 1], a[k]);
    }

    /// <summary>End of the longest strictly decreasing run starting at <paramref name="begin"/> (at least begin + 1).</summary>
    private static int StrictlyDecreasingPrefixEnd(Value[] a, Less less, int begin, int end)
    {
        while (begin + 1 != end && less(a[begin + 1], a[begin])) begin++;
        return begin + 1;
    }

    /// <summary>Start of the longest strictly decreasing run ending just before <paramref name="end"/> (at most end - 1).</summary>
    private static int StrictlyDecreasingSuffixStart(Value[] a, Less less, int begin, int end)
    {
        while (end - 1 > begin && less(a[end - 1], a[end - 2])) end--;
        return end - 1;
    }

    private static int WeaklyIncreasingPrefixEnd(Value[] a, Less less, int begin, int end)
    {
        while (begin + 1 != end && !less(a[begin + 1], a[begin])) begin++;
        return begin + 1;
    }

    private static int WeaklyIncreasingSuffixStart(Value[] a, Less less, int begin, int end)
    {
        while (end - 1 > begin && !less(a[end - 1], a[end - 2])) end--;
        return end - 1;
    }
}
