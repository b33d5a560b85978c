using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Benchmarks.Gate;

/// <summary>One case across the paired rounds: <c>Base[i]</c> and <c>Head[i]</c> are its results in pair i + 1.</summary>
/// <param name="Case">The case as the first base round saw it (name, parameters).</param>
/// <param name="Base">Its result in each pair's base round.</param>
/// <param name="Head">Its result in each pair's head round.</param>
internal sealed record CaseRounds(BenchmarkResult Case, IReadOnlyList<BenchmarkResult> Base, IReadOnlyList<BenchmarkResult> Head)
{
    /// <summary>One value per round of <paramref name="side"/>, null where the round did not measure it.</summary>
    public IReadOnlyList<double?> Values(GateMetric metric, GateSide side) =>
        [.. (side == GateSide.Base ? Base : Head).Select(result => ValueOf(result, metric))];

    /// <summary>A round's value: for wall time the median of its iterations, so one slow iteration does not move the round.</summary>
    public static double? ValueOf(BenchmarkResult result, GateMetric metric) => metric switch
    {
        GateMetric.WallTime => result.Measurements.Count == 0 ? null : MedianRatio.Median(result.Measurements),
        GateMetric.CpuPerOp => result.CpuPerOp,
        GateMetric.Allocated => result.AllocatedBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
    };
}
