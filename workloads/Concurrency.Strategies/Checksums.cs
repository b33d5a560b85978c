namespace Concurrency.Strategies;

/// <summary>
/// Combines task checksums by wrapping addition: order-independent, so every strategy yields the sequential
/// result, and overflow-safe (hash checksums span all 64 bits; <c>Enumerable.Sum</c> would throw).
/// </summary>
public static class Checksums
{
    public static long Sum(ReadOnlySpan<long> checksums)
    {
        long sum = 0;
        foreach (long checksum in checksums)
        {
            sum = unchecked(sum + checksum);
        }

        return sum;
    }
}
