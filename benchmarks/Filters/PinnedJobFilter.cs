using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// Under <c>--cores</c>, keeps only the pinned jobs of <see cref="Configuration.CoreAxis"/>: BenchmarkDotNet adds the
/// command line's own unpinned job beside them, and running it would be a core count nobody asked for.
/// </summary>
internal sealed class PinnedJobFilter : IFilter
{
    public static readonly PinnedJobFilter Instance = new();

    private PinnedJobFilter()
    {
    }

    public bool Predicate(BenchmarkCase benchmarkCase) => benchmarkCase.Job.HasValue(EnvironmentMode.AffinityCharacteristic);
}
