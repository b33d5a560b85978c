namespace Concurrency.Benchmarks.Results.Json;

/// <summary>BenchmarkDotNet's statistics of the actual iterations, outliers removed, in nanoseconds per operation.</summary>
/// <remarks>BenchmarkDotNet writes a NaN statistic as <c>""</c>; it reads as NaN.</remarks>
internal sealed record StatisticsRecord
{
    /// <summary>How many iterations the statistics are of.</summary>
    public int N { get; init; }

    public double? Mean { get; init; }

    public double? Median { get; init; }

    public double? StandardDeviation { get; init; }
}
