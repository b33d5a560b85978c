namespace Concurrency.Workloads;

/// <summary>
/// The workloads a benchmark can run. The names are a public contract: the CLI, the reports and the
/// comparisons key on them, so never rename one.
/// </summary>
public enum WorkloadKind
{
    /// <summary>Counts a number down to zero, mixing each step into a checksum (the articles' countdown).</summary>
    CpuCountdown,

    /// <summary>Sums a range of integers (the articles' <c>sum(range(n))</c>).</summary>
    CpuRangeSum,

    /// <summary>Trial-division primality test of a list of large odd numbers.</summary>
    CpuPrimes,

    /// <summary>Blocks the calling thread with <see cref="Thread.Sleep(int)"/>: blocking I/O.</summary>
    IoSleep,

    /// <summary>Awaits <see cref="Task.Delay(int, CancellationToken)"/>: asynchronous I/O that holds no thread.</summary>
    IoDelay,

    /// <summary>HTTP GET against a local Kestrel server that answers after a set latency (the articles' URL downloads).</summary>
    IoHttp,

    /// <summary>Writes a large string to a file and flushes it to disk, in a temporary folder.</summary>
    IoFile,

    /// <summary>Element-wise addition of two float arrays larger than the caches (NumPy's <c>x + y</c>).</summary>
    MemAdd,

    /// <summary>Dot product of two float arrays larger than the caches (NumPy's <c>x.dot(y)</c>).</summary>
    MemDot,

    /// <summary>SHA-256 over a buffer: CPU work in native code that releases the GIL.</summary>
    CpuHash,

    /// <summary>Fetch (an HTTP GET) then crunch (a countdown): the hybrid pattern's task.</summary>
    Mixed,
}
