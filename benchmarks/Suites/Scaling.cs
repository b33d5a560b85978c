using BenchmarkDotNet.Attributes;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The suite's central question: how does each workload scale under each concurrency model as workers grow?
/// A batch of <see cref="Tasks"/> identical tasks runs per invocation; the <c>Sequential</c> case with the same
/// workload is the baseline of every speedup. <c>Sequential</c> × Workers &gt; 1 is dropped by
/// <see cref="Filters.MeaninglessCaseFilter"/> rather than run.
/// </summary>
[BenchmarkCategory(Categories.Scaling)]
public class Scaling
{
    /// <summary>Tasks per batch, as in the articles' 16 URL downloads: enough to keep 16 workers busy once.</summary>
    public const int Tasks = 16;

    private Strategy? _runner;
    private TaskBatch? _batch;

    [ParamsAllValues]
    public WorkloadKind Workload { get; set; }

    [ParamsAllValues]
    public StrategyKind Strategy { get; set; }

    [Params(1, 2, 4, 8, 16)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _batch = new TaskBatch(WorkloadCatalog.Create(Workload), Tasks);
        _runner = StrategyCatalog.Create(Strategy, Workers);
    }

    /// <summary>Runs the batch and returns its checksum, which BenchmarkDotNet consumes.</summary>
    [Benchmark]
    public Task<long> RunBatch() => _runner!.RunAsync(_batch!);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }

        // Some workloads own a server or a temporary folder.
        if (_batch?.Workload is IAsyncDisposable workload)
        {
            await workload.DisposeAsync();
        }
    }
}
