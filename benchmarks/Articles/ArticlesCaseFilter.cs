using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// Keeps the Scaling cases of one experiment: its workload, the models the articles compare, the plan's worker counts,
/// and <c>Sequential</c> once (at one worker, whatever the plan). One filter, because a worker-count filter alone would
/// drop the baseline whenever the plan leaves out 1.
/// </summary>
internal sealed class ArticlesCaseFilter(WorkloadKind workload, IReadOnlyCollection<int> workers) : IFilter
{
    /// <summary>The .NET counterparts of the articles' models, as the brief of the comparison names them.</summary>
    public static readonly IReadOnlyList<StrategyKind> Strategies =
    [
        StrategyKind.Sequential, StrategyKind.Threads, StrategyKind.GilThreads,
        StrategyKind.ThreadPool, StrategyKind.ProcessPool, StrategyKind.TaskWhenAll,
    ];

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        CaseKey.Of(benchmarkCase) is { Strategy: { } strategy, Workers: { } count } key
        && key.Workload == workload
        && Strategies.Contains(strategy)
        && (strategy == StrategyKind.Sequential ? count == 1 : workers.Contains(count));
}
