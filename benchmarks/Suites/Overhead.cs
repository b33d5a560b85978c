using BenchmarkDotNet.Attributes;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// What each model costs per task when the task costs almost nothing: <see cref="Tasks"/> tiny tasks per invocation,
/// reported per task (OperationsPerInvoke), on <see cref="Workers"/> workers. <c>ProcessPerTask</c> is left out: its
/// per-task cost is a process start-up, which <see cref="ProcessStartup"/> measures. <see cref="PoolBatching"/> shows
/// what batching does to the pool's figure.
/// </summary>
[BenchmarkCategory(Categories.Overhead)]
public class Overhead
{
    public const int Tasks = 1_000;

    public const int Workers = 2;

    /// <summary>Sums 0 … 99: tens of nanoseconds of work, checksum 4950.</summary>
    internal static readonly IWorkload TinyTask = WorkloadCatalog.Create(new WorkloadSpec(WorkloadKind.CpuRangeSum, 100));

    private Strategy? _runner;
    private TaskBatch? _batch;

    public static IEnumerable<StrategyKind> Strategies => Enum.GetValues<StrategyKind>().Where(kind => kind is not StrategyKind.ProcessPerTask);

    [ParamsSource(nameof(Strategies))]
    public StrategyKind Strategy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _batch = new TaskBatch(TinyTask, Tasks);
        _runner = StrategyCatalog.Create(Strategy, Workers);
    }

    [Benchmark(OperationsPerInvoke = Tasks)]
    public Task<long> RunTinyTasks() => _runner!.RunAsync(_batch!);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}
