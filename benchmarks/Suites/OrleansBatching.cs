using BenchmarkDotNet.Attributes;
using Concurrency.Distributed;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The Orleans strategy's per-task cost on tiny tasks, one grain call per task (<see cref="TasksPerCall"/> = 1, Ray's
/// <c>f.remote(i)</c>) and with tasks sent in runs, as <see cref="PoolBatching"/> measures the process pool's. The
/// cluster is the one <c>--silos</c> or <c>--cluster</c> names (default: one local silo per core).
/// </summary>
[BenchmarkCategory(Categories.Overhead)]
public class OrleansBatching : TinyTaskSuite
{
    [Params(1, 100)]
    public int TasksPerCall { get; set; }

    protected override Strategy CreateStrategy() => OrleansStrategy.Start(Workers, OrleansOptions.FromEnvironment() with { TasksPerCall = TasksPerCall });
}
