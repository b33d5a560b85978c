using BenchmarkDotNet.Attributes;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// One task of each workload at its default size and at twice it. Shows the per-task time the defaults were
/// calibrated to (about 10 ms) and that the work survives the JIT: time must double with the size.
/// </summary>
[BenchmarkCategory(Categories.Calibration)]
public class Calibration
{
    private IWorkload? _workload;

    [ParamsAllValues]
    public WorkloadKind Workload { get; set; }

    [Params(1, 2)]
    public int SizeFactor { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _workload = WorkloadCatalog.Create(new WorkloadSpec(Workload, WorkloadCatalog.DefaultSize(Workload) * SizeFactor));

    [Benchmark]
    public long RunOneTask() => _workload!.Run(taskIndex: 0);

    /// <summary>Some workloads own a server or a temporary folder.</summary>
    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_workload is IAsyncDisposable workload)
        {
            await workload.DisposeAsync();
        }
    }
}
