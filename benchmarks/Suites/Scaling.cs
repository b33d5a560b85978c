using BenchmarkDotNet.Attributes;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The suite's central question: how does each workload scale under each concurrency model as workers grow?
/// A batch of <see cref="CaseParameters.ScalingTasks"/> identical tasks runs per invocation; the <c>Sequential</c> case with the same
/// workload is the baseline of every speedup. Cases that would only repeat another are dropped by
/// <see cref="Filters.MeaninglessCaseFilter"/> rather than run. Without <c>--job</c>, the job is
/// <see cref="ScalingJobConfig.Job"/>.
/// </summary>
[BenchmarkCategory(Categories.Scaling)]
[Config(typeof(ScalingJobConfig))]
public class Scaling : BatchSuite
{
    [ParamsAllValues]
    public WorkloadKind Workload { get; set; }

    [ParamsAllValues]
    public StrategyKind Strategy { get; set; }

    [Params(1, 2, 4, 8, 16)]
    public int Workers { get; set; }

    /// <summary>Runs the batch and returns its checksum, which BenchmarkDotNet consumes.</summary>
    [Benchmark]
    public Task<long> RunBatch() => RunBatchAsync();

    protected override TaskBatch CreateBatch() => new(WorkloadCatalog.Create(Workload), CaseParameters.ScalingTasks);

    protected override Strategy CreateStrategy() => StrategyCatalog.Create(Strategy, Workers);
}
