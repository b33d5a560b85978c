using BenchmarkDotNet.Attributes;
using Concurrency.Processes;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The process pool's per-task cost on tiny tasks as messages grow (<see cref="ChunkSize"/> tasks each, Python's
/// <c>chunksize</c>) and as more are kept queued at each worker (<see cref="InFlight"/>), so a worker never waits for
/// a round trip. ChunkSize 1, InFlight 1 is Python's default and the baseline.
/// </summary>
[BenchmarkCategory(Categories.Overhead)]
public class PoolBatching : TinyTaskSuite
{
    [Params(1, 10, 100)]
    public int ChunkSize { get; set; }

    [Params(1, 4)]
    public int InFlight { get; set; }

    protected override Strategy CreateStrategy() => new ProcessPoolStrategy(Workers, new ProcessPoolOptions(ChunkSize, InFlight));
}
