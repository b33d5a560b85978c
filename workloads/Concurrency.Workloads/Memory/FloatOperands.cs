namespace Concurrency.Workloads.Memory;

/// <summary>
/// The two float arrays the memory-bound workloads read, allocated once per workload: x[i] = i mod 7 and
/// y[i] = i mod 5. Small integers keep every per-chunk float result exact (below 2^24), so checksums are
/// exact integers that a test can compute independently.
/// </summary>
internal sealed class FloatOperands
{
    /// <summary>Elements per chunk: 32 KiB of results on the stack, small enough to stay in the core's own caches.</summary>
    public const int ChunkLength = 8192;

    public FloatOperands(int length)
    {
        X = GC.AllocateUninitializedArray<float>(length);
        Y = GC.AllocateUninitializedArray<float>(length);
        for (int i = 0; i < length; i++)
        {
            X[i] = i % 7;
            Y[i] = i % 5;
        }
    }

    public float[] X { get; }

    public float[] Y { get; }
}
