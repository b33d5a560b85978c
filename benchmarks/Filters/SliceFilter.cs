using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// Keeps the cases whose workload, strategy and workers are among the chosen ones (<c>--workloads</c>,
/// <c>--strategies</c>, <c>--workers</c>; null = not sliced). A class without such a parameter is not sliced by it.
/// </summary>
internal sealed class SliceFilter(IReadOnlyCollection<WorkloadKind>? workloads, IReadOnlyCollection<StrategyKind>? strategies, IReadOnlyCollection<int>? workers)
    : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        var key = CaseKey.Of(benchmarkCase);
        return Keeps(workloads, key.Workload) && Keeps(strategies, key.Strategy) && Keeps(workers, key.Workers);
    }

    private static bool Keeps<T>(IReadOnlyCollection<T>? chosen, T? value)
        where T : struct =>
        chosen is null || value is not { } actual || chosen.Contains(actual);
}
