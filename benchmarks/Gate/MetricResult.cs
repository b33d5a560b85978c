namespace Concurrency.Benchmarks.Gate;

/// <summary>One metric of one case, base against head.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="BaseMedian">The median over the base rounds, or null if no base round measured it.</param>
/// <param name="HeadMedian">The median over the head rounds, or null if no head round measured it.</param>
/// <param name="Ratios">The pairs' ratios, or null if some round lacks the metric or has it at zero.</param>
internal sealed record MetricResult(GateMetric Metric, double? BaseMedian, double? HeadMedian, PairedRatios? Ratios)
{
    public static MetricResult Of(CaseRounds rounds, GateMetric metric)
    {
        var baseValues = rounds.Values(metric, GateSide.Base);
        var headValues = rounds.Values(metric, GateSide.Head);
        return new MetricResult(metric, Median(baseValues), Median(headValues), PairedRatios.Of(baseValues, headValues));
    }

    /// <summary>Whether every round of both sides measured it.</summary>
    public bool IsComplete => Ratios is not null;

    private static double? Median(IReadOnlyList<double?> values) =>
        values.OfType<double>().ToArray() is { Length: > 0 } measured ? CaseRounds.Median(measured) : null;
}
