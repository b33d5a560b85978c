using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// Keeps the cases whose parameter <see cref="Name"/> takes one of <see cref="Allowed"/>; a class without that
/// parameter is not sliced by it. Backs <c>--workloads</c>, <c>--strategies</c> and <c>--workers</c>.
/// </summary>
internal sealed class ParameterValueFilter(string name, IReadOnlyCollection<object> allowed) : IFilter
{
    public string Name { get; } = name;

    public IReadOnlyCollection<object> Allowed { get; } = allowed;

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        CaseParameters.Get(benchmarkCase, Name) is not { } value || Allowed.Contains(value);
}
