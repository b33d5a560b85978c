using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Concurrency.Benchmarks.Configuration;

/// <summary>
/// The job of the first run (no arguments: <see cref="Filters.FirstRunFilter"/>'s curated cases), sized so the whole
/// command, build included, ends within 5 minutes on 2 cores while every ratio still gets its 99 % interval.
/// </summary>
internal static class FirstRunJob
{
    /// <summary>
    /// 10 measured iterations, fixed: <see cref="Reporting.MedianRatio"/> needs 8 per side for an interval, and
    /// BenchmarkDotNet's default outlier removal may drop an upper one or two. Iterations of 200 ms hold one or two
    /// Sequential batches (16 × 10 ms) and a dozen of the fastest parallel ones; 2 warm-ups follow
    /// <see cref="Suites.BatchSuite"/>'s own warm-up of worker processes. A fixed count, unlike the Scaling job's
    /// stop at 2 % error, makes the duration predictable, which the first run promises.
    /// </summary>
    public static readonly Job Job = new Job("FirstRun")
        .WithIterationTime(TimeInterval.FromMilliseconds(200))
        .WithWarmupCount(2)
        .WithIterationCount(10);
}
