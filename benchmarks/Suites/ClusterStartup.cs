using BenchmarkDotNet.Attributes;
using Concurrency.Distributed;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// What an Orleans cluster of <see cref="Silos"/> local silo processes costs before its first answer: the first silo up,
/// the others joined, a client connected, one grain per silo activated and the first task answered; then the cluster
/// stops (every silo told at once). The price the Orleans strategy pays once in GlobalSetup so that batches need not.
/// </summary>
[BenchmarkCategory(Categories.Startup)]
public class ClusterStartup
{
    [Params(1, 2)]
    public int Silos { get; set; }

    [Benchmark]
    public async Task<long> StartClusterAndAnswerFirstTask()
    {
        await using var strategy = await OrleansStrategy.StartAsync(Silos, new OrleansOptions(Silos));
        return await strategy.RunAsync(new TaskBatch(TinyTaskSuite.TinyTask, 1));
    }
}
