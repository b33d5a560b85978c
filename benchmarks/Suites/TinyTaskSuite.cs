using BenchmarkDotNet.Attributes;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// What a model costs per task when the task costs almost nothing: <see cref="Tasks"/> tiny tasks per invocation on
/// <see cref="Workers"/> workers, reported per task (OperationsPerInvoke). The suites derived from it differ only in
/// the strategy they build.
/// </summary>
public abstract class TinyTaskSuite : BatchSuite
{
    public const int Tasks = 1_000;

    public const int Workers = 2;

    /// <summary>Sums 0 … 99: tens of nanoseconds of work, checksum 4950.</summary>
    internal static readonly IWorkload TinyTask = WorkloadCatalog.Create(new WorkloadSpec(WorkloadKind.CpuRangeSum, 100));

    [Benchmark(OperationsPerInvoke = Tasks)]
    public Task<long> RunTinyTasks() => RunBatchAsync();

    protected override TaskBatch CreateBatch() => new(TinyTask, Tasks);
}
