using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Benchmarks.Gate;

/// <summary>One metric of one case, base against head.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="BaseValue">Base's value over its rounds (see <see cref="Of"/>), or null if no base round measured it.</param>
/// <param name="HeadValue">Head's value over its rounds, or null if no head round measured it.</param>
/// <param name="Ratios">The pairs' ratios, or null if some round lacks the metric or has it at zero.</param>
internal sealed record MetricResult(GateMetric Metric, double? BaseValue, double? HeadValue, PairedRatios? Ratios)
{
    /// <summary>
    /// Each side's value is the median over its rounds, except for allocations: there it is the smallest round. A
    /// case's own allocations are the same in every round, and whatever another thread allocates during the measured
    /// iteration (the runtime, now and then, a few KB) only ever adds to them.
    /// </summary>
    public static MetricResult Of(CaseRounds rounds, GateMetric metric)
    {
        var baseValues = rounds.Values(metric, GateSide.Base);
        var headValues = rounds.Values(metric, GateSide.Head);
        return new MetricResult(metric, Summary(baseValues, metric), Summary(headValues, metric), PairedRatios.Of(baseValues, headValues));
    }

    private static double? Summary(IReadOnlyList<double?> values, GateMetric metric) =>
        values.OfType<double>().ToArray() is { Length: > 0 } measured
            ? metric == GateMetric.Allocated ? measured.Min() : MedianRatio.Median(measured)
            : null;
}
