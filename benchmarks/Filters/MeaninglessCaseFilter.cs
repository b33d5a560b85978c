using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// Drops cases whose result would repeat another's: <c>Sequential</c> ignores its worker count, so only
/// Workers = 1 of it runs.
/// </summary>
public sealed class MeaninglessCaseFilter : IFilter
{
    public static readonly MeaninglessCaseFilter Instance = new();

    private MeaninglessCaseFilter()
    {
    }

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        !(CaseParameters.Get(benchmarkCase, CaseParameters.Strategy) is StrategyKind.Sequential
          && CaseParameters.Get(benchmarkCase, CaseParameters.Workers) is int workers and > 1);
}
