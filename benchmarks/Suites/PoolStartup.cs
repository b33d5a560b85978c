using BenchmarkDotNet.Attributes;
using Concurrency.Processes;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// What a whole <see cref="ProcessPoolStrategy"/> of W workers costs to start and stop: the price a suite pays once in
/// GlobalSetup so that batches need not. The checksum is the sum of the workers' pids, so each one really started.
/// </summary>
[BenchmarkCategory(Categories.Startup)]
public class PoolStartup
{
    [Params(1, 2, 4, 8)]
    public int Workers { get; set; }

    [Benchmark]
    public async Task<long> StartAndStopPool()
    {
        await using var pool = new ProcessPoolStrategy(Workers);
        await pool.WhenReady();
        return pool.ChildProcessIds.Sum(pid => (long)pid);
    }
}
