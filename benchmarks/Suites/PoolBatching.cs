using BenchmarkDotNet.Attributes;
using Concurrency.Processes;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The process pool's per-task cost for tiny tasks as messages grow (<see cref="ChunkSize"/> tasks each, Python's
/// <c>chunksize</c>) and as more are kept queued at each worker (<see cref="InFlight"/>), so a worker never waits for
/// a round trip. ChunkSize 1, InFlight 1 is Python's default and the baseline.
/// </summary>
[BenchmarkCategory(Categories.Overhead)]
public class PoolBatching
{
    private ProcessPoolStrategy? _pool;
    private TaskBatch? _batch;

    [Params(1, 10, 100)]
    public int ChunkSize { get; set; }

    [Params(1, 4)]
    public int InFlight { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _batch = new TaskBatch(Overhead.TinyTask, Overhead.Tasks);
        _pool = new ProcessPoolStrategy(Overhead.Workers, new ProcessPoolOptions(ChunkSize, InFlight));
        await _pool.WhenReady();
    }

    [Benchmark(OperationsPerInvoke = Overhead.Tasks)]
    public Task<long> RunTinyTasks() => _pool!.RunAsync(_batch!);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_pool is not null)
        {
            await _pool.DisposeAsync();
        }
    }
}
